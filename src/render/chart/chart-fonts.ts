/** The fonts charts are drawn with outside the PDF (the DOCX's chart images): the PDF's own, parsed once. */
import type { Resources } from '../../resources/resources.js';
import { createPdfEngine } from '../pdf/engine/index.js';
import { pdfFonts } from '../pdf/pdf-fonts.js';
import type { ChartFonts } from './chart-image.js';

let engine: ReturnType<typeof createPdfEngine> | undefined;

/**
 * The chart fonts of `resources`: the PDF's font files, parsed with the engine's Thai layout, at the PDF's size per
 * document point — so a chart image in the DOCX looks like the chart in the PDF. Creating the engine patches nothing.
 */
export function chartFonts(resources: Resources): ChartFonts {
  engine ??= createPdfEngine({ tableLayouts: {} });
  const fonts = pdfFonts(engine, resources.fonts());
  return { normal: fonts.engine.parsed.normal, bold: fonts.engine.parsed.bold, sizeScale: fonts.sizeScale };
}
