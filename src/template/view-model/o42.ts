/** The view model of the O42 measures document (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน). */
import { commonModel, type ModelSource } from './common.js';
import { measuresTableModel } from './measures.js';
import { outlineModel } from './outline.js';
import { resultsModel } from './results.js';

/** Everything templates/o42.hbs and its partials print. */
export function o42Model(source: ModelSource) {
  const { input, analysis } = source;
  return {
    ...commonModel(source),
    ...resultsModel(source),
    preface: input.preface ?? [],
    conclusion: input.conclusion,
    measures: measuresTableModel(source),
    hasMeasures: (input.measures?.length ?? 0) > 0,
    // Suggested measures (from the catalogue) when the input chose none.
    suggestions: analysis.suggestions.map((s) => ({ indicator: s.indicator, indicatorName: s.indicatorName, measures: s.measures })),
    sections: outlineModel(source),
  };
}
