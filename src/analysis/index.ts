export { analyze, meanOf, weightedPart, levelOf, DEFAULT_PASS_MARK } from './analyze.js';
export { MEASURE_CATALOGUE, type CatalogueMeasure } from './catalogue.js';
export type { Analysis, IndicatorResult, LevelResult, QuestionResult, Suggestion, ToolResult, Warning } from './types.js';
export { formatWarnings, inputWarnings } from './warnings.js';
