/**
 * The PDF renderer's public API: load the fonts once, render any number of document trees.
 *
 *   const resources = loadPdfResources();            // or { fontDir: 'fonts/agency' }
 *   const bytes = await renderPdf(doc, resources);   // byte-identical for the same tree
 */
export { renderPdf } from './render-pdf.js';
export { FontFolderError, loadPdfResources, type PdfResourceOptions, type PdfResources } from './pdf-resources.js';
export { toPdfDefinition } from './to-pdf-definition.js';
export type { PdfDefinition } from './pdf-definition.js';
