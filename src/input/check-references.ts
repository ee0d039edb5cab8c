/**
 * Checks that need the framework or span several fields: indicator numbers and question codes exist, ids are unique,
 * references point at something, periods run forward.
 */
import { indicatorOfQuestion, toolOfQuestion, type Framework } from '../framework/index.js';
import { compareMonths } from '../thai/dates.js';
import { toArabicDigits } from '../thai/digits.js';
import { COLUMNS, canonicalOf } from './enums.js';
import { MESSAGES } from './messages.js';
import { pathToString, showValue, type InputProblem } from './problems.js';
import type { Input } from './schema.js';

/** A problem with its path still in parts, so the caller can find its position in the file. */
export type ReferenceProblem = Omit<InputProblem, 'line' | 'column'> & { pathParts: (string | number)[] };

/** Returns every cross-field problem of a schema-valid input; `raw` is the JSON as typed, to show found values. */
export function checkReferences(input: Input, framework: Framework, raw: unknown): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const rawAt = (parts: (string | number)[]): unknown =>
    parts.reduce<unknown>((cur, k) => (cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined), raw);
  const add = (parts: (string | number)[], kind: string, found?: string) => {
    const m = MESSAGES[kind]!;
    problems.push({ path: pathToString(parts), pathParts: parts, found: found ?? showValue(rawAt(parts)), expected: m.expected, fix: m.fix });
  };
  // A column narrower than a thirtieth of its table holds less than a letter per line: every letter on a line of its
  // own, thousands of pages.
  const checkWidthShares = (widths: number[], at: (string | number)[]) => {
    const sum = widths.reduce((a, w) => a + w, 0);
    widths.forEach((w, i) => {
      if (w < sum / 30) add([...at, i], 'width-share');
    });
  };
  const indicatorNumbers = new Set(framework.indicators.map((i) => i.number));
  const checkIndicatorKeys = (record: Record<string, unknown> | undefined, parts: (string | number)[]) => {
    // "1" and "๑" (or " 1", "01") name the same indicator: given twice, one of them would be lost.
    const seen = new Map<number, string>();
    for (const key of Object.keys(record ?? {})) {
      const n = Number(toArabicDigits(key.trim()));
      if (!Number.isInteger(n) || !indicatorNumbers.has(n)) add([...parts, key], 'unknown-indicator', showValue(key));
      else if (seen.has(n)) add([...parts, key], 'duplicate-indicator', `${showValue(key)} = ${showValue(seen.get(n))}`);
      else seen.set(n, key);
    }
  };
  const knownQuestion = (code: string) => indicatorOfQuestion(framework, code) !== undefined;

  if (input.assessmentYear !== undefined && input.assessmentYear > input.fiscalYear) add(['assessmentYear'], 'assessment-year');

  const s = input.scores;
  if (s) {
    checkIndicatorKeys(s.indicators, ['scores', 'indicators']);
    checkIndicatorKeys(s.previous?.indicators, ['scores', 'previous', 'indicators']);
    checkIndicatorKeys(s.analysis, ['scores', 'analysis']);
    const seen = new Set<string>();
    s.questions?.forEach((q, i) => {
      if (!knownQuestion(q.code)) add(['scores', 'questions', i, 'code'], 'unknown-question');
      else if (seen.has(q.code)) add(['scores', 'questions', i, 'code'], 'duplicate-question');
      seen.add(q.code);
    });
    s.recommendations?.forEach((r, i) => {
      if (r.indicator !== undefined && !indicatorNumbers.has(r.indicator)) add(['scores', 'recommendations', i, 'indicator'], 'unknown-indicator');
      if (r.question !== undefined && !knownQuestion(r.question)) add(['scores', 'recommendations', i, 'question'], 'unknown-question');
      if (r.tool && r.question && knownQuestion(r.question) && toolOfQuestion(r.question) !== r.tool) {
        add(['scores', 'recommendations', i, 'tool'], 'tool-mismatch');
      }
    });
    if (s.rank && s.rank.position > s.rank.of) add(['scores', 'rank', 'position'], 'rank-order');
  }
  checkIndicatorKeys(input.framework?.indicators, ['framework', 'indicators']);

  input.developmentPoints?.forEach((d, i) => {
    if (!indicatorNumbers.has(d.indicator)) add(['developmentPoints', i, 'indicator'], 'unknown-indicator');
    d.questions?.forEach((q, j) => {
      const of = indicatorOfQuestion(framework, q);
      if (of === undefined) add(['developmentPoints', i, 'questions', j], 'unknown-question');
      else if (of !== d.indicator) add(['developmentPoints', i, 'questions', j], 'question-indicator');
    });
  });

  const groupIds = new Set<string>();
  input.measureGroups?.forEach((g, i) => {
    if (groupIds.has(g.id)) add(['measureGroups', i, 'id'], 'duplicate-id');
    groupIds.add(g.id);
  });
  const measureIds = new Set<string>();
  input.measures?.forEach((m, i) => {
    const generated = rawAt(['measures', i, 'id']) === undefined;
    if (measureIds.has(m.id)) {
      // A generated id (M3 for the third measure) taken by a measure that gives it.
      if (generated) add(['measures', i, 'id'], 'generated-id-taken', `ไม่มี id จึงได้ "${m.id}" / no id, so "${m.id}"`);
      else add(['measures', i, 'id'], 'duplicate-id');
    }
    measureIds.add(m.id);
    if (m.group !== undefined && !groupIds.has(m.group)) add(['measures', i, 'group'], 'unknown-group');
    m.addresses?.forEach((a, j) => {
      if (typeof a === 'number' ? !indicatorNumbers.has(a) : !knownQuestion(a)) {
        add(['measures', i, 'addresses', j], typeof a === 'number' ? 'unknown-indicator' : 'unknown-question');
      }
    });
    if (m.period && compareMonths(m.period.start, m.period.end) > 0) add(['measures', i, 'period'], 'period-order');
  });

  input.outline?.forEach((section, s) =>
    section.blocks.forEach((b, i) => {
      const at = ['outline', s, 'blocks', i];
      if (b.type === 'question-table') {
        if (b.indicator !== undefined && !indicatorNumbers.has(b.indicator)) add([...at, 'indicator'], 'unknown-indicator');
        b.codes?.forEach((c, j) => {
          if (!knownQuestion(c)) add([...at, 'codes', j], 'unknown-question');
        });
      }
      if (b.type === 'indicator-analysis') {
        b.groups.forEach((g, k) =>
          g.indicators?.forEach((n, j) => {
            if (!indicatorNumbers.has(n)) add([...at, 'groups', k, 'indicators', j], 'unknown-indicator');
          }),
        );
      }
      if (b.type === 'table' && b.widths) {
        if (b.widths.length !== Math.max(b.header?.length ?? 0, ...b.rows.map((r) => r.length))) add([...at, 'widths'], 'widths-count');
        checkWidthShares(b.widths, [...at, 'widths']);
      }
    }),
  );

  // A column named twice, in English and in Thai ("measure" and "มาตรการ"): one heading would be lost.
  const labels = rawAt(['measuresTable', 'labels']);
  if (labels && typeof labels === 'object') {
    const seen = new Map<string, string>();
    for (const key of Object.keys(labels)) {
      const code = canonicalOf(key, COLUMNS);
      if (seen.has(code)) add(['measuresTable', 'labels', key], 'duplicate-column', `${showValue(key)} = ${showValue(seen.get(code))}`);
      else seen.set(code, key);
    }
  }

  const table = input.measuresTable;
  if (table?.widths && table.columns && table.widths.length !== table.columns.length) add(['measuresTable', 'widths'], 'widths-count');
  if (table?.widths) checkWidthShares(table.widths, ['measuresTable', 'widths']);

  // The weights, with the input's overrides, must add up to 100: the total is their weighted sum.
  const weightSum = framework.tools.reduce((a, t) => a + Math.round(t.weight * 100), 0);
  if (input.framework?.weights && weightSum !== 10_000) {
    add(['framework', 'weights'], 'weight-sum', `${framework.tools.map((t) => `${t.tool} ${t.weight}`).join(', ')} = ${weightSum / 100}`);
  }

  const reported = new Set<string>();
  input.progress?.items.forEach((p, i) => {
    if (!measureIds.has(p.measure)) {
      const ids = [...measureIds];
      const listed = ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, …` : ids.join(', ');
      const m = MESSAGES['unknown-measure']!;
      problems.push({
        path: pathToString(['progress', 'items', i, 'measure']),
        pathParts: ['progress', 'items', i, 'measure'],
        found: showValue(rawAt(['progress', 'items', i, 'measure'])),
        expected: ids.length > 0 ? { th: `${m.expected.th}: ${listed}`, en: `${m.expected.en}: ${listed}` } : m.expected,
        fix: m.fix,
      });
    }
    else if (reported.has(p.measure)) add(['progress', 'items', i, 'measure'], 'duplicate-id');
    reported.add(p.measure);
  });
  return problems;
}
