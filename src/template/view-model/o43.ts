/** The view model of the O43 report on carrying the measures out, and of the blank reporting form. */
import type { Measure } from '../../input/index.js';
import { fiscalYearMonths, formatMonthLong, formatThaiDate } from '../../thai/dates.js';
import { commonModel, letterFields, type ModelSource } from './common.js';
import { measureBlocks, measureTitle } from './measures.js';

/** Percent done of a progress item: as given, else 100 when done and 0 when not started. */
function percentOf(item: { status: string; percent?: number }): number | undefined {
  return item.percent ?? (item.status === 'done' ? 100 : item.status === 'not-started' ? 0 : undefined);
}

/** Everything templates/o43.hbs prints. */
export function o43Model(source: ModelSource) {
  const { input } = source;
  const progress = input.progress!;
  const period = fiscalYearMonths(input.fiscalYear);
  // The 6-month round runs October to March; the 12-month round the whole fiscal year.
  const roundEnd = progress.round === 12 ? period.end : { year: period.start.year + 1, month: 3 };
  const title = measureTitle(source);
  const row = (m: Measure, n: number) => {
    const item = progress.items.find((p) => p.measure === m.id);
    const percent = item && percentOf(item);
    const listOrNone = (v: 'none' | string[] | undefined) => ({ none: v === 'none', lines: v === 'none' ? [] : (v ?? []) });
    return {
      id: m.id,
      title: title(m, n),
      reported: item !== undefined,
      status: item?.status,
      percent: percent !== undefined ? (Number.isInteger(percent) ? String(percent) : percent.toFixed(2)) : undefined,
      done: item?.done ?? [],
      outputs: item?.outputs ?? [],
      problems: listOrNone(item?.problems),
      recommendations: listOrNone(item?.recommendations),
      evidence: item?.evidence ?? [],
    };
  };
  const blocks = measureBlocks(source, row);
  const rows = blocks.flatMap((b) => b.rows);
  const count = (status: string) => progress.items.filter((i) => i.status === status).length;
  const percents = progress.items.map(percentOf).filter((p): p is number => p !== undefined);
  return {
    ...commonModel(source),
    letter: letterFields(input),
    progress: {
      round: String(progress.round),
      roundStart: formatMonthLong(period.start, 'arabic'),
      roundEnd: formatMonthLong(roundEnd, 'arabic'),
      asOf: progress.asOf ? formatThaiDate(progress.asOf, 'arabic') : undefined,
      example: progress.example ?? false,
      blocks,
      summary: {
        total: String(rows.length),
        done: String(count('done')),
        inProgress: String(count('in-progress')),
        notStarted: String(count('not-started')),
        notReported: String(rows.filter((r) => !r.reported).length),
        averagePercent: percents.length ? (percents.reduce((a, b) => a + b, 0) / percents.length).toFixed(2) : undefined,
      },
    },
  };
}

/** Everything templates/form.hbs prints: the measures, one empty row each, under their groups. */
export function formModel(source: ModelSource) {
  const title = measureTitle(source);
  return {
    ...commonModel(source),
    letter: letterFields(source.input),
    form: { blocks: measureBlocks(source, (m, n) => ({ title: title(m, n) })) },
  };
}
