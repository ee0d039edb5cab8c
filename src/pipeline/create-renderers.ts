/** The renderers a run needs, created once per process or batch worker and reused for every document. */
import { createDocxRenderer } from '../render/docx/render-docx.js';
import { createPdfRenderer } from '../render/pdf/render-pdf.js';
import type { Format } from '../render/renderer.js';
import type { Renderers } from './render-documents.js';

/** How the renderers write their files. */
export interface RendererOptions {
  /** PDFs as PDF/A-2b, for archiving. */
  pdfa?: boolean;
}

/** Creates a renderer for each of `formats`, and only those: asking for DOCX alone never brings in the PDF engine. */
export function createRenderers(formats: readonly Format[], options: RendererOptions = {}): Renderers {
  const renderers: Renderers = {};
  if (formats.includes('docx')) renderers.docx = createDocxRenderer();
  if (formats.includes('pdf')) renderers.pdf = createPdfRenderer({ pdfa: options.pdfa });
  return renderers;
}
