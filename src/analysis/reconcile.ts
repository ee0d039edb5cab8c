/**
 * A document never prints two figures that contradict each other (issue 12).
 *
 * An input may give the published figures (overall, level, each tool's mean) beside the indicator scores they come
 * from. {@link figuresOf} works out the figures every page prints; {@link reconcileProblems} finds where the
 * published ones disagree with what the indicator scores compute, and names the value that would reconcile them:
 * "ตัวชี้วัดที่ ๙ = ๙๗.๕๐ แทน ๘๗.๕๐ จะได้ ๙๒.๖๙".
 *
 * The rules:
 * - A difference of 0.01 or less is the NACC's rounding: accepted, and the published figure is printed everywhere.
 * - A larger difference is an error (exit 2), unless `scores.prefer` says which figure stands: "published" prints the
 *   published ones on every page, "computed" the ones computed from the indicators; a warning says so.
 * - The published level must be the level the rules give for the printed total (and tool means, from 2566).
 * - A total, previous total or tool mean between 0 and 1 is a fraction typed for a score (0.8822 for 88.22).
 */
import type { Framework, LevelDef, Tool } from '../framework/index.js';
import type { Input } from '../input/index.js';
import { toArabicDigits, toThaiDigits } from '../thai/digits.js';
import { divRound, levelOf, meanOf, weightedPart } from './analyze.js';
import type { LevelResult } from './types.js';

/** A difference this small is rounding (the NACC's own tables differ from their sums by up to 0.01). */
export const ROUNDING = 0.01;

const hundredths = (x: number): number => Math.round(x * 100);
const differs = (a: number, b: number) => Math.abs(hundredths(a) - hundredths(b)) > hundredths(ROUNDING);

/** One tool's figures. */
export interface ToolFigures {
  tool: Tool;
  weight: number;
  /** Mean of its indicators, when all of them have a score. */
  computedMean?: number;
  /** The mean the input gives (published). */
  givenMean?: number;
  /** The mean the documents print. */
  printedMean?: number;
  /** printedMean × weight / 100, rounded to two decimals. */
  weighted?: number;
}

/** The figures of one input as the documents print them. */
export interface Figures {
  tools: ToolFigures[];
  /** Sum of the tools' weighted parts, when every tool has a printed mean. */
  computedTotal?: number;
  /** The total the documents print. */
  total?: number;
  /** The level the rules give for the printed total and means. */
  ruleLevel?: LevelResult;
  /** The level the documents print. */
  level?: LevelResult;
}

/** The score of indicator `n` in a record keyed by indicator number ("1", "๑"). */
export function scoreOf(record: Record<string, number> | undefined, n: number): number | undefined {
  if (!record) return undefined;
  for (const [k, v] of Object.entries(record)) if (Number(toArabicDigits(k.trim())) === n) return v;
  return undefined;
}

/** The published figure or the computed one, by the rules above. */
function choose(given: number | undefined, computed: number | undefined, prefer: 'published' | 'computed' | undefined) {
  if (given === undefined) return computed;
  if (computed === undefined || !differs(given, computed)) return given;
  return prefer === 'computed' ? computed : given;
}

/** The level named `code` (trimmed, any case), with its label. */
export function levelNamed(levels: LevelDef[], code: string): LevelResult | undefined {
  const wanted = code.trim().toUpperCase();
  const def = levels.find((l) => l.code.toUpperCase() === wanted);
  return def && { code: def.code, label: def.label, passed: def.passed };
}

/** Tool means computed from indicator scores (`scores`: indicator number → score), by the NACC's rounding. */
function computedMeans(framework: Framework, scores: (n: number) => number | undefined): Map<Tool, number | undefined> {
  const means = new Map<Tool, number | undefined>();
  for (const t of framework.tools) {
    const members = framework.indicators.filter((i) => i.tool === t.tool).map((i) => scores(i.number));
    const complete = members.length > 0 && members.every((s) => s !== undefined);
    means.set(t.tool, complete ? meanOf(members as number[]) : undefined);
  }
  return means;
}

