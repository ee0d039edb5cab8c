/**
 * PDF renderer: document tree → pdfmake definition (block, inline and running handlers; plain data) → the engine
 * (engine/, the only code that reaches into pdfmake, pdfkit and fontkit) → PDF bytes. Thai line breaking and
 * justification, fonts parsed once per process, page numbers, continuation words, reproducible output.
 */
import type { DocumentNode } from '../../document/nodes.js';
import type { Resources } from '../../resources/resources.js';
import type { Renderer } from '../renderer.js';
import { createPdfEngine, type PdfEngine } from './engine/index.js';
import { pdfFonts } from './pdf-fonts.js';
import { runningContent } from './running-handlers.js';
import { TABLE_LAYOUTS } from './table-layouts.js';
import { wordBreakerFor } from './thai-text.js';
import { toPdfDefinition } from './to-pdf-definition.js';

/** Renders `tree` to PDF bytes with `engine`, in the fonts the resources give. */
export function renderPdf(tree: DocumentNode, resources: Resources, engine: PdfEngine): Promise<Buffer> {
  const fonts = pdfFonts(engine, resources.fonts());
  const words = wordBreakerFor(resources.thaiDictionary(), tree.words);
  const definition = toPdfDefinition(tree, fonts, words);
  return engine.print(definition, runningContent(tree.running, { definition, fonts, words }), fonts.engine);
}

/** Options of {@link createPdfRenderer}. */
export interface PdfRendererOptions {
  /** The engine's speed-only patches (default on); see engine/README.md. */
  speedups?: boolean;
  /** PDF/A-2b for archiving (default off). */
  pdfa?: boolean;
}

/**
 * The PDF renderer. Creating it is the explicit step that brings in the engine; the engine patches pdfmake's
 * classes only during its own layouts (engine/index.ts), so a caller rendering only DOCX never changes pdfmake.
 */
export function createPdfRenderer(options: PdfRendererOptions = {}): Renderer {
  const engine = createPdfEngine({ tableLayouts: TABLE_LAYOUTS, speedups: options.speedups, pdfa: options.pdfa });
  return { format: 'pdf', render: (tree, resources) => renderPdf(tree, resources, engine) };
}
