/**
 * Analysis stage: input + framework → levels, weighted totals, weak items, ranking, changes, suggestions.
 * Pure functions; no I/O.
 *
 * Arithmetic follows the NACC's printed tables (seed 000, "การคำนวณคะแนนถ่วงน้ำหนัก"): a tool's mean is rounded to
 * two decimals, its weighted part (mean × weight) is rounded to two decimals, and the total is the sum of the parts.
 * This reproduces seed 000 (92.69), seed 001 (65.66) and seed 003 (88.22); the unrounded sum would give 65.67 for
 * seed 001. All sums run on integer hundredths so no floating-point error leaks into a printed figure.
 */
import { indicatorOfQuestion, toolOfQuestion, type Framework, type LevelDef, type Tool } from '../framework/index.js';
import type { Input } from '../input/index.js';
import { toArabicDigits } from '../thai/digits.js';
import { MEASURE_CATALOGUE } from './catalogue.js';
import type { Analysis, IndicatorResult, LevelResult, QuestionResult, ToolResult, Warning } from './types.js';
import { figuresOf, levelNamed, scoreOf } from './reconcile.js';

/** Default pass mark: 85 (docs/ita.md: every seed selects what to fix below 85). */
export const DEFAULT_PASS_MARK = 85;

/** A score as integer hundredths: 92.69 → 9269. */
const hundredths = (x: number): number => Math.round(x * 100);
const fromHundredths = (h: number): number => h / 100;
/** Integer division of non-negative numbers, rounding half up. */
export const divRound = (num: number, den: number): number => Math.floor((2 * num + den) / (2 * den));

/** Mean of scores, rounded half up to two decimals. */
export function meanOf(scores: number[]): number {
  const sum = scores.reduce((a, s) => a + hundredths(s), 0);
  return fromHundredths(divRound(sum, scores.length));
}

/** mean × weight / 100, rounded half up to two decimals. */
export function weightedPart(mean: number, weight: number): number {
  return fromHundredths(divRound(hundredths(mean) * hundredths(weight), 10000));
}

/** The level of a total under the framework's rules; tool means matter for the per-tool rule from 2566. */
export function levelOf(levels: LevelDef[], total: number, toolMeans: Partial<Record<Tool, number>>): LevelResult {
  const means = Object.values(toolMeans);
  const found = levels.find(
    (l) =>
      total >= l.min &&
      (l.minEachTool === undefined || (means.length === 3 && means.every((m) => m !== undefined && m >= l.minEachTool!))),
  );
  const level = found ?? levels[levels.length - 1]!;
  // Without the three tool means, the per-tool rule cannot choose among the levels the total reaches.
  if (means.length < 3 && levels.some((l) => l.minEachTool !== undefined && total >= l.min)) {
    const candidates = levels.filter(
      (l) => total >= l.min && total <= l.max && (l.minEachTool === undefined ? l === level : means.every((m) => m !== undefined && m >= l.minEachTool!)),
    );
    if (candidates.length > 1) {
      return { code: UNDETERMINED_PASS, label: UNDETERMINED_PASS, passed: level.passed, undetermined: candidates.map((l) => l.code) };
    }
  }
  return { code: level.code, label: level.label, passed: level.passed };
}

/**
 * What to tell the clerk about the item codes the documents print: a code not known (with the latest one known for
 * the scheme), or known from one source only. Only for the documents the input has data for.
 */
function itemWarnings(input: Input, framework: Framework): Warning[] {
  const warnings: Warning[] = [];
  const items = [
    { item: framework.measuresItem, used: (input.measures?.length ?? 0) > 0, field: 'framework.measuresItem', th: 'มาตรการ', en: 'the measures' },
    { item: framework.reportItem, used: input.progress !== undefined, field: 'framework.reportItem', th: 'รายงานผลการดำเนินการตามมาตรการ', en: 'the report on the measures' },
  ];
  for (const { item, used, field, th, en } of items) {
    if (!used) continue;
    if (!item.code) {
      warnings.push({
        code: field === 'framework.measuresItem' ? 'item-code-unknown' : 'report-code-unknown',
        th: `ไม่ทราบรหัสข้อของ${th}ในปี ${framework.fiscalYear} (${framework.scheme})${item.hint ? ` — ${item.hint.th}` : ''} — ระบุได้ที่ ${field}.code`,
        en: `the item code of ${en} for ${framework.scheme} ${framework.fiscalYear} is not known${item.hint ? ` — ${item.hint.en}` : ''} — give it in ${field}.code`,
      });
    } else if (item.source.singleSource) {
      warnings.push({
        code: 'item-code-single-source',
        th: `รหัสข้อ ${item.code} ของ${th} (ITA ${item.itaYear ?? framework.fiscalYear}) มาจากแหล่งเดียว (${item.source.note}) — ตรวจกับคู่มือการประเมินของ ป.ป.ช. แล้วระบุที่ ${field}.code เพื่อยืนยัน`,
        en: `item code ${item.code} of ${en} (ITA ${item.itaYear ?? framework.fiscalYear}) comes from one source (${item.source.note}) — check it against the NACC's manual and give it in ${field}.code to confirm`,
      });
    }
  }
  return warnings;
}

