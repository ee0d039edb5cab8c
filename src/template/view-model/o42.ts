/** The view model of the O42 measures document (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน). */
import { commonModel, type ModelSource } from './common.js';
import { measuresTableModel } from './measures.js';
import { resultsModel } from './results.js';

/** Everything templates/o42.hbs and its partials print. */
export function o42Model(source: ModelSource) {
  const { input, analysis } = source;
  const results = resultsModel(source);
  const hasMeasures = (input.measures?.length ?? 0) > 0;
  // Suggested measures (from the catalogue) when the input chose none.
  const suggestions = analysis.suggestions.map((s) => ({ indicator: s.indicator, indicatorName: s.indicatorName, measures: s.measures }));

  // Sections are numbered in the order they appear; a part without data has no number.
  const present = {
    background: true,
    results: results.hasScores,
    recommendations: results.recommendations.length > 0,
    analysis: results.questionTables.length > 0 || results.withNotes || results.weak.length > 0,
    development: results.development.rows.length > 0,
    measures: hasMeasures || suggestions.length > 0,
  };
  let sectionNo = 0;
  const section = (on: boolean) => (on ? ++sectionNo : 0);
  const sections = {
    background: section(present.background),
    results: section(present.results),
    recommendations: section(present.recommendations),
    analysis: section(present.analysis),
    development: section(present.development),
    measures: section(present.measures),
  };

  return {
    ...commonModel(source),
    ...results,
    preface: input.preface ?? [],
    background: input.background,
    introduction: input.introduction ?? [],
    conclusion: input.conclusion,
    measures: measuresTableModel(source),
    hasMeasures,
    suggestions,
    sections,
  };
}
