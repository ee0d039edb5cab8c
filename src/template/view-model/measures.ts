/**
 * The measures as the O42's table, the O43's report and the blank form list them: in the input's groups (seed 004's
 * group headings across the table), each with its cells.
 */
import type { Measure, ReportBy } from '../../input/index.js';
import { bahtText } from '../../thai/baht.js';
import { formatMonthLong, formatMonthShort, formatPeriod, formatThaiDateShort, quarterMonths, THAI_MONTHS_SHORT } from '../../thai/dates.js';
import { formatAmount } from '../../thai/digits.js';
import type { ModelSource } from './common.js';

/** The columns a measures table may have, in their default order. */
const COLUMNS = ['weakness', 'measure', 'steps', 'responsible', 'period', 'budget', 'monitoring', 'reportBy'] as const;
type Column = (typeof COLUMNS)[number];

/** Relative widths of each measures-table column (shared out over the 16 cm text width). */
const COLUMN_WEIGHTS: Record<Column, number> = {
  measure: 3.6,
  weakness: 3.6,
  steps: 6.2,
  responsible: 2.7,
  period: 2.7,
  budget: 2.7,
  monitoring: 3.0,
  reportBy: 2.5,
};

/** Measures in their groups: a block per group (in the input's order of groups), then the ungrouped ones. */
export function measureBlocks<T>({ input }: ModelSource, row: (m: Measure, n: number) => T) {
  const measures = input.measures ?? [];
  const groups = input.measureGroups ?? [];
  const blocks: { group?: { number: number; title: string }; rows: T[] }[] = [];
  let n = 0;
  const rows = (list: Measure[]) => list.map((m) => row(m, ++n));
  if (groups.length > 0) {
    groups.forEach((g, gi) => blocks.push({ group: { number: gi + 1, title: g.title }, rows: rows(measures.filter((m) => m.group === g.id)) }));
    const ungrouped = measures.filter((m) => m.group === undefined);
    if (ungrouped.length) blocks.push({ rows: rows(ungrouped) });
  } else blocks.push({ rows: rows(measures) });
  return blocks;
}

/**
 * Title lines of a measure, the first numbered "1." when the table numbers measures. Grouped measures usually carry
 * their own sub-numbers (seed 004: "(๒.๑)"), so by default only ungrouped ones are numbered.
 */
export function measureTitle({ input }: ModelSource): (m: Measure, n: number) => string[] {
  const numbering = input.measuresTable?.numbering ?? !input.measureGroups?.length;
  return (m, n) => m.title.map((t, k) => (k === 0 && numbering ? `${n}. ${t}` : t));
}

/** The O42's measures table: its columns (key, label given by the input, width) and rows of cells. */
export function measuresTableModel(source: ModelSource) {
  const measures = source.input.measures ?? [];
  const table = source.input.measuresTable ?? {};
  const hasData = (c: Column) => c === 'measure' || measures.some((m) => m[c] !== undefined);
  const columns: Column[] = table.columns ?? COLUMNS.filter(hasData);
  const title = measureTitle(source);
  const cell = (m: Measure, n: number, c: Column) => {
    switch (c) {
      case 'measure':
        return { lines: title(m, n) };
      case 'weakness':
        return { lines: m.weakness ? [m.weakness] : [] };
      case 'steps':
        return { steps: stepsModel(m.steps ?? [], table.stepStyle) };
      case 'responsible':
        return { lines: m.responsible ?? [] };
      case 'period':
        return { lines: m.period ? [formatPeriod(m.period.start, m.period.end, 'arabic')] : [], center: true };
      case 'budget':
        return { budget: m.budget === undefined ? undefined : m.budget === 0 ? { none: true } : budgetModel(m.budget), center: true };
      case 'monitoring':
        return { lines: m.monitoring ?? [] };
      case 'reportBy':
        return { reportBy: m.reportBy && reportByModel(m.reportBy), center: true };
    }
  };
  return {
    columns: columns.map((c) => ({ key: c, label: table.labels?.[c] })),
    widths: (table.widths && table.widths.length === columns.length ? table.widths : columns.map((c) => COLUMN_WEIGHTS[c])).join(','),
    columnCount: columns.length,
    blocks: measureBlocks(source, (m, n) => ({ id: m.id, short: isShort(m), cells: columns.map((c) => cell(m, n, c)) })),
    rowsAcrossPages: table.rowsAcrossPages ?? false,
    size: columns.length >= 5 ? 14 : 16,
  };
}

/** An amount of baht as printed: digits (satang when there are any) and the same amount in words. */
function budgetModel(amount: number) {
  const satang = !Number.isInteger(amount);
  return { amount: formatAmount(amount, 'arabic', satang ? 2 : 0), words: bahtText(Math.round(amount * 100) / 100) };
}

/**
 * The steps of a measure: one step is a plain paragraph (a marker on a lone step says nothing), several a list
 * numbered "๑." or dashed, or plain paragraphs; a step may hold sub-steps, listed under it with dashes.
 */
function stepsModel(steps: NonNullable<Measure['steps']>, style: 'numbered' | 'dash' | 'paragraphs' | undefined) {
  const items = steps.map((s) => (typeof s === 'string' ? { text: s, items: [] as string[] } : s));
  const single = items.length === 1 && items[0]!.items.length === 0;
  return { items, plain: single || style === 'paragraphs', marker: style === 'dash' ? 'dash' : 'thai' };
}

/** A report-by date, month or fiscal quarter, as the template words it ("๓๑ มี.ค. ๒๕๖๖", "ภายในเดือน…", "ไตรมาสที่ …"). */
function reportByModel(r: ReportBy) {
  if ('date' in r) return { date: formatThaiDateShort(r.date, 'arabic') };
  if ('month' in r) return { month: formatMonthLong(r.month, 'arabic') };
  const { start, end } = quarterMonths(r.quarter);
  return { quarter: { number: String(r.quarter.quarter), from: THAI_MONTHS_SHORT[start.month - 1], to: formatMonthShort(end, 'arabic') } };
}

/**
 * Whether a measure's row is short enough to keep whole when rows may run across pages: a clerk's Word table splits
 * long rows, never a row of a few lines. Judged by the amount of text, the same for every renderer: at most six steps
 * and 300 characters in all.
 */
function isShort(m: Measure): boolean {
  const texts = [...m.title, m.weakness ?? '', ...(m.steps ?? []).flatMap((s) => (typeof s === 'string' ? [s] : [s.text, ...s.items])), ...(m.responsible ?? []), ...(m.monitoring ?? [])];
  return (m.steps?.length ?? 0) <= 6 && texts.join('').length <= 300;
}
