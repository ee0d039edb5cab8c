/**
 * Thai text helpers for the PDF renderer: word and cluster segmentation, and where a line may break.
 *
 * pdfmake breaks lines with the Unicode line-breaking algorithm (UAX #14, the `linebreak` package), which never
 * breaks inside a run of Thai letters: Thai writes no spaces between words, so a Thai phrase would overflow its line
 * or table cell (FORMAT.md, "PDF for Thai"). pdfmake does break after U+200B ZERO WIDTH SPACE, so the renderer marks
 * every permitted break with one; the fonts (thai-font.ts) lay the mark out as nothing, with no width.
 */

import { BoundedCache } from '../bounded-cache.js';

/** The break mark pdfmake's line breaker honours. Removed again before any glyph is laid out (thai-font.ts). */
export const BREAK_MARK = '\u200B';

const WORDS = new Intl.Segmenter('th', { granularity: 'word' });
/** Grapheme clusters: a Thai cluster is a base letter with its marks. */
export const CLUSTER_SEGMENTER = new Intl.Segmenter('th', { granularity: 'grapheme' });

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
  let previous: Intl.SegmentData | undefined;
  for (const segment of WORDS.segment(text)) {
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
  for (const cluster of CLUSTER_SEGMENTER.segment(text)) if (cluster.index > 0) offsets.push(cluster.index);
  return offsets;
}

/** Offsets inside `text` where a word-like segment starts after other text (not at 0, not after a space). */
export function wordStarts(text: string): number[] {
  const offsets: number[] = [];
  for (const segment of WORDS.segment(text)) {
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
