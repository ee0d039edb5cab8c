export { loadInputBytes, loadInputText, loadInputValue, type LoadedInput, type InputLocator } from './load-input.js';
export { decodeInputBytes, type DecodedText } from './decode-text.js';
export { MAX_INPUT_BYTES, MAX_NESTING_DEPTH, sizeProblem } from './limits.js';
export { InputError, formatProblems, type InputProblem, type Bilingual } from './problems.js';
export { inputSchema } from './schema.js';
export type { Input, RawInput, Measure, MeasureGroup, ProgressItem, Question, Person, Letter, AgencyKind, ToolName, ReportBy, OutlineSection, OutlineBlock, AnalysisGroup, ListItemInput } from './schema.js';
export { inputJsonSchemaText, provinceJsonSchemaText, SCHEMA_FILE, PROVINCE_SCHEMA_FILE, SCHEMA_ID, PROVINCE_SCHEMA_ID } from './json-schema.js';
export { starterText, STARTER_DOCUMENTS, type StarterDocument, type StarterOptions } from './starter.js';
export { agencyKindOf, agencyKinds } from './enums.js';
