/**
 * The measures as the O42's table, the O43's report and the blank form list them: in the input's groups (seed 004's
 * group headings across the table), each with its cells.
 */
import type { Measure } from '../../input/index.js';
import { bahtText } from '../../thai/baht.js';
import { formatPeriod, formatThaiDateShort } from '../../thai/dates.js';
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
        return { list: m.steps ?? [] };
      case 'responsible':
        return { lines: m.responsible ?? [] };
      case 'period':
        return { lines: m.period ? [formatPeriod(m.period.start, m.period.end, 'arabic')] : [], center: true };
      case 'budget':
        return {
          lines:
            m.budget !== undefined
              ? [formatAmount(m.budget, 'arabic', Number.isInteger(m.budget) ? 0 : 2), `(${bahtText(m.budget)})`]
              : [],
          center: true,
        };
      case 'monitoring':
        return { lines: m.monitoring ?? [] };
      case 'reportBy':
        return { lines: m.reportBy ? [formatThaiDateShort(m.reportBy, 'arabic')] : [], center: true };
    }
  };
  return {
    columns: columns.map((c) => ({ key: c, label: table.labels?.[c] })),
    widths: (table.widths && table.widths.length === columns.length ? table.widths : columns.map((c) => COLUMN_WEIGHTS[c])).join(','),
    columnCount: columns.length,
    blocks: measureBlocks(source, (m, n) => ({ id: m.id, cells: columns.map((c) => cell(m, n, c)) })),
    stepMarker: table.stepStyle === 'dash' ? 'dash' : 'thai',
    size: columns.length >= 5 ? 14 : 16,
  };
}
