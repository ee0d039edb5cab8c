/**
 * Inline nodes → pdfmake text runs, with Thai break marks and the long-word fallback: one handler per inline node
 * type. Thai distributed justification is drawn by the engine's line writer, which spreads a justified line's slack
 * between letter clusters.
 */
import type { InlineNode, InlineType, TextNode } from '../../document/nodes.js';
import type { FontStyle } from '../../resources/resources.js';
import type { ThaiWordBreaker } from '../../thai/words.js';
import { BoundedCache } from '../../bounded-cache.js';
import type { PdfTextRun } from './pdf-definition.js';
import type { PdfFonts } from './pdf-fonts.js';
import { BREAK_MARK, clusterOffsets, isSpace, thaiBreaks, wordStarts } from './thai-text.js';

/** How a piece of inline content is set. */
export interface RunOptions {
  fonts: PdfFonts;
  /** Size of runs that set none. */
  size: number;
  /** Makes every run bold (headings, header cells). */
  bold?: boolean;
  /** Width of the narrowest line the text is set on; a word wider than this may break between clusters. */
  maxLineWidth: number;
  /** Where lines may break between Thai words: the dictionary and the document's own words. */
  words: ThaiWordBreaker;
}

interface Piece {
  text: string;
  style: Omit<TextNode, 'type' | 'value'>;
}

const runCaches = new WeakMap<PdfFonts, BoundedCache<string, PdfTextRun[]>>();

/**
 * Converts inline nodes (no tabs: see tab-stops.ts) to text runs. Returns [] for no text. Each call gets its own
 * array and run objects; runs already worked out for the same text and options (the documents of a batch repeat
 * most of their text) are copied from a cache instead of segmenting and measuring the text again.
 */
export function textRuns(children: InlineNode[], options: RunOptions): PdfTextRun[] {
  let cache = runCaches.get(options.fonts);
  if (!cache) runCaches.set(options.fonts, (cache = new BoundedCache(2_000)));
  const key = JSON.stringify([children, options.size, options.bold ?? false, options.maxLineWidth, options.words.key]);
  return cache.getOrSet(key, () => computeTextRuns(children, options)).map((r) => ({ ...r }));
}

function computeTextRuns(children: InlineNode[], options: RunOptions): PdfTextRun[] {
  const pieces = toPieces(children);
  const full = pieces.map((p) => p.text).join('');
  if (!full) return [];
  const found = thaiBreaks(full, options.words);
  const breaks = new Set(found.breaks);
  addBreaksInLongWords(full, pieces, breaks, found.inWord, options);
  const sortedCuts = [...breaks].sort((a, b) => a - b);
  const runs: PdfTextRun[] = [];
  let start = 0;
  let cutIndex = 0;
  const mark = (offset: number) => (breaks.has(offset) ? BREAK_MARK : '');
  for (const piece of pieces) {
    const end = start + piece.text.length;
    while (cutIndex < sortedCuts.length && sortedCuts[cutIndex]! <= start) cutIndex++;
    let from = start;
    while (cutIndex < sortedCuts.length && sortedCuts[cutIndex]! < end) {
      const cut = sortedCuts[cutIndex++]!;
      runs.push(run(piece.text.slice(from - start, cut - start) + mark(cut), piece.style, options));
      from = cut;
    }
    // A break at the end of a piece (a style change between two words) goes after the piece's last run.
    runs.push(run(piece.text.slice(from - start) + (sortedCuts[cutIndex] === end ? mark(end) : ''), piece.style, options));
    start = end;
  }
  return mergeRuns(runs);
}

/**
 * Joins neighbouring runs of one style: pdfmake finds the break marks inside a run itself, and every run object
 * costs it a style lookup while measuring, so fewer runs lay out faster.
 */
function mergeRuns(runs: PdfTextRun[]): PdfTextRun[] {
  const out: PdfTextRun[] = [];
  const sameStyle = (a: PdfTextRun, b: PdfTextRun) =>
    a.bold === b.bold && a.italics === b.italics && a.fontSize === b.fontSize && a.color === b.color &&
    a.decoration === b.decoration && a.decorationStyle === b.decorationStyle;
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && sameStyle(last, r)) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

