/**
 * Override of fontkit 2.0.4's `Font.layout` (replaced on each font the engine parses, never on fontkit itself), and a
 * change to its glyph cache, so that pdfkit measures and draws Thai right. pdfkit (under pdfmake) measures and draws
 * every string through `font.layout(text)`; three Thai problems are fixed there, so measuring and drawing agree:
 * 1. Break marks (U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER; the handlers put them where a Thai line may or may not
 *    break) are removed before layout: they take no width and draw no glyph. Sarabun has no glyph for them, which
 *    otherwise measures as .notdef or a space and draws a box (FORMAT.md).
 * 2. fontkit picks ONE script per laid-out string from its first strong character, so a string that starts with
 *    Latin ("E-Serviceที่", "A วันที่") skips the Thai substitutions and positions — tone marks come out unraised.
 *    Each string is laid out in runs of one script (Thai or not) and the runs joined.
 * 3. fontkit attaches each mark by searching back over every mark before it for its base letter: one letter with
 *    99,999 tone marks took minutes. Runs hold at most 16 marks in a row (scriptRuns).
 * 4. fontkit caches glyph objects with the code points of their FIRST use, and pdfkit writes a glyph's ToUnicode entry
 *    from those. Sara aa (า) first met inside sara am (ำ, decomposed by the font into nikhahit + sara aa) would carry no
 *    code point, and every later า would vanish from copied text. Each glyph is looked up once by its own character
 *    when the font is loaded.
 * 4. A font that draws sara am as nikhahit + the glyph of า gives the nikhahit glyph — or a ligature of a tone mark
 *    with it, Sarabun's uni0E4D0E49 in น้ำ — the code point of ำ, and the า glyph its own: pdf.js and other viewers
 *    that read glyphs through ToUnicode (they ignore /ActualText) extracted น้ำ as "น้ำา", and a search for น้ำหนัก
 *    found nothing. Those glyphs are given the code point of nikhahit instead (ํ, U+0E4D), so that they read "น้ํา":
 *    the compatibility decomposition of น้ำ, equal to it under NFKC, which viewers' search applies.
 * Guarded by tests/render/pdf/engine/contract.test.ts and the end-to-end tests (mutool: no glyph 0; pdftotext: ที่, น้ำ).
 */
import type { Font, FontCollection, Glyph, GlyphPosition, GlyphRun } from 'fontkit';
import { isThaiCodePoint } from '../../thai-text.js';
import { fontkit } from '../pdfmake-modules.js';

/** Characters laid out as nothing: the break mark U+200B and the word joiner U+2060 (they have no glyph in Sarabun). */
export const INVISIBLE_MARKS = /[\u200B\u2060]/gu;

/** A font file that is not a usable single font. */
export class FontReadError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'FontReadError';
  }
}

/**
 * Parses font bytes and returns the fontkit font with the Thai layout installed. `source` names the file in
 * messages; throws {@link FontReadError} for a file that is not a font or is a collection.
 */
export function prepareFont(bytes: Uint8Array, source: string): Font {
  let parsed: Font | FontCollection;
  try {
    parsed = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw new FontReadError(`อ่านฟอนต์ไม่ได้ / cannot read font ${source}: ${(error as Error).message}`, { cause: error });
  }
  if (!('layout' in parsed)) throw new FontReadError(`ฟอนต์ ${source} เป็นชุดฟอนต์ / font ${source} is a font collection; give a single .ttf or .otf file`);
  const font = parsed;
  for (const cp of [...font.characterSet].sort((a, b) => a - b)) font.glyphForCodePoint(cp);
  const layout = font.layout.bind(font);
  // Sara am's glyphs are remapped on the font's first layout: a style no document uses (italics) costs nothing.
  let saraAmMapped = false;
  font.layout = (text, features, script, language, direction) => {
    if (!saraAmMapped) {
      saraAmMapped = true;
      mapDecomposedSaraAm(font, layout);
    }
    const clean = text.replace(INVISIBLE_MARKS, '');
    if (script !== undefined) return layout(clean, features, script, language, direction);
    const runs = scriptRuns(clean);
    if (runs.length <= 1) return layout(clean, features);
    const glyphs: Glyph[] = [];
    const positions: GlyphPosition[] = [];
    for (const run of runs) {
      const laidOut = layout(run, features);
      // One by one: spreading a run of 200,000 glyphs into push() overflows the call stack.
      for (const glyph of laidOut.glyphs) glyphs.push(glyph);
      for (const position of laidOut.positions) positions.push(position);
    }
    // pdfkit scales `positions` in place after layout and then reads `advanceWidth`, so it must be computed late.
    return {
      glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, p) => sum + p.xAdvance, 0);
      },
    } as unknown as GlyphRun;
  };
  return font;
}

