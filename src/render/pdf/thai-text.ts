/**
 * Thai text helpers for the PDF renderer: word and cluster segmentation, and where a line may break.
 *
 * pdfmake breaks lines with the Unicode line-breaking algorithm (UAX #14, the `linebreak` package), which never
 * breaks inside a run of Thai letters: Thai writes no spaces between words, so a Thai phrase would overflow its line
 * or table cell (FORMAT.md, "PDF for Thai"). pdfmake does break after U+200B ZERO WIDTH SPACE, so the renderer marks
 * every permitted break with one; the fonts (engine/patches/thai-font-layout.ts) lay the mark out as nothing, with no width.
 */

import { BoundedCache } from '../bounded-cache.js';

/** The break mark pdfmake's line breaker honours. Removed again before any glyph is laid out (engine/patches/thai-font-layout.ts). */
export const BREAK_MARK = '\u200B';

const WORDS = new Intl.Segmenter('th', { granularity: 'word' });
/** Grapheme clusters: a Thai cluster is a base letter with its marks. */
export const CLUSTER_SEGMENTER = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** One segment of a text, as `Intl.Segmenter` gives it. */
export interface TextSegment {
  segment: string;
  index: number;
  isWordLike?: boolean;
}

/** Texts up to this long are segmented in one go; longer ones in pieces (see {@link segmentsOf}). */
const WHOLE_SEGMENTATION_LIMIT = 10_000;
const SEGMENTATION_CHUNK = 2_000;
/** Segments ending this close to a piece's end may be cut short by it, and are found again in the next piece. */
const SEGMENTATION_MARGIN = 400;

/**
 * The segments of `text`, as `segmenter.segment(text)` gives them. V8's segment iterator takes longer for each step
 * the longer the text is (100,000 Thai letters took 16 s, issue 12), so a long text is segmented in pieces of about
 * {@link SEGMENTATION_CHUNK} units: each piece keeps the segments that end well before its end, and the next piece
 * starts at the first segment it did not keep. A segment longer than a piece (one letter with thousands of marks)
 * doubles the piece until it ends. Texts of ordinary length are segmented whole, exactly as before.
 */
export function* segmentsOf(segmenter: Intl.Segmenter, text: string): Generator<TextSegment> {
  if (text.length <= WHOLE_SEGMENTATION_LIMIT) {
    yield* segmenter.segment(text);
    return;
  }
  let start = 0;
  let size = SEGMENTATION_CHUNK;
  while (start < text.length) {
    const end = Math.min(text.length, start + size);
    const pieces = [...segmenter.segment(text.slice(start, end))];
    let keep = pieces.length;
    if (end < text.length) {
      const certainEnd = end - start - SEGMENTATION_MARGIN;
      keep = pieces.findIndex((p) => p.index + p.segment.length > certainEnd);
      if (keep <= 0) {
        size *= 2;
        continue;
      }
    }
    for (let i = 0; i < keep; i++) {
      const p = pieces[i]!;
      yield { segment: p.segment, index: start + p.index, isWordLike: p.isWordLike };
    }
    start = keep < pieces.length ? start + pieces[keep]!.index : end;
    size = SEGMENTATION_CHUNK;
  }
}

/** True for a code point of the Thai block (U+0E00–U+0E7F): letters, vowels, tone marks, Thai digits. */
export function isThaiCodePoint(cp: number | undefined): boolean {
  return cp !== undefined && cp >= 0x0e00 && cp <= 0x0e7f;
}

/** True for a space, tab or line feed: where a line may break without a break mark. */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09;
}

/** True when `text` holds a Thai character. */
export function hasThai(text: string): boolean {
  return /[\u0E00-\u0E7F]/u.test(text);
}

/**
 * Offsets inside `text` (UTF-16 units) where a line may break although UAX #14 forbids it: between two word-like
 * segments of `Intl.Segmenter('th')` of which at least one is Thai. Breaks next to punctuation or spaces are left to
 * the Unicode algorithm, so "(๐๔๒)" or "ต่าง ๆ" keep their usual behaviour.
 */
export function thaiBreakOffsets(text: string): readonly number[] {
  return breakCache.getOrSet(text, () => segmentBreaks(text));
}

function segmentBreaks(text: string): number[] {
  const offsets: number[] = [];
  let previous: TextSegment | undefined;
  for (const segment of segmentsOf(WORDS, text)) {
    if (
      previous?.isWordLike &&
      segment.isWordLike &&
      (isThaiCodePoint(lastCodePoint(previous.segment)) || isThaiCodePoint(segment.segment.codePointAt(0)))
    ) {
      offsets.push(segment.index);
    }
    previous = segment;
  }
  return offsets;
}

/**
 * Break offsets of texts already segmented: the documents of a batch repeat most of their text (the framework's
 * questions, a province's shared measures), and word segmentation is the costliest step of setting it.
 */
const breakCache = new BoundedCache<string, readonly number[]>(4_000);

/** Offsets of the grapheme clusters inside `text` (a Thai cluster is a base letter with its marks), without 0. */
export function clusterOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (const cluster of segmentsOf(CLUSTER_SEGMENTER, text)) if (cluster.index > 0) offsets.push(cluster.index);
  return offsets;
}

/** Offsets inside `text` where a word-like segment starts after other text (not at 0, not after a space). */
export function wordStarts(text: string): number[] {
  const offsets: number[] = [];
  for (const segment of segmentsOf(WORDS, text)) {
    if (segment.index > 0 && segment.isWordLike && !/\s/u.test(text[segment.index - 1]!)) offsets.push(segment.index);
  }
  return offsets;
}

function lastCodePoint(text: string): number | undefined {
  const last = text.at(-1);
  if (last === undefined) return undefined;
  const code = last.charCodeAt(0);
  // A trailing low surrogate belongs to an astral code point, which is never Thai.
  return code >= 0xdc00 && code <= 0xdfff ? 0x10000 : code;
}
