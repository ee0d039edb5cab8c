/** Loads the PDF renderer with its fonts, once per process or worker, as a `PdfRenderer`. */
import { loadPdfResources, renderPdf } from './pdf/index.js';
import type { PdfRenderer } from './render-input.js';

/** Returns a renderer that reuses one set of parsed fonts for every document. */
export async function loadPdfRenderer(fontDir?: string): Promise<PdfRenderer> {
  const resources = loadPdfResources({ fontDir });
  return (doc) => renderPdf(doc, resources);
}