/** What the documents print for a passing total whose level needs the tool means the input does not give. */
export const UNDETERMINED_PASS = 'ผ่านเกณฑ์';

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Runs the whole analysis of one input. */
export function analyze(input: Input, framework: Framework): Analysis {
  const passMark = input.settings?.passMark ?? DEFAULT_PASS_MARK;
  const s = input.scores ?? {};
  const warnings: Warning[] = [];

  // Questions first: their weak counts feed the tools.
  const questions: QuestionResult[] = (s.questions ?? []).map((q) => ({
    code: q.code,
    indicator: indicatorOfQuestion(framework, q.code)!,
    tool: toolOfQuestion(q.code),
    text: q.text,
    score: q.score,
    weak: q.score < passMark,
    subItems: (q.subItems ?? []).map((i) => ({ text: i.text, score: i.score, weak: i.score < passMark, ...(i.answers ? { answers: i.answers } : {}) })),
    answers: q.answers,
  }));

  const indicators: IndicatorResult[] = framework.indicators.map((def) => {
    const score = scoreOf(s.indicators, def.number);
    const previous = scoreOf(s.previous?.indicators, def.number);
    const note = Object.entries(s.analysis ?? {}).find(([k]) => Number(toArabicDigits(k.trim())) === def.number)?.[1];
    const weak = score !== undefined && score < passMark;
    return {
      number: def.number,
      name: def.name,
      tool: def.tool,
      score,
      weak,
      previous,
      change: score !== undefined && previous !== undefined ? round2(score - previous) : undefined,
      assessment: note?.assessment ?? (score === undefined ? undefined : weak ? 'weakness' : 'strength'),
      analysis: note?.text ?? [],
    };
  });

  // Rank: 1 = highest; equal scores share a rank (standard competition ranking).
  const scored = indicators.filter((i) => i.score !== undefined).sort((a, b) => b.score! - a.score! || a.number - b.number);
  for (const ind of scored) ind.rank = 1 + scored.filter((o) => o.score! > ind.score!).length;

  // The figures every page prints (reconcile.ts): published ones within 0.01 of the computed ones, or as
  // scores.prefer says; a loaded input has no other disagreement (the input stage refuses it).
  const figures = figuresOf(input, framework);
  const tools: ToolResult[] = framework.tools.map((t, k) => {
    const f = figures.tools[k]!;
    const members = indicators.filter((i) => i.tool === t.tool);
    const withScore = members.filter((i) => i.score !== undefined);
    const toolQuestions = questions.filter((q) => q.tool === t.tool);
    const byScore = [...withScore].sort((a, b) => a.score! - b.score! || a.number - b.number);
    if (f.computedMean !== undefined && f.givenMean !== undefined && Math.abs(f.computedMean - f.givenMean) > 0.01 + 1e-9) {
      const printed = f.printedMean === f.givenMean ? { th: 'พิมพ์ค่าที่ระบุ', en: 'the given one is printed' } : { th: 'พิมพ์ค่าที่คำนวณได้', en: 'the computed one is printed' };
      warnings.push({
        code: 'tool-mean-mismatch',
        th: `ค่าเฉลี่ย ${t.tool} ที่ระบุ (${f.givenMean.toFixed(2)}) ต่างจากที่คำนวณจากตัวชี้วัด (${f.computedMean.toFixed(2)}) — ${printed.th}`,
        en: `the given ${t.tool} mean (${f.givenMean.toFixed(2)}) differs from the one computed from its indicators (${f.computedMean.toFixed(2)}) — ${printed.en}`,
      });
    }
    return {
      tool: t.tool,
      name: t.name,
      englishName: t.englishName,
      weight: t.weight,
      indicators: members.map((i) => i.number),
      mean: f.computedMean,
      givenMean: f.givenMean,
      printedMean: f.printedMean,
      weighted: f.weighted,
      questionCount: toolQuestions.length,
      weakQuestionCount: toolQuestions.filter((q) => q.weak).length,
      lowestIndicator: byScore[0]?.number,
      highestIndicator: byScore[byScore.length - 1]?.number,
    };
  });

  const missing = indicators.filter((i) => i.score === undefined);
  const computedTotal = figures.computedTotal;
  if (s.indicators && missing.length > 0 && computedTotal === undefined) {
    warnings.push({
      code: 'missing-indicators',
      th: `ไม่มีคะแนนตัวชี้วัดที่ ${missing.map((i) => i.number).join(', ')} จึงคำนวณคะแนนรวมไม่ได้`,
      en: `no score for indicator ${missing.map((i) => i.number).join(', ')}, so the total cannot be computed`,
    });
  }
  const total = figures.total;
  if (computedTotal !== undefined && s.overall !== undefined && Math.abs(computedTotal - s.overall) > 0.01 + 1e-9) {
    const printed = total === s.overall ? { th: 'พิมพ์คะแนนที่ระบุ', en: 'the given one is printed' } : { th: 'พิมพ์คะแนนที่คำนวณได้', en: 'the computed one is printed' };
    warnings.push({
      code: 'total-mismatch',
      th: `คะแนนรวมที่ระบุ (${s.overall.toFixed(2)}) ต่างจากที่คำนวณได้ (${computedTotal.toFixed(2)}) เกิน ๐.๐๑ — ${printed.th}`,
      en: `the given overall score (${s.overall.toFixed(2)}) differs from the computed total (${computedTotal.toFixed(2)}) by more than 0.01 — ${printed.en}`,
    });
  }
  const level = figures.level;
  if (figures.ruleLevel && s.level && levelNamed(framework.levels, s.level)?.code !== figures.ruleLevel.code) {
    warnings.push({
      code: 'level-mismatch',
      th: `ระดับที่ระบุ (${s.level}) ต่างจากระดับตามเกณฑ์ (${figures.ruleLevel.code}) — พิมพ์ระดับ ${level!.code}`,
      en: `the given level (${s.level}) differs from the level by the rules (${figures.ruleLevel.code}) — ${level!.code} is printed`,
    });
  }
  if (level?.undetermined) {
    warnings.push({
      code: 'level-undetermined',
      th: `คะแนนรวม ${total!.toFixed(2)} อาจอยู่ในระดับ ${level.undetermined.join(' หรือ ')} ตามคะแนนเฉลี่ยรายเครื่องมือ ซึ่งไม่ได้ระบุ — พิมพ์ว่า "${level.code}"; ระบุ scores.level ตามประกาศ หรือ scores.tools`,
      en: `a total of ${total!.toFixed(2)} may be ${level.undetermined.join(' or ')} depending on the tool means, which are not given — "${level.code}" (passed) is printed; give scores.level as published, or scores.tools`,
    });
  }
  warnings.push(...itemWarnings(input, framework));

  const weakIndicators = scored.filter((i) => i.weak).map((i) => i.number);
  const suggestions =
    input.measures && input.measures.length > 0
      ? []
      : weakIndicators
          .slice()
          .sort((a, b) => a - b)
          .map((n) => ({
            indicator: n,
            indicatorName: indicators.find((i) => i.number === n)!.name,
            measures: MEASURE_CATALOGUE[n] ?? [],
          }));

  return {
    passMark,
    assessmentYear: framework.assessmentYear,
    fiscalYear: framework.fiscalYear,
    levelSystem: framework.levelSystem,
    indicators,
    tools,
    computedTotal,
    total,
    level,
    previousTotal: s.previous?.overall,
    totalChange: total !== undefined && s.previous?.overall !== undefined ? round2(total - s.previous.overall) : undefined,
    ranking: scored.map((i) => i.number),
    weakIndicators,
    strongIndicators: scored.filter((i) => !i.weak).map((i) => i.number),
    questions,
    weakQuestions: questions.filter((q) => q.weak).map((q) => q.code),
    strongQuestions: questions.filter((q) => !q.weak).map((q) => q.code),
    suggestions,
    warnings,
  };
}
