/**
 * The fonts the PDF renderer embeds, read and parsed once per process and shared by every document.
 *
 * By default the bundled Sarabun (fonts/, SIL OFL 1.1) — Google's full-coverage build of the TH Sarabun design.
 * An agency may give a folder of its own four TrueType files instead (e.g. THSarabunNew.ttf, THSarabunNew Bold.ttf,
 * THSarabunNew Italic.ttf, THSarabunNew BoldItalic.ttf); the styles are told apart by file name.
 */
import { TH_SARABUN_LINE_SPACING } from '../../document/typography.js';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Font } from 'fontkit';
import { prepareFont } from './thai-font.js';

/** A font style as pdfmake names it. */
export type FontStyle = 'normal' | 'bold' | 'italics' | 'bolditalics';

/** The four styles, in the order messages list them. */
export const FONT_STYLES: readonly FontStyle[] = ['normal', 'bold', 'italics', 'bolditalics'];

/** The family name the definitions use for the body font, whatever its files are. */
export const BODY_FAMILY = 'Body';

/**
 * How much smaller TH SarabunPSK draws than Sarabun at the same point size. Thai fonts of the TH Sarabun generation
 * keep their letters small within the em (room for stacked marks); Google's Sarabun does not. FORMAT.md compares
 * Sarabun with Laksaman (ก 576 vs 580 units), but Laksaman is TH SarabunPSK's TLWG twin at 1.5 times its size —
 * fonts-tlwg-laksaman scales it by 0.66 to stand in for "TH Sarabun…". The seeds agree: a full 16 cm line of the
 * TH SarabunPSK 16 pt original in seed 000 ("มาตรฐาน มีความโปร่งใส ปฏิบัติงานหรือ…เคร่งครัด และ") is 682 pt long
 * in Sarabun 16 pt, 453.5 / 682 = 0.665. So a document's 16 pt is set as Sarabun 10.56 pt.
 */
export const TH_SARABUN_SIZE_SCALE = 0.66;


export { TH_SARABUN_LINE_SPACING };

/** A font folder that cannot serve: unreadable, or a style missing or given twice. A user error, not a bug. */
export class FontFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FontFolderError';
  }
}

/** Fonts and text metrics shared by every PDF rendered in this process. */
export interface PdfResources {
  /** The parsed fonts by style, with the Thai layout adaptations of thai-font.ts. */
  readonly fonts: Readonly<Record<FontStyle, Font>>;
  /** The font's own family name, e.g. "Sarabun". */
  readonly fontName: string;
  /**
   * The embedded font's size for one point of the document's size: documents are sized in TH SarabunPSK points
   * (16 pt body), and the bundled Sarabun draws larger ({@link TH_SARABUN_SIZE_SCALE}).
   */
  readonly sizeScale: number;
  /** Distance between baselines of single-spaced lines, as a multiple of the document's font size. */
  readonly lineSpacing: number;
  /**
   * pdfmake's `lineHeight` factor that gives `lineSpacing`: pdfmake multiplies the font's ascent + descent at the
   * embedded size by it.
   */
  readonly lineHeightFactor: number;
  /** The embedded font size for a document size, as the definition writes it. */
  fontSize(size: number): number;
  /** Width in points of `text` in `style` at document size `size`, exactly as pdfkit will measure it. */
  measure(text: string, style: FontStyle, size: number): number;
  /** The widest glyph advance in `style` at document size `size`: text of n UTF-16 units is at most n times this. */
  maxAdvance(style: FontStyle, size: number): number;
}

/** Options of {@link loadPdfResources}. */
export interface PdfResourceOptions {
  /**
   * A folder holding the four styles of one family as .ttf/.otf files, told apart by name: "Bold", "Italic" (or
   * "Oblique") and "BoldItalic"; the regular one has none of these. Default: the bundled Sarabun in fonts/.
   */
  fontDir?: string;
  /**
   * Line spacing as a multiple of the document's font size. Default: Word's single spacing — for the bundled
   * Sarabun that of TH SarabunPSK ({@link TH_SARABUN_LINE_SPACING}); for a given font its own Windows ascent plus
   * descent.
   */
  lineSpacing?: number;
  /**
   * Embedded size per point of document size. Default: {@link TH_SARABUN_SIZE_SCALE} for the bundled Sarabun, 1 for
   * a given font (an agency's TH Sarabun files are the real thing).
   */
  sizeScale?: number;
}

/** The bundled fonts: fonts/ at the package root (three levels above src/render/pdf or dist/render/pdf). */
export const BUNDLED_FONT_DIR = fileURLToPath(new URL('../../../fonts/', import.meta.url));

const BUNDLED_FILES: Record<FontStyle, string> = {
  normal: 'Sarabun-Regular.ttf',
  bold: 'Sarabun-Bold.ttf',
  italics: 'Sarabun-Italic.ttf',
  bolditalics: 'Sarabun-BoldItalic.ttf',
};

const cache = new Map<string, PdfResources>();

/**
 * Returns the PDF fonts, reading and parsing them on the first call for a given folder and spacing and returning
 * the same object afterwards — a batch of thousands of documents parses each font once.
 * Throws an Error naming the folder and the missing style when a style has no file, or the files when one style
 * has several.
 */
