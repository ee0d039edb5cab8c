/**
 * The O42 as an outline of sections, each holding blocks: the input's own outline, or — without one — the standard
 * structure itadoc has always written (background, results, recommendations, analysis, development points, measures),
 * each part only when the input has its data. Every block becomes the data its partial (templates/partials/block-*.hbs)
 * prints; generated blocks take theirs from the analysis, free blocks from the input.
 */
import type { IndicatorResult } from '../../analysis/index.js';
import type { AnalysisGroup, ListItemInput, OutlineBlock, OutlineSection } from '../../input/index.js';
import { toArabicDigits } from '../../thai/digits.js';
import { scoreText, type ModelSource } from './common.js';
import { indicatorRowOf, questionTable } from './results.js';

/** A section as templates/o42.hbs prints it: a heading (the user's, or the standard one of `key`), then blocks. */
export interface SectionModel {
  /** The standard section this is, when itadoc chose it (its heading is worded in partials/section-heading.hbs). */
  key?: string;
  heading?: string;
  number?: string;
  blocks: BlockModel[];
}

/** A block: its type (the partial block-<type>.hbs prints it) and the data that partial reads. */
export type BlockModel = { type: string } & Record<string, unknown>;

/** The sections of the O42. */
export function outlineModel(source: ModelSource): SectionModel[] {
  const { input } = source;
  if (!input.outline) return standardOutline(source);
  return input.outline.map((section, s) => sectionModel(source, section, s));
}

function sectionModel(source: ModelSource, section: OutlineSection, s: number): SectionModel {
  return {
    ...(section.heading ? { heading: section.heading } : {}),
    ...(section.number !== undefined ? { number: String(section.number) } : {}),
    blocks: section.blocks.map((b, i) => blockModel(source, b, `outline[${s}].blocks[${i}]`)),
  };
}

/** The standard structure, as sections numbered in the order they appear, each only when the input has its data. */
function standardOutline(source: ModelSource): SectionModel[] {
  const { input, analysis } = source;
  const hasScores = analysis.indicators.some((i) => i.score !== undefined);
  const hasQuestions = analysis.questions.length > 0;
  const hasNotes = analysis.indicators.some((i) => i.analysis.length > 0);
  const sections: { key: string; on: boolean; blocks: OutlineBlock[] }[] = [
    { key: 'background', on: true, blocks: [{ type: 'background', ...(input.background ? { text: input.background } : {}) }, { type: 'grade-table' }, { type: 'pass-mark' }] },
    {
      key: 'results',
      // An overall score given alone (no indicator scores) is printed too, with its level.
      on: hasScores || analysis.total !== undefined,
      blocks: [
        ...(analysis.total !== undefined ? [{ type: 'overall' } as const] : []),
        ...(hasScores ? [{ type: 'indicator-scores' } as const] : []),
        ...(analysis.computedTotal !== undefined ? [{ type: 'weighted-scores' } as const] : []),
      ],
    },
    { key: 'recommendations', on: (input.scores?.recommendations?.length ?? 0) > 0, blocks: [{ type: 'recommendations' }] },
    {
      key: 'analysis',
      on: hasQuestions || hasNotes || analysis.weakIndicators.length > 0,
      blocks: [
        ...(analysis.ranking.length > 0 ? [{ type: 'ranking' } as const, { type: 'tool-summaries' } as const] : []),
        ...(hasQuestions ? [{ type: 'question-table' } as const] : []),
        { type: 'strengths-weaknesses' },
      ],
    },
    { key: 'development', on: (input.developmentPoints?.length ?? 0) > 0, blocks: [{ type: 'development-points' }] },
    {
      key: 'measures',
      on: (input.measures?.length ?? 0) > 0 || analysis.suggestions.length > 0,
      blocks: [...(input.introduction ? [{ type: 'paragraphs', text: input.introduction } as const] : []), { type: 'measures-table' }],
    },
  ];
  let number = 0;
  return sections
    .filter((s) => s.on)
    .map((s) => ({ key: s.key, number: String(++number), blocks: s.blocks.map((b, i) => blockModel(source, b, `(${s.key}).blocks[${i}]`)) }));
}

