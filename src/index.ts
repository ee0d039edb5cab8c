/**
 * itadoc as a library: the pipeline the CLI runs, and its parts.
 *
 *   const resources = loadResources();                            // templates, fonts, images: read here only
 *   const loaded = loadInputText(json, 'agency.json');            // validate (throws InputError)
 *   const fromFile = loadInputBytes(readFileSync(f), f);          // the same from a file's bytes (UTF-8, UTF-16, Windows-874)
 *   const analysis = analyze(loaded.input, loaded.framework);     // levels, totals, weak items
 *   const files = await renderDocuments(loaded, { formats: ['docx', 'pdf'] }, resources, createRenderers(['docx', 'pdf']));
 *   const fromExcel = await loadInputWorkbook(xlsxBytes, 'agency.xlsx');   // the same input from a workbook
 */
export { loadInputBytes, loadInputText, loadInputValue, InputError, formatProblems, inputSchema, inputJsonSchemaText, sizeProblem, MAX_INPUT_BYTES } from './input/index.js';
export { decodeInputBytes, provinceJsonSchemaText, SCHEMA_FILE, PROVINCE_SCHEMA_FILE, SCHEMA_ID, PROVINCE_SCHEMA_ID } from './input/index.js';
export { starterText, STARTER_DOCUMENTS, agencyKindOf, agencyKinds } from './input/index.js';
export type { StarterDocument, StarterOptions } from './input/index.js';
export type { Input, RawInput, LoadedInput, InputProblem, InputLocator, Bilingual } from './input/index.js';
// The workbook stage is loaded on first use (workbook/on-demand.ts): a run that reads JSON loads none of it.
export {
  writeWorkbook,
  readWorkbook,
  loadInputWorkbook,
  isWorkbookFile,
  jsonToWorkbook,
  workbookToJson,
  WorkbookLimitError,
} from './workbook/on-demand.js';
export { rewriteRelativePaths } from './workbook/relative-paths.js';
export type { WorkbookContent } from './workbook/index.js';
export { resolveFramework, indicatorOfQuestion } from './framework/index.js';
export type { Framework, FrameworkKey, FrameworkOverrides } from './framework/index.js';
export { analyze, formatWarnings, inputWarnings } from './analysis/index.js';
export type { Analysis } from './analysis/index.js';
export { loadResources } from './resources/load-resources.js';
export type { ResourceOptions } from './resources/load-resources.js';
export { ResourceError } from './resources/resources.js';
export type { Resources, TemplateFiles, FontFiles } from './resources/resources.js';
export { TemplateError } from './template/template-set.js';
export { MarkupError } from './document/parse-markup.js';
export type { DocumentNode, BlockNode, InlineNode, RunningNode } from './document/nodes.js';
export { FORMATS } from './render/renderer.js';
export type { Format, Renderer } from './render/renderer.js';
export { DOCUMENT_KINDS, availableDocuments, MissingDataError } from './pipeline/document-kinds.js';
export type { DocumentKind } from './pipeline/document-kinds.js';
export { buildDocumentTree, checkTemplates, renderDocuments } from './pipeline/render-documents.js';
export type { RenderRequest, RenderedFile, Renderers, TreeOptions } from './pipeline/render-documents.js';
export { createRenderers } from './pipeline/create-renderers.js';
export type { RendererOptions } from './pipeline/create-renderers.js';
export { withDigits } from './thai/digits.js';
export type { DigitStyle } from './thai/digits.js';
export { writeFileAtomic } from './batch/write-atomic.js';
export { OutputFolderError, prepareOutputFolder, removeIfUnused, unsafeFolder, writingTo } from './batch/output-folder.js';
export { runBatch, BatchArgumentError } from './batch/run-batch.js';
export type { BatchOptions, BatchSummary, BatchEntry } from './batch/run-batch.js';
export { uniqueSlugs } from './batch/slug.js';
export { readProvinceFile, provinceError } from './batch/province-file.js';
export { expandInputPatterns, InputPatternError } from './batch/input-patterns.js';
export type { ProvinceFile } from './batch/province-file.js';