/**
 * No-break spaces where Thai typesetting never breaks a line:
 * - before ๆ (mai yamok), which repeats the word before it and never starts a line ("อื่น ๆ");
 * - before a dotted abbreviation ("พ.ศ.", "พ.ร.บ.", "ป.ป.ช."), which stays with the word it qualifies;
 * - between "พ.ศ." / "ค.ศ." and the year;
 * - after the hyphen of a hyphenated word ("E-Service"): extraction drops a hyphen that ends a line.
 * These are also junctions that ICU's dictionary misreads as a cut word once the space is dropped, as pdftotext -raw
 * does at line ends ("งบประมาณ|พ.ศ.").
 */
export function keepThaiUnitsTogether(text: string): string {
  return text
    .replace(/ (?=ๆ)/g, '\u00a0')
    .replace(/ (?=[\u0e01-\u0e2e]\.(?:[\u0e01-\u0e2e]\.)+)/g, '\u00a0')
    .replace(/([พค]\.ศ\.) (?=[0-9\u0e50-\u0e59])/g, '$1\u00a0')
    .replace(/(?<=[A-Za-z0-9])-(?=[A-Za-z])/g, '-\u2060');
}

type InlineHandler<T extends InlineType> = (node: Extract<InlineNode, { type: T }>, previousStyle: Piece['style']) => Piece;

/**
 * The handlers, by inline type: each inline node becomes a piece of text with its style. A new inline type fails to
 * compile until it is handled here. (Tabs are laid out by tab-stops.ts; one reaching here is a paragraph's only
 * kind of tab-less spacing and reads as a space.)
 */
export const inlineHandlers = {
  text: (node) => {
    const { type: _type, value, ...style } = node;
    return { text: keepThaiUnitsTogether(value), style };
  },
  // pdfmake ends a line at "\n" inside a text (TextBreaker: lineEnd).
  break: (_node, previousStyle) => ({ text: '\n', style: previousStyle }),
  tab: (_node, previousStyle) => ({ text: ' ', style: previousStyle }),
} satisfies { [T in InlineType]: InlineHandler<T> };

function toPieces(children: InlineNode[]): Piece[] {
  const pieces: Piece[] = [];
  let last: Piece['style'] = {};
  for (const child of children) {
    const piece = (inlineHandlers[child.type] as InlineHandler<InlineType>)(child as never, last);
    if (piece.text) pieces.push(piece);
    if (child.type === 'text') last = piece.style;
  }
  return pieces;
}

function run(text: string, style: Piece['style'], options: RunOptions): PdfTextRun {
  const out: PdfTextRun = { text };
  if (style.bold || options.bold) out.bold = true;
  if (style.italic) out.italics = true;
  if (style.size !== undefined) out.fontSize = options.fonts.fontSize(style.size);
  if (style.color) out.color = `#${style.color}`;
  if (style.underline || style.dotted) out.decoration = 'underline';
  if (style.dotted) out.decorationStyle = 'dotted';
  return out;
}

/** The font style of a run. */
export function fontStyleOf(bold: boolean | undefined, italic: boolean | undefined): FontStyle {
  if (bold && italic) return 'bolditalics';
  if (bold) return 'bold';
  if (italic) return 'italics';
  return 'normal';
}

/**
 * Text between two break opportunities that is wider than the narrowest line would overflow its table cell
 * (pdfmake would cut it between any two characters, even between a letter and its tone mark). A word is split only
 * where nothing else fits, in three steps, each only for what the step before left too wide:
 * 1. before each word inside it that follows punctuation ("ข้อบกพร่อง/|จุดอ่อน", "มาตรการ/|โครงการ/|กิจกรรม");
 * 2. inside a dictionary word where ICU would have split it (ผู้|มี|ส่วน|ได้|ส่วน|เสีย);
 * 3. at a cluster boundary — the last resort FORMAT.md allows — into pieces each as wide as a line, so that, as in
 *    Word, it starts on a line of its own and breaks where that line is full ("ประชาสัมพั|นธ์", not "ป|ระชาสัมพันธ์").
 */
