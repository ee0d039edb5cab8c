/** Loads the PDF renderer with its fonts, once per process or worker, as a `PdfRenderer`. */
import type { PdfRenderer } from './render-input.js';

/** Returns a renderer that reuses one set of parsed fonts for every document. */
export async function loadPdfRenderer(fontDir?: string): Promise<PdfRenderer> {
  const modulePath = './pdf/index.js';
  const { loadPdfResources, renderPdf } = (await import(modulePath)) as {
    loadPdfResources: (o: { fontDir?: string }) => unknown;
    renderPdf: (doc: unknown, r: unknown) => Promise<Buffer>;
  };
  const resources = loadPdfResources({ fontDir });
  return (doc) => renderPdf(doc, resources);
}