/** A plain consonant, and one whose marks fonts move left (ป, as ฝ ฟ ฬ). */
const SARA_AM_BASES = ['ก', 'ป'];
/** Nothing, or a tone mark: what may stand between a consonant and sara am. */
const SARA_AM_MARKS = ['', '\u0e48', '\u0e49', '\u0e4a', '\u0e4b'];

/**
 * Gives every glyph that stands for the nikhahit part of a decomposed sara am (alone or in a ligature) the code point
 * of nikhahit instead of sara am's, when the font draws the rest of sara am with the glyph of า (point 4 above).
 */
function mapDecomposedSaraAm(font: Font, layout: Font['layout']): void {
  if (!font.hasGlyphForCodePoint(0x0e33) || !font.hasGlyphForCodePoint(0x0e32)) return;
  const saraAa = font.glyphForCodePoint(0x0e32).id;
  for (const base of SARA_AM_BASES) {
    for (const mark of SARA_AM_MARKS) {
      const { glyphs } = layout(`${base}${mark}\u0e33`);
      const last = glyphs.at(-1);
      if (glyphs.length < 2 || last?.id !== saraAa) continue;
      for (const glyph of glyphs.slice(0, -1)) {
        if (glyph.codePoints.includes(0x0e33)) glyph.codePoints = glyph.codePoints.map((cp) => (cp === 0x0e33 ? 0x0e4d : cp));
      }
    }
  }
}


/**
 * Marks stacked on one letter that are laid out together. fontkit attaches each mark by searching back over every
 * mark before it for the base letter, so one letter with 99,999 tone marks took minutes (issue 12); Thai never
 * stacks more than three. Marks beyond this many start a new run, drawn where the pen stands, over the same letter.
 */
const MAX_STACKED_MARKS = 16;

/**
 * Splits `text` into runs of one script: Thai, or anything else. Characters of no script (spaces, punctuation,
 * ASCII digits) stay with the run they follow, or the first run when they lead. A run never holds more than
 * {@link MAX_STACKED_MARKS} marks in a row.
 */
export function scriptRuns(text: string): string[] {
  const runs: string[] = [];
  let current = '';
  let currentThai: boolean | undefined;
  let marksInARow = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    const thai = isThaiCodePoint(cp);
    const strong = thai || /[\p{L}\p{M}]/u.test(ch);
    // Thai marks by range, other scripts' by their category; nothing below U+0300 is a mark (the common case).
    const mark =
      strong && cp! >= 0x0300 && (thai ? cp === 0x0e31 || (cp! >= 0x0e34 && cp! <= 0x0e3a) || (cp! >= 0x0e47 && cp! <= 0x0e4e) : /\p{M}/u.test(ch));
    marksInARow = mark ? marksInARow + 1 : 0;
    if (marksInARow > MAX_STACKED_MARKS && marksInARow % MAX_STACKED_MARKS === 1) {
      runs.push(current);
      current = ch;
      continue;
    }
    if (!strong || currentThai === undefined || thai === currentThai) {
      current += ch;
      if (strong) currentThai = thai;
      continue;
    }
    runs.push(current);
    current = ch;
    currentThai = thai;
  }
  if (current || runs.length === 0) runs.push(current);
  return runs;
}