/** The data of one block. `path` is the block's JSON path, for messages about its files. */
function blockModel(source: ModelSource, block: OutlineBlock, path: string): BlockModel {
  switch (block.type) {
    case 'indicator-scores':
      return { ...block, rows: indicatorsInOrder(source, block.order ?? 'number').map(indicatorRowOf(source)) };
    case 'indicator-analysis':
      return { type: block.type, groups: block.groups.map((g) => analysisGroupModel(source, g)) };
    case 'question-table':
      return { type: block.type, tables: questionTables(source, block) };
    case 'radar-chart':
    case 'bar-chart':
      return {
        ...block,
        points: chartPoints(source),
        passMark: String(source.analysis.passMark),
        withPrevious: block.type === 'bar-chart' && block.previous !== false && source.analysis.indicators.some((i) => i.previous !== undefined),
        previousYear: String(source.framework.assessmentYear - 1),
      };
    case 'list':
      return { type: block.type, marker: block.marker ?? 'thai', items: block.items.map(listItemModel) };
    case 'table': {
      const columns = Math.max(block.header?.length ?? 0, ...block.rows.map((r) => r.length));
      const pad = (cells: string[]) => [...cells, ...Array<string>(columns - cells.length).fill('')];
      return {
        type: block.type,
        header: block.header ? pad(block.header) : undefined,
        rows: block.rows.map(pad),
        widths: (block.widths?.length === columns ? block.widths : Array<number>(columns).fill(1)).join(','),
        size: String(block.size ?? (columns >= 5 ? 14 : 16)),
      };
    }
    case 'image':
      return { ...block, path: `${path}.src`, width: block.width !== undefined ? `${block.width}cm` : '16cm' };
    case 'paragraphs':
      return { ...block, indent: block.indent ?? true, align: block.align ?? 'thai' };
    case 'heading':
      return { ...block, tag: `h${(block.level ?? 2) + 0}` };
    default:
      return { ...block };
  }
}

function listItemModel(item: ListItemInput): { text: string; items: unknown[] } {
  return typeof item === 'string' ? { text: item, items: [] } : { text: item.text, items: (item.items ?? []).map(listItemModel) };
}

/** The scored indicators in `order`: by number, by score (lowest first) or by score (highest first). */
function indicatorsInOrder(source: ModelSource, order: 'number' | 'score' | 'score-descending'): IndicatorResult[] {
  const list = [...source.analysis.indicators];
  if (order === 'number') return list;
  const scored = list.filter((i) => i.score !== undefined);
  return scored.sort((a, b) => (order === 'score' ? a.score! - b.score! : b.score! - a.score!) || a.number - b.number);
}

/** One group of the per-indicator analysis: the indicators it selects, in its order, each with its paragraphs. */
function analysisGroupModel(source: ModelSource, group: AnalysisGroup) {
  const { analysis } = source;
  const listed = group.indicators ? new Set(group.indicators) : undefined;
  const chosen = indicatorsInOrder(source, group.order ?? 'score').filter(
    (i) =>
      i.score !== undefined &&
      (!listed || listed.has(i.number)) &&
      (group.select === undefined || group.select === 'all' || (group.select === 'weak') === i.weak) &&
      (group.below === undefined || i.score < group.below) &&
      (group.from === undefined || i.score >= group.from),
  );
  // Indicators the group lists by number keep the input's order unless an order is asked for.
  if (listed && group.order === undefined) chosen.sort((a, b) => group.indicators!.indexOf(a.number) - group.indicators!.indexOf(b.number));
  const row = indicatorRowOf(source);
  return {
    title: group.title,
    lead: group.lead ?? [],
    none: group.none,
    indicators: chosen.map((i) => ({
      ...row(i),
      questions: group.questions ? questionTable(analysis.questions.filter((q) => q.indicator === i.number)) : undefined,
    })),
  };
}

/** The question tables of a question-table block: one per tool by default, or one of the questions it names. */
function questionTables(source: ModelSource, block: Extract<OutlineBlock, { type: 'question-table' }>) {
  const { analysis, framework } = source;
  const codes = block.codes?.map((c) => toArabicDigits(c));
  const keep = (q: (typeof analysis.questions)[number]) =>
    (block.tool === undefined || q.tool === block.tool) &&
    (block.indicator === undefined || q.indicator === block.indicator) &&
    (codes === undefined || codes.includes(q.code)) &&
    (!block.weakOnly || q.weak);
  if (block.tool === undefined && block.indicator === undefined && codes === undefined) {
    return framework.tools
      .map((t) => ({ tool: t.tool, name: t.name, ...questionTable(analysis.questions.filter((q) => q.tool === t.tool && keep(q))) }))
      .filter((t) => t.count > 0)
      .map((t, i) => ({ ...t, number: i + 1, title: undefined }));
  }
  const questions = analysis.questions.filter(keep);
  const ordered = codes ? codes.map((c) => questions.find((q) => q.code === c)).filter((q) => q !== undefined) : questions;
  const tool = block.tool ?? ordered[0]?.tool;
  return [{ tool, name: framework.tools.find((t) => t.tool === tool)?.name, title: block.title, number: undefined, ...questionTable(ordered) }];
}

/** The ten indicators as a chart plots them: short label, score, last year's score. */
function chartPoints({ analysis }: ModelSource) {
  return analysis.indicators.map((i) => ({
    number: i.number,
    label: i.name,
    value: i.score !== undefined ? i.score.toFixed(2) : undefined,
    previous: i.previous !== undefined ? i.previous.toFixed(2) : undefined,
    text: scoreText(i.score),
  }));
}
