/** Loads the PDF renderer with its fonts, once per process or worker, as a `PdfRenderer`. */
import { loadPdfResources, renderPdf } from './pdf/index.js';
import type { PdfRenderer } from './render-input.js';

/**
 * Returns a renderer that reuses parsed fonts for every document. `fontDir` (the `--font-dir` option) wins over an
 * input's own folder; fonts of each folder are parsed once per process (loadPdfResources caches them).
 */
export async function loadPdfRenderer(fontDir?: string): Promise<PdfRenderer> {
  const resources = loadPdfResources({ fontDir });
  return (doc, inputFontDir) =>
    renderPdf(doc, fontDir === undefined && inputFontDir !== undefined ? loadPdfResources({ fontDir: inputFontDir }) : resources);
}
