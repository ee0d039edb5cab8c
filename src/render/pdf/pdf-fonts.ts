/**
 * The fonts the PDF renderer embeds, with the metrics the handlers set text by, parsed once per font files object
 * (the resources read each folder once) and shared by every document.
 *
 * By default the bundled Sarabun (fonts/, SIL OFL 1.1) — Google's full-coverage build of the TH Sarabun design. An
 * agency may give a folder of its own four TrueType files instead (resources: `--font-dir`, `settings.fontDir`).
 */
import { TH_SARABUN_LINE_SPACING } from '../../document/typography.js';
import { ResourceError, type FontFiles, type FontStyle } from '../../resources/resources.js';
import { FontReadError, type EngineFonts, type PdfEngine } from './engine/index.js';

/**
 * How much smaller TH SarabunPSK draws than Sarabun at the same point size. Thai fonts of the TH Sarabun generation
 * keep their letters small within the em (room for stacked marks); Google's Sarabun does not. Laksaman is TH
 * SarabunPSK's TLWG twin at 1.5 times its size — fonts-tlwg-laksaman scales it by 0.66 to stand in for
 * "TH Sarabun…". The seeds agree: a full 16 cm line of the TH SarabunPSK 16 pt original in seed 000 ("มาตรฐาน
 * มีความโปร่งใส ปฏิบัติงานหรือ…เคร่งครัด และ") is 682 pt long in Sarabun 16 pt, 453.5 / 682 = 0.665. So a document's
 * 16 pt is set as Sarabun 10.56 pt.
 */
export const TH_SARABUN_SIZE_SCALE = 0.66;

/** Fonts and text metrics shared by every PDF rendered with one font family. */
export interface PdfFonts {
  /** The parsed fonts, as the engine draws them. */
  readonly engine: EngineFonts;
  /** The font's own family name, e.g. "Sarabun". */
  readonly fontName: string;
  /**
   * The embedded font's size for one point of the document's size: documents are sized in TH SarabunPSK points
   * (16 pt body), and the bundled Sarabun draws larger ({@link TH_SARABUN_SIZE_SCALE}).
   */
  readonly sizeScale: number;
  /** Distance between baselines of single-spaced lines, as a multiple of the document's font size. */
  readonly lineSpacing: number;
  /** pdfmake's `lineHeight` factor that gives `lineSpacing`: pdfmake multiplies the font's ascent + descent by it. */
  readonly lineHeightFactor: number;
  /** The embedded font size for a document size, as the definition writes it. */
  fontSize(size: number): number;
  /** Width in points of `text` in `style` at document size `size`, exactly as pdfkit will measure it. */
  measure(text: string, style: FontStyle, size: number): number;
  /** The widest glyph advance in `style` at document size `size`: text of n UTF-16 units is at most n times this. */
  maxAdvance(style: FontStyle, size: number): number;
}

/** Widths kept per font style before the cache starts again (a few MB at most). */
const WIDTH_CACHE_LIMIT = 50_000;

const cache = new WeakMap<FontFiles, PdfFonts>();

/**
 * The fonts and metrics of `files`, parsed by `engine` on first use and kept for the files object's life. The
 * bundled Sarabun is set at TH SarabunPSK's size and line spacing; an agency's own fonts at their own.
 * Throws ResourceError when a file is not a usable font.
 */
export function pdfFonts(engine: PdfEngine, files: FontFiles): PdfFonts {
  let fonts = cache.get(files);
  if (fonts) return fonts;
  let parsed: EngineFonts;
  try {
    parsed = engine.fonts(files);
  } catch (error) {
    if (error instanceof FontReadError) throw new ResourceError(error.message, files.dir ?? '');
    throw error;
  }
  const bundled = files.dir === undefined;
  const normal = parsed.parsed.normal;
  const os2 = normal['OS/2'];
  const sizeScale = bundled ? TH_SARABUN_SIZE_SCALE : 1;
  const lineSpacing = bundled ? TH_SARABUN_LINE_SPACING : (os2.winAscent + os2.winDescent) / normal.unitsPerEm;
  // pdfkit's line height is ascent - descent of the hhea table (EmbeddedFont.lineHeight), at the embedded size.
  const fontLineHeight = (normal.ascent - normal.descent) / normal.unitsPerEm;
  const fontSize = (size: number) => Math.round(size * sizeScale * 1000) / 1000;
  const widths: Record<FontStyle, Map<string, number>> = { normal: new Map(), bold: new Map(), italics: new Map(), bolditalics: new Map() };
  fonts = {
    engine: parsed,
    fontName: normal.familyName,
    sizeScale,
    lineSpacing,
    lineHeightFactor: lineSpacing / (fontLineHeight * sizeScale),
    fontSize,
    measure(text, style, size) {
      // Words recur across lines and documents ("การ", "ของหน่วยงาน"): shaping is the costly part of measuring, so
      // widths are kept per font style in units per em, in a map cleared when it grows too large.
      const font = parsed.parsed[style];
      const byText = widths[style];
      let units = byText.get(text);
      if (units === undefined) {
        units = font.layout(text).advanceWidth;
        if (byText.size >= WIDTH_CACHE_LIMIT) byText.clear();
        byText.set(text, units);
      }
      return (units * fontSize(size)) / font.unitsPerEm;
    },
    maxAdvance(style, size) {
      const font = parsed.parsed[style];
      return (font.hhea.advanceWidthMax * fontSize(size)) / font.unitsPerEm;
    },
  };
  cache.set(files, fonts);
  return fonts;
}
