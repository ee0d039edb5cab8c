/**
 * Tabs, approximated with columns: pdfmake has no tab stops. The text between two tabs becomes a column that starts
 * where Word would place it — at the first stop right of the text before the tab (left stop: text starts there;
 * right stop: text ends there; centre stop: text is centred on it), else at the next default stop every 1.27 cm —
 * and the last piece fills the rest of the line. A dotted tab draws its leader as the memo's field lines do
 * (จุดไข่ปลา under and after the value, to the margin; FORMAT.md).
 */
import type { InlineNode, TabNode, TabStop, TextNode } from '../../document/nodes.js';
import type { ThaiWordBreaker } from '../../thai/words.js';
import { fontStyleOf, textRuns, type RunOptions } from './inline-text.js';
import type { PdfColumn, PdfColumns, PdfTextRun } from './pdf-definition.js';
import { thaiBreakOffsets } from './thai-text.js';

/** Word's default tab stops: every 0.5 inch. */
export const DEFAULT_TAB_STOP = 36;

/** Where a paragraph with tabs sits. */
export interface TabFormat {
  /** Tab stops from the container's left edge. */
  tabs: TabStop[];
  /** Left indent and first-line indent in points. */
  indent: number;
  firstLine: number;
  /** The container's width. */
  width: number;
}

/** True when a paragraph's inline content holds a tab. */
export function hasTabs(children: InlineNode[]): boolean {
  return children.some((c) => c.type === 'tab');
}

type TextOptions = Omit<RunOptions, 'maxLineWidth'>;

/** Lays out inline content with tabs as a row of columns starting at `format.indent`. */
export function tabColumns(children: InlineNode[], format: TabFormat, options: TextOptions): PdfColumns {
  const segments: InlineNode[][] = [[]];
  const tabs: TabNode[] = [];
  for (const child of children) {
    if (child.type === 'tab') {
      tabs.push(child);
      segments.push([]);
    } else {
      segments.at(-1)!.push(child);
    }
  }
  const stops = [...format.tabs].sort((a, b) => a.position - b.position);
  const textStart = format.indent + format.firstLine;
  // The indent is an empty column rather than a margin (pdfmake loses margins around columns at page breaks).
  const columns: PdfColumn[] = format.indent > 0 ? [{ width: round(format.indent), text: '' }] : [];
  let columnStart = format.indent;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (i === segments.length - 1) {
      if (segment.length > 0 || i === 0) {
        const runs = textRuns(segment, { ...options, maxLineWidth: Math.max(1, format.width - columnStart) });
        columns.push({ width: '*', text: runs.length > 0 ? runs : '' });
      }
      break;
    }
    const textEnd =
      i === 0
        ? textStart + lastLineWidth(segment, format.width - textStart, format.width - format.indent, options)
        : columnStart + lineWidth(segment, options);
    const stop = nextStop(textEnd, stops);
    const following = lineWidth(segments[i + 1]!, options);
    const placed =
      stop.align === 'right'
        ? stop.position - following
        : stop.align === 'center'
          ? stop.position - following / 2
          : stop.position;
    const nextStart = Math.min(Math.max(placed, textEnd), format.width);
    const width = Math.max(1, nextStart - columnStart);
    const runs = textRuns(segment, { ...options, maxLineWidth: width });
    if (tabs[i]!.dotted) {
      const filler = fillerRun(nextStart - textEnd - 0.5, lastTextStyle(segment), options);
      if (filler) runs.push(filler);
    }
    const column: PdfColumn = { width: round(width), text: runs.length > 0 ? runs : '' };
    if (i === 0 && format.firstLine) column.leadingIndent = round(format.firstLine);
    columns.push(column);
    columnStart = nextStart;
  }
  return { columns, columnGap: 0 };
}

/** The first stop right of `x`: a given stop, else the next default (left) stop. */
function nextStop(x: number, stops: TabStop[]): TabStop {
  const epsilon = 0.01;
  const given = stops.find((s) => s.position > x + epsilon);
  if (given !== undefined) return given;
  return { position: (Math.floor((x + epsilon) / DEFAULT_TAB_STOP) + 1) * DEFAULT_TAB_STOP, align: 'left' };
}

/** The style of the text just before a tab, which its leader continues. */
function lastTextStyle(segment: InlineNode[]): Partial<TextNode> {
  return segment.findLast((n): n is TextNode => n.type === 'text') ?? {};
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * Spaces that draw only their underline, widened with character spacing to `width` exactly. Trailing spaces are
 * normally cut off by pdfmake, hence `preserveTrailingSpaces`.
 */
function fillerRun(width: number, style: Partial<TextNode>, options: TextOptions): PdfTextRun | undefined {
  const size = style.size ?? options.size;
  const space = options.fonts.measure(' ', fontStyleOf(style.bold || options.bold, style.italic), size);
  const count = Math.floor(width / space);
  if (count < 2) return undefined;
  const run: PdfTextRun = {
    text: ' '.repeat(count),
    decoration: 'underline',
    decorationStyle: 'dotted',
    preserveTrailingSpaces: true,
    characterSpacing: round((width - count * space) / (count - 1)),
  };
  if (style.size !== undefined) run.fontSize = options.fonts.fontSize(style.size);
  return run;
}

/**
 * Width of the last line of `segment` set in `width` points (the first line in `firstWidth`), breaking greedily at
 * spaces and Thai word boundaries as pdfmake will.
 */
function lastLineWidth(
  segment: InlineNode[],
  firstWidth: number,
  width: number,
  options: TextOptions,
): number {
  let line = 0;
  let lineLimit = firstWidth;
  for (const node of segment) {
    if (node.type === 'break') {
      line = 0;
      lineLimit = width;
      continue;
    }
    if (node.type !== 'text') continue;
    const style = fontStyleOf(node.bold || options.bold, node.italic);
    const size = node.size ?? options.size;
    for (const word of breakableWords(node.value, options.words)) {
      const w = options.fonts.measure(word, style, size);
      const visible = options.fonts.measure(word.trimEnd(), style, size);
      if (line > 0 && line + visible > lineLimit) {
        line = 0;
        lineLimit = width;
      }
      line += w;
    }
  }
  return line;
}

/** Width of `segment` set on one line. */
function lineWidth(segment: InlineNode[], options: TextOptions): number {
  let width = 0;
  for (const node of segment) {
    if (node.type === 'text') {
      const style = fontStyleOf(node.bold || options.bold, node.italic);
      width += options.fonts.measure(node.value, style, node.size ?? options.size);
    }
  }
  return width;
}

function breakableWords(text: string, breaker: ThaiWordBreaker): string[] {
  const cuts = new Set(thaiBreakOffsets(text, breaker));
  for (let i = 0; i < text.length; i++) if (text[i] === ' ' && text[i + 1] !== ' ') cuts.add(i + 1);
  const sorted = [...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  const words: string[] = [];
  let from = 0;
  for (const cut of sorted) {
    words.push(text.slice(from, cut));
    from = cut;
  }
  words.push(text.slice(from));
  return words;
}