/** The figures every page prints, for an input (validated or not). */
export function figuresOf(input: Input, framework: Framework): Figures {
  const s = input.scores ?? {};
  const means = computedMeans(framework, (n) => scoreOf(s.indicators, n));
  const tools: ToolFigures[] = framework.tools.map((t) => {
    const computedMean = means.get(t.tool);
    const givenMean = s.tools?.[t.tool];
    const printedMean = choose(givenMean, computedMean, s.prefer);
    return {
      tool: t.tool,
      weight: t.weight,
      computedMean,
      givenMean,
      printedMean,
      weighted: printedMean !== undefined ? weightedPart(printedMean, t.weight) : undefined,
    };
  });
  const computedTotal = tools.every((t) => t.weighted !== undefined)
    ? tools.reduce((a, t) => a + hundredths(t.weighted!), 0) / 100
    : undefined;
  const total = choose(s.overall, computedTotal, s.prefer);
  const printedMeans = Object.fromEntries(tools.filter((t) => t.printedMean !== undefined).map((t) => [t.tool, t.printedMean!]));
  const ruleLevel = total !== undefined ? levelOf(framework.levels, total, printedMeans) : undefined;
  const given = s.level !== undefined ? levelNamed(framework.levels, s.level) : undefined;
  // The published level settles a level the rules leave open for want of the tool means.
  if (given && ruleLevel?.undetermined?.includes(given.code)) return { tools, computedTotal, total, ruleLevel: given, level: given };
  // The rules' level, unless the input says the published one stands.
  const level = given && ruleLevel && s.prefer === 'published' ? given : ruleLevel;
  return { tools, computedTotal, total, ruleLevel, level };
}

/** A problem with its path in parts, as the input stage reports it. */
export interface ReconcileProblem {
  path: string;
  pathParts: (string | number)[];
  found: string;
  expected: { th: string; en: string };
  fix?: { th: string; en: string };
}

const f2 = (x: number) => x.toFixed(2);
const t2 = (x: number) => toThaiDigits(x.toFixed(2));

/** How alike two scores look as typed: 2 = one digit differs or two are swapped (a typo), 0 otherwise. */
function typoLikeness(a: number, b: number): number {
  const x = f2(a);
  const y = f2(b);
  if (x.length !== y.length) return 0;
  const diff = [...x].map((c, i) => (c === y[i] ? -1 : i)).filter((i) => i >= 0);
  if (diff.length === 1) return 2;
  if (diff.length === 2 && diff[1] === diff[0]! + 1 && x[diff[0]!] === y[diff[1]!] && x[diff[1]!] === y[diff[0]!]) return 2;
  return 0;
}

/** A reconciling change: indicator `indicator` set to `value` (it is `was`) gives `gives`. */
interface Candidate {
  indicator: number;
  value: number;
  was: number;
  gives: number;
  rank: number;
}

/** True when the published figure itself looks mistyped and no indicator does: correcting it is then named first. */
function publishedTypo(published: number, computed: number, found: Candidate[]): boolean {
  return typoLikeness(published, computed) > 0 && !found.some((c) => typoLikeness(c.value, c.was) > 0);
}

/** The reconciling changes as text; `extra` (correcting the published figure itself) goes first when it is a typo. */
function describeCandidates(candidates: Candidate[], extra: { th: string; en: string }, extraFirst: boolean): { th: string; en: string } {
  const th = candidates.map((c) => `ตัวชี้วัดที่ ${toThaiDigits(String(c.indicator))} = ${t2(c.value)} แทน ${t2(c.was)} จะได้ ${t2(c.gives)}`);
  const en = candidates.map((c) => `indicator ${c.indicator} = ${f2(c.value)} instead of ${f2(c.was)} gives ${f2(c.gives)}`);
  if (extraFirst) th.unshift(extra.th), en.unshift(extra.en);
  else th.push(extra.th), en.push(extra.en);
  return { th: th.join(' หรือ '), en: en.join(', or ') };
}

/**
 * The best values of each indicator (of `only` the tool, when given) that make `reconciled(n, value)` true, most
 * likely first: a typo of the typed value, then the smallest change. At most three.
 */
