/** The scores part of the view model: results per tool and indicator, ranking, question tables, development points. */
import type { IndicatorResult, QuestionResult } from '../../analysis/index.js';
import type { Tool } from '../../framework/index.js';
import { changeText, scoreText, type ModelSource } from './common.js';

/** The total and level as every document prints them (the letters' default body names them too). */
export function totalModel({ analysis }: ModelSource) {
  return {
    total: analysis.total !== undefined ? scoreText(analysis.total) : undefined,
    level: analysis.level,
  };
}

/** An indicator as the templates print it. */
export function indicatorRowOf({ framework }: ModelSource) {
  return (i: IndicatorResult) => ({
    number: i.number,
    name: i.name,
    tool: i.tool,
    score: scoreText(i.score),
    weak: i.weak,
    rank: i.rank,
    previous: i.previous !== undefined ? scoreText(i.previous) : undefined,
    change: i.change !== undefined ? changeText(i.change) : undefined,
    analysis: i.analysis,
    description: framework.indicators.find((d) => d.number === i.number)!.description,
  });
}

/**
 * A table of questions: one row per question, and one per sub-item under it; the share of each answer choice in a
 * column of its own (choices in the order the input first gives them) when any row has shares.
 */
export function questionTable(questions: QuestionResult[]) {
  const choices = [...new Set(questions.flatMap((q) => [q.answers, ...q.subItems.map((s) => s.answers)]).flatMap((a) => Object.keys(a ?? {})))];
  const shares = (answers: Record<string, number> | undefined) => choices.map((c) => (answers?.[c] !== undefined ? answers[c]!.toFixed(2) : ''));
  return {
    choices,
    rows: questions.flatMap((q) => [
      { code: q.code, text: q.text ?? '', score: scoreText(q.score), weak: q.weak, sub: false, shares: shares(q.answers) },
      ...q.subItems.map((s) => ({ code: '', text: s.text, score: scoreText(s.score), weak: s.weak, sub: true, shares: shares(s.answers) })),
    ]),
    weakCount: questions.filter((q) => q.weak).length,
    count: questions.length,
  };
}

/** Everything the O42 prints about the scores. */
export function resultsModel(source: ModelSource) {
  const { input, framework, analysis } = source;
  const indicator = (n: number) => analysis.indicators.find((i) => i.number === n)!;
  const indicatorRow = indicatorRowOf(source);

  const byTool = framework.tools.map((t) => {
    const tool = analysis.tools.find((x) => x.tool === t.tool)!;
    return {
      tool: t.tool,
      name: t.name,
      englishName: t.englishName,
      weight: String(t.weight),
      mean: scoreText(tool.printedMean),
      weighted: tool.weighted !== undefined ? tool.weighted.toFixed(2) : '–',
      indicatorCount: tool.indicators.length,
      indicators: tool.indicators.map((n) => indicatorRow(indicator(n))),
      lowest: tool.lowestIndicator !== undefined ? indicatorRow(indicator(tool.lowestIndicator)) : undefined,
      highest: tool.highestIndicator !== undefined ? indicatorRow(indicator(tool.highestIndicator)) : undefined,
      weakQuestionCount: tool.weakQuestionCount,
      questionCount: tool.questionCount,
    };
  });
  const weak = analysis.weakIndicators.map((n) => indicatorRow(indicator(n)));
  const noted = (assessment: 'strength' | 'weakness') =>
    analysis.indicators.filter((i) => i.assessment === assessment && (i.analysis.length > 0 || i.score !== undefined)).map(indicatorRow);

  const questionTables = (['IIT', 'EIT', 'OIT'] as Tool[])
    .map((tool) => ({ tool, name: framework.tools.find((t) => t.tool === tool)!.name, ...questionTable(analysis.questions.filter((q) => q.tool === tool)) }))
    .filter((t) => t.count > 0);

  return {
    ...totalModel(source),
    hasScores: analysis.indicators.some((i) => i.score !== undefined),
    passMark: Number.isInteger(analysis.passMark) ? String(analysis.passMark) : analysis.passMark.toFixed(2),
    // The weighted table's total row prints the same total as every other page (analysis/reconcile.ts).
    computedTotal: analysis.computedTotal !== undefined ? (analysis.total ?? analysis.computedTotal).toFixed(2) : undefined,
    rank: input.scores?.rank,
    previousTotal: analysis.previousTotal !== undefined ? scoreText(analysis.previousTotal) : undefined,
    totalChange: analysis.totalChange !== undefined ? changeText(analysis.totalChange) : undefined,
    framework: {
      toolCount: framework.tools.length,
      indicatorCount: framework.indicators.length,
      tools: byTool,
      levels: framework.levels.map((l) => ({
        code: l.code,
        min: l.min.toFixed(2),
        max: l.max.toFixed(2),
        minEachTool: l.minEachTool?.toFixed(2),
      })),
      gradeSystem: framework.levelSystem === 'grades',
    },
    byTool,
    ranked: analysis.ranking.map((n, idx) => ({ order: idx + 1, ...indicatorRow(indicator(n)) })),
    weak,
    weakCount: weak.length,
    strengths: noted('strength'),
    weaknesses: noted('weakness'),
    withNotes: analysis.indicators.some((i) => i.analysis.length > 0),
    recommendations: (input.scores?.recommendations ?? []).map((r) => ({
      ...r,
      toolName: r.tool ? framework.tools.find((t) => t.tool === r.tool)!.name : undefined,
    })),
    questionTables,
    development: developmentRows(source, indicatorRow),
  };
}

/**
 * Development points: one row per question, the indicator cell merged across its rows, the points cell merged across
 * the questions of one entry (seed 000's table 5).
 */
function developmentRows({ input, analysis }: ModelSource, indicatorRow: (i: IndicatorResult) => { name: string }) {
  const rows: {
    indicatorName?: string;
    indicatorSpan?: number;
    question: string;
    score: string;
    points?: string[];
    pointsSpan?: number;
  }[] = [];
  const entries = input.developmentPoints ?? [];
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    const codes = entry.questions?.length
      ? entry.questions
      : analysis.questions.filter((q) => q.indicator === entry.indicator && q.weak).map((q) => q.code);
    const entryRows = (codes.length ? codes : ['']).map((code, k) => {
      const q = analysis.questions.find((x) => x.code === code);
      return {
        question: q ? `${q.text ? q.text : code}` : code,
        score: q ? scoreText(q.score) : '',
        ...(k === 0 ? { points: entry.points, pointsSpan: Math.max(codes.length, 1) } : {}),
      };
    });
    const previous = entries[e - 1];
    if (previous && previous.indicator === entry.indicator) {
      // Same indicator as the previous entry: extend its merged indicator cell.
      const head = [...rows].reverse().find((r) => r.indicatorSpan !== undefined)!;
      head.indicatorSpan! += entryRows.length;
      rows.push(...entryRows);
    } else {
      const name = indicatorRow(analysis.indicators.find((i) => i.number === entry.indicator)!).name;
      rows.push({ indicatorName: name, indicatorSpan: entryRows.length, ...entryRows[0]! }, ...entryRows.slice(1));
    }
  }
  return { rows };
}
