/**
 * Picks the framework of one (scheme, assessment year) and applies the user's overrides.
 */
import { toArabicDigits } from '../thai/digits.js';
import { GRADE_LEVELS, INDICATORS, PASS_LEVELS, TOOLS, frameworkSources, itemCodes, oitGroupsOf } from './data.js';
import type { Framework, IndicatorDef, ItemDef, Tool } from './types.js';

/** What the input may override (docs/ita.md: facts tagged M or ? stay overridable). */
export interface FrameworkOverrides {
  weights?: Partial<Record<Tool, number>>;
  indicators?: Record<string, { name?: string; tool?: Tool }>;
  measuresItem?: { code?: string; title?: string };
  reportItem?: { code?: string; title?: string };
}

/** Which framework to resolve. */
export interface FrameworkKey {
  scheme: string;
  /** Year (B.E.) of the assessment whose results are analysed. */
  assessmentYear: number;
  /** Fiscal year (B.E.) of the measures. */
  fiscalYear: number;
}

/**
 * Returns the framework for `key`, with `overrides` applied.
 * Level system: AA…F up to assessment year 2565, the pass levels with the per-tool rule from 2566 (docs/ita.md).
 */
export function resolveFramework(key: FrameworkKey, overrides: FrameworkOverrides = {}): Framework {
  const indicators: IndicatorDef[] = INDICATORS.map((ind) => {
    // Keyed by number in Thai or Arabic digits ("9" or "๙"); the input stage refuses one indicator given twice.
    const o = Object.entries(overrides.indicators ?? {}).find(([key]) => Number(toArabicDigits(key.trim())) === ind.number)?.[1];
    return { ...ind, name: o?.name ?? ind.name, tool: o?.tool ?? ind.tool };
  });
  const tools = TOOLS.map((t) => ({ ...t, weight: overrides.weights?.[t.tool] ?? t.weight }));
  const pass = key.assessmentYear >= 2566;
  const items = itemCodes(key.scheme, key.fiscalYear);
  // The input's code or title stands; the list's name of the item only while the code is the list's.
  const applyItem = (item: ItemDef, o?: { code?: string; title?: string }): ItemDef =>
    o && (o.code || o.title)
      ? {
          code: o.code ?? item.code,
          title: o.title ?? item.title,
          ...(item.itemTitle && (!o.code || o.code === item.code) ? { itemTitle: item.itemTitle } : {}),
          source: { tag: 'S', note: 'given in the input' },
        }
      : item;
  return {
    scheme: key.scheme,
    assessmentYear: key.assessmentYear,
    fiscalYear: key.fiscalYear,
    indicators,
    tools,
    levels: pass ? PASS_LEVELS : GRADE_LEVELS,
    levelSystem: pass ? 'pass' : 'grades',
    iitQuestionsPerIndicator: 6,
    eitQuestionsPerIndicator: 5,
    oitGroups: oitGroupsOf(key.scheme, key.assessmentYear),
    measuresItem: applyItem(items.measures, overrides.measuresItem),
    reportItem: applyItem(items.report, overrides.reportItem),
    sources: frameworkSources(key.assessmentYear, overrides),
  };
}

/** The indicator a question code belongs to ("I20" → 4, "E11" → 8, "O1-O9" → 9), or undefined if unknown. */
export function indicatorOfQuestion(framework: Framework, code: string): number | undefined {
  const m = /^([IEO])(\d+)(?:-[IEO]?(\d+))?$/.exec(code);
  if (!m) return undefined;
  const prefix = m[1]!;
  const first = Number(m[2]);
  const last = m[3] ? Number(m[3]) : first;
  if (first < 1 || last < first) return undefined;
  const of = (n: number): number | undefined => {
    if (prefix === 'I') {
      const tool = framework.indicators.filter((i) => i.tool === 'IIT');
      return tool[Math.ceil(n / framework.iitQuestionsPerIndicator) - 1]?.number;
    }
    if (prefix === 'E') {
      const tool = framework.indicators.filter((i) => i.tool === 'EIT');
      return tool[Math.ceil(n / framework.eitQuestionsPerIndicator) - 1]?.number;
    }
    return framework.oitGroups.find((g) => n >= g.first && n <= g.last)?.indicator;
  };
  const a = of(first);
  const b = of(last);
  return a !== undefined && a === b ? a : undefined;
}

/** The tool a question code is asked in. */
export function toolOfQuestion(code: string): Tool {
  return code.startsWith('I') ? 'IIT' : code.startsWith('E') ? 'EIT' : 'OIT';
}