function candidates(
  framework: Framework,
  scores: Record<string, number> | undefined,
  only: Tool | undefined,
  result: (indicator: number, value: number) => number | undefined,
  target: number,
): Candidate[] {
  const found: Candidate[] = [];
  for (const def of framework.indicators) {
    if (only && def.tool !== only) continue;
    const was = scoreOf(scores, def.number);
    if (was === undefined) continue;
    let best: Candidate | undefined;
    for (let h = 0; h <= 10_000; h++) {
      const value = h / 100;
      const gives = result(def.number, value);
      if (gives === undefined || differs(gives, target) || value === was) continue;
      const exact = hundredths(gives) === hundredths(target) ? 1 : 0;
      const rank = exact * 4 + typoLikeness(value, was) * 2 - Math.abs(value - was) / 100;
      if (!best || rank > best.rank) best = { indicator: def.number, value, was, gives, rank };
    }
    if (best) found.push(best);
  }
  // A typo of the typed value is what a clerk looks for: when there is one, the other candidates are noise.
  const typos = found.filter((c) => typoLikeness(c.value, c.was) > 0);
  return (typos.length > 0 ? typos : found).sort((a, b) => b.rank - a.rank).slice(0, 3);
}

const PREFER_FIX = {
  th: 'หรือถ้าตัวเลขที่ประกาศถูกต้องตามเอกสารของ ป.ป.ช. ให้ระบุ "prefer": "published" ใน scores (พิมพ์ตัวเลขที่ประกาศทุกหน้า) หรือ "prefer": "computed" (พิมพ์ตัวเลขที่คำนวณได้)',
  en: 'or, if the published figure is right as the NACC printed it, add "prefer": "published" to scores (every page prints the published figures), or "prefer": "computed" (every page prints the computed ones)',
};

/**
 * Where the published figures of a schema-valid input contradict its indicator scores, or look like fractions.
 * Empty when they agree (within 0.01), or when `scores.prefer` says which figure stands (analyze then warns).
 */