export function loadPdfResources(options: PdfResourceOptions = {}): PdfResources {
  const dir = options.fontDir === undefined ? undefined : resolve(options.fontDir);
  const key = `${dir ?? ''}\u0000${options.lineSpacing ?? ''}\u0000${options.sizeScale ?? ''}`;
  let resources = cache.get(key);
  if (!resources) {
    const files = dir === undefined ? bundledFiles() : findFontFiles(dir);
    resources = createResources(files, dir === undefined, options);
    cache.set(key, resources);
  }
  return resources;
}

function bundledFiles(): Record<FontStyle, string> {
  const out = {} as Record<FontStyle, string>;
  for (const style of FONT_STYLES) out[style] = join(BUNDLED_FONT_DIR, BUNDLED_FILES[style]);
  return out;
}

function createResources(files: Record<FontStyle, string>, bundled: boolean, options: PdfResourceOptions): PdfResources {
  const fonts = {} as Record<FontStyle, Font>;
  for (const style of FONT_STYLES) fonts[style] = prepareFont(readFileSync(files[style]), files[style]);
  const normal = fonts.normal;
  const os2 = normal['OS/2'];
  const sizeScale = options.sizeScale ?? (bundled ? TH_SARABUN_SIZE_SCALE : 1);
  const lineSpacing =
    options.lineSpacing ?? (bundled ? TH_SARABUN_LINE_SPACING : (os2.winAscent + os2.winDescent) / normal.unitsPerEm);
  // pdfkit's line height is ascent - descent of the hhea table (EmbeddedFont.lineHeight), at the embedded size.
  const fontLineHeight = (normal.ascent - normal.descent) / normal.unitsPerEm;
  const fontSize = (size: number) => Math.round(size * sizeScale * 1000) / 1000;
  const widthCache: Record<FontStyle, Map<string, number>> = {
    normal: new Map(),
    bold: new Map(),
    italics: new Map(),
    bolditalics: new Map(),
  };
  return {
    fonts,
    fontName: normal.familyName,
    sizeScale,
    lineSpacing,
    lineHeightFactor: lineSpacing / (fontLineHeight * sizeScale),
    fontSize,
    measure(text, style, size) {
      // Words recur across lines and documents ("การ", "ของหน่วยงาน"): shaping is the costly part of measuring, so
      // widths are kept per font style in units per em, in a map cleared when it grows too large.
      const font = fonts[style];
      const cache = widthCache[style];
      let units = cache.get(text);
      if (units === undefined) {
        units = font.layout(text).advanceWidth;
        if (cache.size >= WIDTH_CACHE_LIMIT) cache.clear();
        cache.set(text, units);
      }
      return (units * fontSize(size)) / font.unitsPerEm;
    },
    maxAdvance(style, size) {
      const font = fonts[style];
      return (font.hhea.advanceWidthMax * fontSize(size)) / font.unitsPerEm;
    },
  };
}

/** Widths kept per font style before the cache starts again (a few MB at most). */
const WIDTH_CACHE_LIMIT = 50_000;

const OTHER_WEIGHTS = /thin|hairline|light|book|medium|semi|demi|extra|ultra|black|heavy|condensed|narrow/u;

/**
 * Finds the four styles of one family in `dir` by file name. Files of other weights (Light, Medium, SemiBold…)
 * are ignored, so a folder holding a whole family works too.
 */
export function findFontFiles(dir: string): Record<FontStyle, string> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.(ttf|otf)$/iu.test(n));
  } catch (error) {
    throw new FontFolderError(`อ่านโฟลเดอร์ฟอนต์ ${dir} ไม่ได้ / font folder ${dir} cannot be read: ${(error as Error).message}`);
  }
  const found: Record<FontStyle, string[]> = { normal: [], bold: [], italics: [], bolditalics: [] };
  for (const name of names) {
    const style = styleOfFileName(name);
    if (style) found[style].push(name);
  }
  const out = {} as Record<FontStyle, string>;
  const problems: string[] = [];
  for (const style of FONT_STYLES) {
    const candidates = found[style];
    if (candidates.length === 1) out[style] = join(dir, candidates[0]!);
    else if (candidates.length === 0) problems.push(`no ${STYLE_LABEL[style]} font`);
    else problems.push(`several ${STYLE_LABEL[style]} fonts (${candidates.sort().join(', ')})`);
  }
  if (problems.length > 0) {
    throw new FontFolderError(
      `font folder ${dir}: ${problems.join('; ')}. It needs one .ttf/.otf file per style, named like ` +
        `"THSarabunNew.ttf", "THSarabunNew Bold.ttf", "THSarabunNew Italic.ttf", "THSarabunNew BoldItalic.ttf" ` +
        `(found: ${names.sort().join(', ') || 'no font files'})`,
    );
  }
  return out;
}

const STYLE_LABEL: Record<FontStyle, string> = {
  normal: 'regular',
  bold: 'bold',
  italics: 'italic',
  bolditalics: 'bold italic',
};

/** The style a font file name says, or undefined for other weights. */
export function styleOfFileName(name: string): FontStyle | undefined {
  const stem = basename(name, extname(name))
    .toLowerCase()
    .replace(/[\s_-]+/gu, '');
  const bold = stem.includes('bold');
  const italic = stem.includes('italic') || stem.includes('oblique');
  const withoutStyles = stem.replace(/bold|italic|oblique|regular|normal/gu, '');
  if (OTHER_WEIGHTS.test(withoutStyles)) return undefined;
  if (bold && italic) return 'bolditalics';
  if (bold) return 'bold';
  if (italic) return 'italics';
  return 'normal';
}
