/**
 * Thai text helpers for the PDF renderer: word and cluster segmentation, and where a line may break.
 *
 * pdfmake breaks lines with the Unicode line-breaking algorithm (UAX #14, the `linebreak` package), which never
 * breaks inside a run of Thai letters: Thai writes no spaces between words, so a Thai phrase would overflow its line
 * or table cell (FORMAT.md, "PDF for Thai"). pdfmake does break after U+200B ZERO WIDTH SPACE, so the renderer marks
 * every permitted break with one; the fonts (engine/patches/thai-font-layout.ts) lay the mark out as nothing, with no width.
 */

import { segmentsOf } from '../../thai/segments.js';
import { createThaiWordBreaker, type ThaiDictionary, type ThaiWordBreaker } from '../../thai/words.js';
import { BoundedCache } from '../../bounded-cache.js';

/** The break mark pdfmake's line breaker honours. Removed again before any glyph is laid out (engine/patches/thai-font-layout.ts). */
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

/** Where a line may break inside a text, as {@link thaiBreaks} finds them. */
export interface TextBreaks {
  /** Where a line may break although UAX #14 forbids it: between Thai words, and between Thai and other words. */
  readonly breaks: readonly number[];
  /** Breaks inside dictionary words (หน่วย|งาน): only for a word wider than its line. */
  readonly inWord: readonly number[];
}

/**
 * Offsets inside `text` (UTF-16 units) where a line may break although UAX #14 forbids it: between two Thai words by
 * the dictionary and the document's words (`words`, src/thai/words.ts), and between a Thai word and a Latin word or
 * a number written against it, where ICU's segments say two words meet. Breaks next to punctuation or spaces are left
 * to the Unicode algorithm, so "(๐๔๒)" or "ต่าง ๆ" keep their usual behaviour.
 */
export function thaiBreakOffsets(text: string, words: ThaiWordBreaker): readonly number[] {
  return thaiBreaks(text, words).breaks;
}

/** {@link thaiBreakOffsets}, with the second-choice breaks inside dictionary words. */
export function thaiBreaks(text: string, words: ThaiWordBreaker): TextBreaks {
  let cache = breakCaches.get(words);
  if (!cache) breakCaches.set(words, (cache = new BoundedCache(4_000)));
  return cache.getOrSet(text, () => segmentBreaks(text, words));
}

function segmentBreaks(text: string, words: ThaiWordBreaker): TextBreaks {
  const { breaks, inWord } = words.opportunities(text);
  const mixed = mixedBreaks(text);
  if (mixed.length === 0) return { breaks, inWord };
  return { breaks: [...new Set([...breaks, ...mixed])].sort((a, b) => a - b), inWord };
}

/** Thai code points that are not letters: Thai digits and ฿ (the dictionary's words are letters only). */
const isThaiLetter = (code: number) => (code >= 0x0e01 && code <= 0x0e3a) || (code >= 0x0e40 && code <= 0x0e4e);
/** A letter, digit or mark: ASCII and Thai by their codes, anything else by its Unicode category. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0x0e00 && c <= 0x0e7f) return c !== 0x0e3f && c !== 0x0e4f && c !== 0x0e5a && c !== 0x0e5b;
  return /[\p{L}\p{N}\p{M}]/u.test(text[i]!);
}

/**
 * Breaks where a Thai word meets a word of another kind with no space between (a Latin word, a number, Thai digits
 * after Thai letters): where ICU's word segments, read around that place only, start a new word-like segment.
 */
function mixedBreaks(text: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const a = text.charCodeAt(i - 1);
    const b = text.charCodeAt(i);
    const thaiA = isThaiCodePoint(a);
    const thaiB = isThaiCodePoint(b);
    if (!thaiA && !thaiB) continue;
    if (thaiA && thaiB && isThaiLetter(a) === isThaiLetter(b)) continue;
    if (!isWordChar(text, i - 1) || !isWordChar(text, i)) continue;
    // The words around i: from the last space before it to the first space after it, at most 64 units each side.
    let from = i - 1;
    while (from > 0 && i - from < 64 && !isSpace(text.charCodeAt(from - 1))) from--;
    let to = i + 1;
    while (to < text.length && to - i < 64 && !isSpace(text.charCodeAt(to))) to++;
    let previous: Intl.SegmentData | undefined;
    for (const segment of WORDS.segment(text.slice(from, to))) {
      if (segment.index + from === i) {
        if (previous?.isWordLike && segment.isWordLike) out.push(i);
        break;
      }
      previous = segment;
    }
  }
  return out;
}

/**
 * Break offsets of texts already segmented, per word breaker: the documents of a batch repeat most of their text (the
 * framework's questions, a province's shared measures), and word segmentation is the costliest step of setting it.
 */
const breakCaches = new WeakMap<ThaiWordBreaker, BoundedCache<string, TextBreaks>>();

const breakers = new WeakMap<ThaiDictionary, Map<string, ThaiWordBreaker>>();

/**
 * The word breaker of a dictionary and a document's own words, the same object for the same words, so that the
 * break offsets found for one document serve the next (a batch's agencies usually add no words, or the same ones).
 */
export function wordBreakerFor(dictionary: ThaiDictionary, words: readonly string[] = []): ThaiWordBreaker {
  let byWords = breakers.get(dictionary);
  if (!byWords) breakers.set(dictionary, (byWords = new Map()));
  const key = [...words].sort().join('\n');
  let breaker = byWords.get(key);
  if (!breaker) {
    breaker = createThaiWordBreaker(dictionary, words);
    // A few word lists at a time: a batch whose every agency adds its own words keeps only the latest.
    if (byWords.size >= 16) byWords.delete(byWords.keys().next().value!);
    byWords.set(key, breaker);
  }
  return breaker;
}

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
