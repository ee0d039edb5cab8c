/**
 * Override of pdfkit 0.19.1's font loading: pdfkit's EmbeddedFont class, which pdfkit does not export, built around
 * fonts already parsed (and given their Thai layout) once per process, instead of pdfkit re-reading and re-parsing
 * the font file for every document (`doc.font(bytes)` → fontkit.create each time).
 *
 * The class is taken once per process from a font pdfkit opens itself. Its constructor is (document, fontkit font,
 * id), as pdfkit's own `PDFFontFactory.open` calls it. Guarded by tests/render/pdf/engine/contract.test.ts.
 */
import { PdfKit, type PdfKitFont, type PdfmakeDocument } from '../pdfmake-modules.js';

type EmbeddedFontClass = new (doc: PdfmakeDocument, font: unknown, id: string) => PdfKitFont;
let embeddedFontClass: EmbeddedFontClass | undefined;

/** pdfkit's EmbeddedFont class; `probeFont` is any TrueType font file's bytes. */
export function embeddedFont(probeFont: Uint8Array): EmbeddedFontClass {
  if (!embeddedFontClass) {
    const probe = new PdfKit({ autoFirstPage: false });
    probe.font(probeFont);
    embeddedFontClass = Object.getPrototypeOf(probe._font).constructor as EmbeddedFontClass;
  }
  return embeddedFontClass;
}