export function reconcileProblems(input: Input, framework: Framework): ReconcileProblem[] {
  const s = input.scores;
  if (!s) return [];
  const problems: ReconcileProblem[] = [];
  const add = (pathParts: (string | number)[], p: Omit<ReconcileProblem, 'path' | 'pathParts'>) =>
    problems.push({ path: pathParts.join('.'), pathParts, ...p });

  // Fractions typed for scores: 0.8822 for 88.22.
  const fraction = (value: number | undefined, pathParts: (string | number)[]) => {
    if (value === undefined || value <= 0 || value >= 1) return false;
    add(pathParts, {
      found: `${value} (ดูเหมือนเศษส่วน / looks like a fraction)`,
      expected: { th: `คะแนนเต็ม ๑๐๐ เช่น ${t2(value * 100)}`, en: `a score out of 100, such as ${f2(value * 100)}` },
      fix: { th: `คูณด้วย ๑๐๐: ${t2(value * 100)}`, en: `multiply by 100: ${f2(value * 100)}` },
    });
    return true;
  };
  const fractions = [
    fraction(s.overall, ['scores', 'overall']),
    fraction(s.previous?.overall, ['scores', 'previous', 'overall']),
    ...(['IIT', 'EIT', 'OIT'] as Tool[]).map((t) => fraction(s.tools?.[t], ['scores', 'tools', t])),
  ];
  for (const [record, parts] of [
    [s.indicators, ['scores', 'indicators']],
    [s.previous?.indicators, ['scores', 'previous', 'indicators']],
  ] as const) {
    const values = Object.values(record ?? {});
    if (values.length > 0 && values.every((v) => v <= 1) && values.some((v) => v > 0 && v < 1)) {
      fractions.push(true);
      add([...parts], {
        found: `${values.slice(0, 3).join(', ')}… (ดูเหมือนเศษส่วน / look like fractions)`,
        expected: { th: 'คะแนนเต็ม ๑๐๐ เช่น ๙๗.๘๑', en: 'scores out of 100, such as 97.81' },
        fix: { th: 'คูณทุกค่าด้วย ๑๐๐', en: 'multiply each by 100' },
      });
    }
  }
  if (fractions.some(Boolean)) return problems;
  if (s.prefer) return problems;

  // Indicator scores looked up once: the search below tries 10,001 values of each indicator.
  const typed = new Map(framework.indicators.map((i) => [i.number, scoreOf(s.indicators, i.number)]));
  const scoresWith = (n?: number, value?: number) => (k: number) => (k === n ? value : typed.get(k));
  const means = computedMeans(framework, scoresWith());
  const members = new Map(framework.tools.map((t) => [t.tool, framework.indicators.filter((i) => i.tool === t.tool).map((i) => i.number)]));
  /** Per indicator: the sum (in hundredths) of the other indicators of its tool, when they all have a score. */
  const others = new Map<number, number | undefined>();
  for (const [, list] of members) {
    for (const n of list) {
      const rest = list.filter((k) => k !== n).map((k) => typed.get(k));
      others.set(n, rest.every((x) => x !== undefined) ? rest.reduce((a, x) => a + hundredths(x!), 0) : undefined);
    }
  }
  /** The tool mean with indicator `n` set to `value` (the NACC's rounding, as meanOf). */
  const meanWith = (tool: Tool, n: number, value: number) => {
    const rest = others.get(n);
    const count = members.get(tool)!.length;
    return rest === undefined ? undefined : divRound(rest + hundredths(value), count) / 100;
  };
  /** The total from the indicators, with indicator `n` set to `value`. */
  const totalWith = (n?: number, value?: number) => {
    let sum = 0;
    for (const t of framework.tools) {
      const mean = n === undefined || !members.get(t.tool)!.includes(n) ? means.get(t.tool) : meanWith(t.tool, n, value!);
      if (mean === undefined) return undefined;
      sum += hundredths(weightedPart(mean, t.weight));
    }
    return sum / 100;
  };
  const toolOk = (tool: Tool, n: number, value: number) => {
    const given = s.tools?.[tool];
    const mean = meanWith(tool, n, value);
    return given === undefined || mean === undefined || !differs(given, mean);
  };

  // Each published tool mean against the mean of its indicators.
  for (const t of framework.tools) {
    const given = s.tools?.[t.tool];
    const computed = means.get(t.tool);
    if (given === undefined || computed === undefined || !differs(given, computed)) continue;
    // A change that reconciles the mean must not break the total in turn.
    const found = candidates(framework, s.indicators, t.tool, (n, v) => {
      const total = totalWith(n, v);
      return s.overall !== undefined && total !== undefined && differs(total, s.overall) ? undefined : meanWith(t.tool, n, v);
    }, given);
    add(['scores', 'tools', t.tool], {
      found: `${f2(given)} (ค่าเฉลี่ยของตัวชี้วัด ${t.tool} คำนวณได้ ${t2(computed)} / the mean of its indicators is ${f2(computed)})`,
      expected: {
        th: `ค่าเฉลี่ยที่ตรงกับคะแนนรายตัวชี้วัด (${t2(computed)} ต่างกันได้ไม่เกิน ๐.๐๑)`,
        en: `the mean of its indicator scores (${f2(computed)}, within 0.01)`,
      },
      fix: (() => {
        const c = describeCandidates(found, { th: `ค่าเฉลี่ย ${t.tool} = ${t2(computed)}`, en: `the ${t.tool} mean = ${f2(computed)}` }, publishedTypo(given, computed, found));
        return { th: `ตรวจคะแนนกับประกาศของ ป.ป.ช.: ${c.th} ${PREFER_FIX.th}`, en: `check the scores against the NACC's: ${c.en}; ${PREFER_FIX.en}` };
      })(),
    });
  }

  // The published total against the total of the indicator scores (or, without all of them, of the tool means).
  const fromIndicators = totalWith();
  const figures = figuresOf(input, framework);
  const computed = fromIndicators ?? figures.computedTotal;
  if (s.overall !== undefined && computed !== undefined && differs(s.overall, computed)) {
    const found =
      fromIndicators !== undefined
        ? candidates(framework, s.indicators, undefined, (n, v) => {
            const tool = framework.indicators.find((i) => i.number === n)!.tool;
            return toolOk(tool, n, v) ? totalWith(n, v) : undefined;
          }, s.overall)
        : [];
    const source = fromIndicators !== undefined ? { th: 'คะแนนรายตัวชี้วัด', en: 'the indicator scores' } : { th: 'ค่าเฉลี่ยรายเครื่องมือ', en: 'the tool means' };
    const c = describeCandidates(found, { th: `คะแนนรวม = ${t2(computed)}`, en: `the overall = ${f2(computed)}` }, publishedTypo(s.overall, computed, found));
    add(['scores', 'overall'], {
      found: `${f2(s.overall)} (${source.th}คำนวณได้ ${t2(computed)} / ${source.en} compute to ${f2(computed)})`,
      expected: {
        th: `คะแนนรวมที่ตรงกับ${source.th} (${t2(computed)} ต่างกันได้ไม่เกิน ๐.๐๑)`,
        en: `the total of ${source.en} (${f2(computed)}, within 0.01)`,
      },
      fix: { th: `ตรวจคะแนนกับประกาศของ ป.ป.ช.: ${c.th} ${PREFER_FIX.th}`, en: `check the scores against the NACC's: ${c.en}; ${PREFER_FIX.en}` },
    });
  }

  // The previous year's total against its indicators.
  const previous = s.previous;
  if (previous?.overall !== undefined && previous.indicators) {
    const m = computedMeans(framework, (n) => scoreOf(previous.indicators, n));
    if ([...m.values()].every((x) => x !== undefined)) {
      const total = framework.tools.reduce((a, t) => a + hundredths(weightedPart(m.get(t.tool)!, t.weight)), 0) / 100;
      if (differs(previous.overall, total)) {
        add(['scores', 'previous', 'overall'], {
          found: `${f2(previous.overall)} (คะแนนรายตัวชี้วัดปีก่อนคำนวณได้ ${t2(total)} / last year's indicator scores compute to ${f2(total)})`,
          expected: {
            th: `คะแนนรวมปีก่อนที่ตรงกับคะแนนรายตัวชี้วัดปีก่อน (${t2(total)} ต่างกันได้ไม่เกิน ๐.๐๑)`,
            en: `last year's total of its indicator scores (${f2(total)}, within 0.01)`,
          },
          fix: { th: `ตรวจคะแนนปีก่อนกับประกาศของ ป.ป.ช. ${PREFER_FIX.th}`, en: `check last year's scores against the NACC's; ${PREFER_FIX.en}` },
        });
      }
    }
  }

  // The published level: one of the framework's, and the one the rules give.
  if (s.level !== undefined) {
    const named = levelNamed(framework.levels, s.level);
    const codes = framework.levels.map((l) => l.code).join(', ');
    if (!named) {
      add(['scores', 'level'], {
        found: JSON.stringify(s.level),
        expected: { th: `ระดับของปีการประเมิน ${toThaiDigits(String(framework.assessmentYear))}: ${codes}`, en: `a level of ${framework.assessmentYear}: ${codes}` },
        fix: { th: 'พิมพ์ระดับตามประกาศของ ป.ป.ช. หรือลบช่องนี้ (itadoc ให้ระดับตามเกณฑ์)', en: 'type the level as the NACC published it, or remove it (itadoc gives the level by the rules)' },
      });
    } else if (problems.length === 0 && figures.ruleLevel && figures.ruleLevel.code !== named.code && figures.total !== undefined) {
      const rule = figures.ruleLevel.undetermined ?? [figures.ruleLevel.code];
      const th = rule.join(' หรือ ');
      const en = rule.join(' or ');
      add(['scores', 'level'], {
        found: `${JSON.stringify(s.level)} (คะแนนรวม ${t2(figures.total)} อยู่ในระดับ ${th} ตามเกณฑ์ / a total of ${f2(figures.total)} is level ${en} by the rules)`,
        expected: { th: `ระดับตามเกณฑ์ของคะแนนรวม: ${th}`, en: `the level the rules give the total: ${en}` },
        fix: {
          th: `แก้ระดับเป็น ${th} หรือตรวจคะแนนรวม ${PREFER_FIX.th}`,
          en: `make the level ${en}, or check the total; ${PREFER_FIX.en}`,
        },
      });
    }
  }
  return problems;
}