function addBreaksInLongWords(
  full: string,
  pieces: Piece[],
  breaks: Set<number>,
  inWord: readonly number[],
  options: RunOptions,
): void {
  const width = (from: number, to: number) => {
    const style = styleAt(pieces, from);
    const size = style.size ?? options.size;
    const fontStyle = fontStyleOf(style.bold || options.bold, style.italic);
    return options.fonts.measure(full.slice(from, to).trimEnd(), fontStyle, size);
  };
  const tooWide = (from: number, to: number) => {
    if (to - from < 2) return false;
    // No glyph is wider than the font's widest advance: most words are ruled out without shaping them.
    const style = styleAt(pieces, from);
    const bound = (to - from) * options.fonts.maxAdvance(fontStyleOf(style.bold || options.bold, style.italic), style.size ?? options.size);
    return bound > options.maxLineWidth && width(from, to) > options.maxLineWidth;
  };
  const spans = (offsets: Iterable<number>, from: number, to: number) => {
    const sorted = [...new Set([from, ...offsets, to])].filter((o) => o >= from && o <= to).sort((a, b) => a - b);
    return sorted.slice(0, -1).map((start, i) => [start, sorted[i + 1]!] as const);
  };
  const bounds = [...breaks];
  for (let i = 0; i < full.length; i++) if (isSpace(full.charCodeAt(i))) bounds.push(i + 1);
  const insideWords = new Set(inWord);
  const sortedInWord = [...inWord].sort((a, b) => a - b);
  for (const [from, to] of spans(bounds, 0, full.length)) {
    if (!tooWide(from, to)) continue;
    const starts = wordStarts(full.slice(from, to))
      .map((o) => from + o)
      .filter((o) => !insideWords.has(o));
    for (const offset of starts) breaks.add(offset);
    const wordBounds = [...starts];
    for (const [wordFrom, wordTo] of spans(starts, from, to)) {
      if (!tooWide(wordFrom, wordTo)) continue;
      const parts = between(sortedInWord, wordFrom, wordTo);
      for (const offset of parts) breaks.add(offset);
      wordBounds.push(...parts);
    }
    for (const [wordFrom, wordTo] of spans(wordBounds, from, to)) {
      if (!tooWide(wordFrom, wordTo)) continue;
      // Each line takes the most clusters that fit (at least one). Measuring ever longer slices cluster by cluster
      // was quadratic in the clusters of a line, and a line of zero-width letters never filled (issue 12). The
      // clusters' own widths, summed, come within kerning of a line's width: the last cluster is found from the sums
      // and then confirmed by measuring the line itself, a few times per line.
      const ends = [...clusterOffsets(full.slice(wordFrom, wordTo)), wordTo - wordFrom].map((offset) => wordFrom + offset);
      const sums: number[] = [];
      let sum = 0;
      for (let k = 0; k < ends.length; k++) sums.push((sum += width(k === 0 ? wordFrom : ends[k - 1]!, ends[k]!)));
      let lineStart = wordFrom;
      let before = 0;
      for (let first = 0; first < ends.length; ) {
        const fits = (k: number) => width(lineStart, ends[k]!) <= options.maxLineWidth;
        let last = first;
        while (last + 1 < ends.length && sums[last + 1]! - before <= options.maxLineWidth) last++;
        while (last + 1 < ends.length && fits(last + 1)) last++;
        while (last > first && !fits(last)) last--;
        if (last + 1 < ends.length) breaks.add(ends[last]!);
        lineStart = ends[last]!;
        before = sums[last]!;
        first = last + 1;
      }
    }
  }
}

/** The offsets of sorted `offsets` strictly between `from` and `to`, found by binary search (linear work overall). */
function between(offsets: readonly number[], from: number, to: number): number[] {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < offsets.length && offsets[i]! < to; i++) out.push(offsets[i]!);
  return out;
}

function styleAt(pieces: Piece[], offset: number): Piece['style'] {
  let start = 0;
  for (const piece of pieces) {
    if (offset < start + piece.text.length) return piece.style;
    start += piece.text.length;
  }
  return pieces.at(-1)?.style ?? {};
}
