/**
 * itadoc as a library: the same stages the CLI runs.
 *
 *   const loaded = loadInputText(json, 'agency.json');          // validate (throws InputError)
 *   const fromFile = loadInputBytes(readFileSync(f), f);        // the same from a file's bytes (UTF-8, UTF-16, Windows-874)
 *   const analysis = analyze(loaded.input, loaded.framework);    // levels, totals, weak items
 *   const files = await renderInput(loaded, { formats: ['docx', 'pdf'], pdf: await loadPdfRenderer() });
 */
export { loadInputBytes, loadInputText, InputError, formatProblems, inputSchema, inputJsonSchemaText } from './input/index.js';
export type { Input, RawInput, LoadedInput, InputProblem } from './input/index.js';
export { resolveFramework, indicatorOfQuestion } from './framework/index.js';
export type { Framework, FrameworkKey, FrameworkOverrides } from './framework/index.js';
export { analyze, formatWarnings, inputWarnings } from './analysis/index.js';
export type { Analysis } from './analysis/index.js';
export { DOCUMENT_KINDS, availableDocuments, buildDocument } from './document/build-documents.js';
export type { DocumentKind, BuildOptions } from './document/build-documents.js';
export type { DocumentNode, BlockNode, InlineNode } from './document/nodes.js';
export { MarkupError } from './document/parse-markup.js';
export { TemplateError, loadTemplateSet } from './template/template-set.js';
export { renderDocx } from './render/docx/render-docx.js';
export { renderPdf, loadPdfResources, FontFolderError } from './render/pdf/index.js';
export { loadPdfRenderer } from './render/pdf-renderer.js';
export { renderInput, MissingDataError, FORMATS } from './render/render-input.js';
export type { RenderRequest, RenderedFile, Format, PdfRenderer } from './render/render-input.js';
export { runBatch } from './batch/run-batch.js';
export type { BatchOptions, BatchSummary, BatchEntry } from './batch/run-batch.js';
