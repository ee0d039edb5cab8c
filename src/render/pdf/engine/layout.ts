/**
 * Layout with pdfmake's engine, in passes: the content is laid out again from a fresh copy while a pass finds a
 * keep-with-next block stranded at the foot of a page, a row kept whole that is taller than a page, a list item whose
 * first line alone ends a page, a group-heading row ending a page above a row that may run across pages, or a block
 * pinned to the foot of its page that is not yet there.
 * Within a pass, paragraphs keep at least two lines together at either side of a page break
 * (patches/line-keeping-paragraphs.ts), and a kept block near a page's foot is laid out ahead on a scratch page with
 * what it introduces, so that a stranded heading starts the next page without another pass
 * (patches/keep-with-next-in-pass.ts, {@link strandedOnScratchPage}).
 *
 * pdfmake's own re-layout (pageBreakBefore returning true) reuses the laid-out nodes, whose table cells keep positions
 * from the previous pass; and pdfmake silently drops an unbreakable block taller than a page, so such a row must be
 * let split. Every pass starts from the definition.
 */
import type { PdfContent, PdfDefinition, PdfTable } from '../pdf-definition.js';
import { bodyLines, firstTextOfPage, lineText } from './laid-out-text.js';
import { lineKeepingParagraphs, withLineKeeping, type LineKeeping } from './patches/line-keeping-paragraphs.js';
import { linearLineBuilding } from './patches/linear-line-building.js';
import { withPatches, type Patch } from './patches/patch.js';
import { keepWithNextInPass, withKeepProbe, type KeepProbe } from './patches/keep-with-next-in-pass.js';
import { withRowKeepingTables } from './patches/row-keeping-tables.js';
import {
  LayoutBuilderClass,
  SvgMeasureClass,
  builtInTableLayouts,
  type LaidOutLine,
  type LaidOutPage,
  type PdfmakeDocument,
} from './pdfmake-modules.js';

/**
 * Page furniture laid out from the finished pages, as pdfmake content (or null for none on that page): the page
 * number at the top, the continuation word at the foot, which needs the text of the next page's first line.
 */
export interface RunningContent {
  header?(page: number): object | null;
  footer?(page: number, pageCount: number, nextPageFirstLine: string | undefined): object | null;
}

/** What a layout pass found that the next pass must change. */
interface Adjustments {
  /** Keep-with-next blocks (by their number in document order) that start a new page. */
  keepBreaks: Set<number>;
  /** Keep-with-next blocks already dealt with (moved, or a paragraph that gave up its last lines). */
  kept: Set<number>;
  /** Rows ("table number:row") that must split after all: kept whole they did not fit on a page. */
  splitRows: Set<string>;
  /** Paragraphs (by flow number) and the line that starts a new page: a kept paragraph's last two lines. */
  lineBreaks: Map<number, number>;
  /** Blocks of columns (list items, by block number) that start a new page: their first line ended a page alone. */
  blockBreaks: Set<number>;
  /** Blocks pinned to the foot of their page (by number): the space above them, and whether they start a page. */
  feet: Map<number, { space: number; newPage: boolean }>;
  /** Rows ("table number:row") kept softly with the next row that ended a page: they start the next page. */
  rowBreaks: Set<string>;
}

/** What one layout pass found. */
interface Findings {
  /** The first keep-with-next block left at the foot of a page, by number. */
  stranded: number | undefined;
  /** Rows kept whole that ran over a page. */
  overflowing: string[];
  /** Blocks of columns whose paragraph's first line alone ended a page. */
  orphans: number[];
  /** Keep-with-next blocks already dealt with, which the pass does not report again. */
  kept: ReadonlySet<number>;
}

/** What prepareContent numbered: which keep-with-next block and which pinned block each paragraph belongs to. */
interface Numbering {
  keepOfFlow: Map<number, number>;
  flowOfKeep: Map<number, number>;
  footOfFlow: Map<number, number>;
}

/** Enough for any real document: each pass settles at least one block. */
const MAX_PASSES = 60;

/** Lays the definition out into pages, with `patches` installed during each pass. */
export function layOut(
  definition: PdfDefinition,
  running: RunningContent,
  doc: PdfmakeDocument,
  tableLayouts: Record<string, object>,
  patches: readonly Patch[],
): LaidOutPage[] {
  const adjustments: Adjustments = {
    keepBreaks: new Set(),
    kept: new Set(),
    splitRows: new Set(),
    lineBreaks: new Map(),
    blockBreaks: new Set(),
    feet: new Map(),
    rowBreaks: new Set(),
  };
  // Always, beside the speed-only ones: lines built in linear time (bounded time for any text), widow and orphan
  // control, and the look-ahead that keeps a heading with what follows within the pass.
  const allPatches = [...patches, linearLineBuilding, lineKeepingParagraphs, keepWithNextInPass];
  for (let pass = 1; ; pass++) {
    const found: Findings = { stranded: undefined, overflowing: [], orphans: [], kept: adjustments.kept };
    const { content, numbering, fresh, freshColumns } = prepareContent(definition.content, adjustments);
    const keeping = { breakBefore: adjustments.lineBreaks, orphan: (block: number) => found.orphans.push(block) };
    const probe: KeepProbe = {
      room: LOOK_AHEAD_ROOM,
      stranded: (index, y) => strandedOnScratchPage(content, fresh, index, y, definition, doc, tableLayouts, adjustments.lineBreaks),
      lineRoom: ORPHAN_ROOM,
      orphaned: (number, place) => orphanedOnScratchPage(freshColumns(number), number, place, definition, doc, tableLayouts, adjustments.lineBreaks),
    };
    const { pages, addRunning } = withPatches(allPatches, () =>
      withLineKeeping(keeping, () => withKeepProbe(probe, () => layOutOnce(content, definition, running, doc, tableLayouts, found))),
    );
    // Page furniture (page numbers, continuation words) is laid out once, on the final pass: it sits in the margins,
    // so no pass's findings depend on it, and it was a tenth of every pass.
    const done = () => {
      withPatches(allPatches, addRunning);
      return pages;
    };
    found.stranded ??= strandedOnPages(pages, numbering, adjustments.kept);
    const newRows = found.overflowing.filter((row) => !adjustments.splitRows.has(row));
    const orphan = found.orphans.find((b) => !adjustments.blockBreaks.has(b));
    const strandedRow = newRows.length === 0 ? strandedRowOnPages(pages, adjustments.rowBreaks) : undefined;
    if (pass === MAX_PASSES) return done();
    if (newRows.length > 0) {
      for (const row of newRows) adjustments.splitRows.add(row);
    } else if (found.stranded !== undefined) {
      // One change of the flow per pass, the first, and only once rows fit: it shifts everything after it.
      keepWithNext(pages, chainStart(pages, found.stranded, numbering, adjustments.kept), numbering, adjustments);
    } else if (orphan !== undefined) {
      adjustments.blockBreaks.add(orphan);
    } else if (strandedRow !== undefined) {
      adjustments.rowBreaks.add(strandedRow);
    } else if (!pinFeet(pages, numbering, adjustments.feet)) {
      return done();
    }
    // Pinned blocks are placed last, on the settled flow.
    if (newRows.length > 0 || found.stranded !== undefined || orphan !== undefined || strandedRow !== undefined) adjustments.feet.clear();
  }
}

/**
 * The first row kept softly with the next one whose next row starts on a later page than the row ends: the row's
 * text runs are tagged `itadocRowKeep`, the next row's `itadocRowNext` (prepareContent), and pdfmake copies run
 * properties onto every laid-out inline. Rows already moved are skipped.
 */
function strandedRowOnPages(pages: LaidOutPage[], moved: Set<string>): string | undefined {
  const lastPageOf = new Map<string, number>();
  const firstPageOfNext = new Map<string, number>();
  pages.forEach((page, p) => {
    for (const { type, item } of page.items) {
      if (type !== 'line') continue;
      for (const inline of (item as LaidOutLine).inlines as { itadocRowKeep?: string; itadocRowNext?: string }[]) {
        if (inline.itadocRowKeep !== undefined) lastPageOf.set(inline.itadocRowKeep, p);
        if (inline.itadocRowNext !== undefined && !firstPageOfNext.has(inline.itadocRowNext)) firstPageOfNext.set(inline.itadocRowNext, p);
      }
    }
  });
  for (const [row, page] of lastPageOf) {
    const next = firstPageOfNext.get(row);
    if (next !== undefined && next > page && !moved.has(row)) return row;
  }
  return undefined;
}

/** Tags every text run inside `node` (a cell's content) with `key: value`. */
function tagRuns(node: unknown, key: 'itadocRowKeep' | 'itadocRowNext', value: string): void {
  if (Array.isArray(node)) {
    for (const n of node) tagRuns(n, key, value);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const block = node as { text?: unknown; stack?: unknown; columns?: unknown };
  if (Array.isArray(block.text)) for (const run of block.text) if (run && typeof run === 'object') (run as Record<string, string>)[key] = value;
  tagRuns(block.stack, key, value);
  tagRuns(block.columns, key, value);
}

/** Laid-out lines of marked paragraphs, with their page: what the line-keeping patch tagged. */
interface FlowLine {
  page: number;
  line: LaidOutLine & { itadocFlow?: number; itadocLine?: number };
}

function flowLines(pages: LaidOutPage[], flow: (n: number) => boolean): FlowLine[] {
  const out: FlowLine[] = [];
  pages.forEach((page, p) => {
    for (const { type, item } of page.items) {
      const line = item as FlowLine['line'];
      if (type === 'line' && line.itadocFlow !== undefined && flow(line.itadocFlow)) out.push({ page: p, line });
    }
  });
  return out;
}

/**
 * Keeps a stranded keep-with-next block with the block after it, as Word does: a paragraph with at least four lines
 * on the page it ends gives its last two lines to the next page (the letter's last body paragraph goes with the
 * closing and the signature); a shorter one, or any other block, moves whole.
 */
function keepWithNext(pages: LaidOutPage[], keep: number, numbering: Numbering, adjustments: Adjustments): void {
  // Blocks after this one were moved on a flow that is about to change (a chain of kept blocks — body, closing,
  // signature — moves together): they are looked at afresh.
  for (const later of [...adjustments.kept]) {
    if (later <= keep) continue;
    adjustments.kept.delete(later);
    adjustments.keepBreaks.delete(later);
    const flow = numbering.flowOfKeep.get(later);
    if (flow !== undefined) adjustments.lineBreaks.delete(flow);
  }
  adjustments.kept.add(keep);
  const flow = numbering.flowOfKeep.get(keep);
  const lines = flow === undefined ? [] : flowLines(pages, (n) => n === flow);
  const lastPage = lines.at(-1)?.page;
  const onLast = lines.filter((l) => l.page === lastPage);
  const first = onLast[0]?.line.itadocLine ?? 0;
  if (flow !== undefined && onLast.length >= 4) adjustments.lineBreaks.set(flow, first + onLast.length - 2);
  else if (first === 0) adjustments.keepBreaks.add(keep);
}

/**
 * The first block of the chain of keep-with-next blocks that ends with the stranded block `keep`. A heading right
 * above a stranded bold lead-in is stranded in its turn once the lead-in moves on, which took a layout pass of its
 * own; moving the chain's first block takes the chain along in one pass. A block joins the chain when it is kept with
 * the next, not yet dealt with, and lies whole, in fewer than four lines (so that it moves whole: keepWithNext), on the
 * page where the next block starts, right above it with no body line between.
 */
function chainStart(pages: LaidOutPage[], keep: number, numbering: Numbering, kept: ReadonlySet<number>): number {
  let current = keep;
  for (;;) {
    const previous = current - 1;
    const previousFlow = numbering.flowOfKeep.get(previous);
    const currentFlow = numbering.flowOfKeep.get(current);
    if (kept.has(previous) || previousFlow === undefined || currentFlow === undefined) return current;
    const previousLines = flowLines(pages, (n) => n === previousFlow);
    const last = previousLines.at(-1);
    const first = flowLines(pages, (n) => n === currentFlow)[0];
    if (!last || !first || previousLines.length >= 4 || previousLines[0]!.page !== first.page || last.page !== first.page) return current;
    const between = bodyLines(pages[first.page]!).some((l) => l.y > last.line.y + 0.5 && l.y < first.line.y - 0.5);
    if (between) return current;
    current = previous;
  }
}

/**
 * Moves each block pinned to the foot of its page (`footOfPage`) down to the bottom margin of the page it ends on:
 * the space above it grows by what is left below it; a block that did not fit after the text before it starts the
 * next page and goes to its foot. Returns whether anything changed.
 */
function pinFeet(pages: LaidOutPage[], numbering: Numbering, feet: Adjustments['feet']): boolean {
  const byFoot = new Map<number, FlowLine[]>();
  for (const l of flowLines(pages, (n) => numbering.footOfFlow.has(n))) {
    const foot = numbering.footOfFlow.get(l.line.itadocFlow!)!;
    byFoot.set(foot, [...(byFoot.get(foot) ?? []), l]);
  }
  let changed = false;
  for (const [foot, lines] of byFoot) {
    const page = pages[lines[0]!.page]!;
    const bottomLimit = page.pageSize.height - page.pageMargins.bottom;
    const top = Math.min(...lines.map((l) => l.line.y));
    const bottom = Math.max(...lines.map((l) => l.line.y + l.line.getHeight()));
    const state = feet.get(foot) ?? { space: 0, newPage: false };
    const gap = bottomLimit - bottom;
    if (gap > -0.05 && gap < 0.5) continue;
    // Moved on to a fresh page (it did not fit after the text before it), where its space was not applied: it
    // starts that page, and the space is applied there.
    const atTop = top - page.pageMargins.top < 0.5 && lines[0]!.page > 0;
    const newPage = state.newPage || (atTop && previousContentOnEarlierPage(pages, lines[0]!.page, top));
    const space = Math.max(0, state.space + gap - 0.01);
    if (space === state.space && newPage === state.newPage) continue;
    feet.set(foot, { space, newPage });
    changed = true;
  }
  return changed;
}

/** Whether nothing of the body stands above `top` on page `p` (the block before ended on an earlier page). */
function previousContentOnEarlierPage(pages: LaidOutPage[], p: number, top: number): boolean {
  return !bodyLines(pages[p]!).some((l) => l.y < top - 0.5);
}

/**
 * The keep-with-next block ending a page, as the laid-out pages show it: the page's last body line belongs to a
 * marked paragraph that is kept with the next block.
 * pdfmake's own recipe misses a heading followed by a table whose first rows moved on as one block: the table's
 * node still says it starts on the heading's page. Returns the block's number, skipping blocks already dealt with.
 */
function strandedOnPages(pages: LaidOutPage[], numbering: Numbering, kept: Set<number>): number | undefined {
  for (let p = 0; p < pages.length - 1; p++) {
    let last: LaidOutLine | undefined;
    for (const line of bodyLines(pages[p]!)) if (!last || line.y > last.y + 0.5) last = line;
    const flow = (last as { itadocFlow?: number } | undefined)?.itadocFlow;
    const keep = flow === undefined ? undefined : numbering.keepOfFlow.get(flow);
    if (keep !== undefined && !kept.has(keep)) return keep;
  }
  return undefined;
}

/**
 * A deep copy of content, as `structuredClone` makes it: content is plain data (objects, arrays, strings, numbers,
 * booleans), copied here about five times as fast as structuredClone does (1.9 against 0.3 ms an agency, measured on
 * the bench's documents). Anything else (a typed array, a date) is left to structuredClone.
 */
function copyContent<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyContent(value[i]);
    return out as T;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copyContent((value as Record<string, unknown>)[key]);
  return out as T;
}

/**
 * A fresh copy of the content with this pass's adjustments: keep-with-next blocks, paragraphs (flows), blocks of
 * columns, pinned blocks and tables numbered in document order; breaks before stranded blocks, orphaned list items
 * and rows kept softly with the next; the space above pinned blocks; rows that must split released, with their
 * table's header grouping.
 */
function prepareContent(
  content: PdfContent[],
  adjustments: Adjustments,
): {
  content: PdfContent[];
  numbering: Numbering;
  fresh: (from: number, to: number, shortenLast?: (block: PdfContent) => PdfContent) => PdfContent[];
  freshColumns: (number: number) => PdfContent | undefined;
} {
  const copy = copyContent(content);
  const numbering: Numbering = { keepOfFlow: new Map(), flowOfKeep: new Map(), footOfFlow: new Map() };
  let keep = 0;
  let flow = 0;
  let columnsNumber = 0;
  let footNumber = 0;
  let tableNumber = 0;
  let inTable = false;
  let inColumns: number | undefined;
  let inFoot: number | undefined;
  /** The top-level block being prepared (not while copies are made again), and the one each block of columns is in. */
  let top: number | undefined;
  const columnsTop = new Map<number, number>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const block = node as {
      headlineLevel?: number;
      pageBreak?: 'before';
      stack?: unknown;
      columns?: unknown;
      table?: unknown;
      text?: unknown;
      footOfPage?: boolean;
      unbreakable?: boolean;
      margin?: [number, number, number, number];
      itadocFlow?: number;
      itadocInColumns?: number;
    };
    let keepNumber: number | undefined;
    if (block.headlineLevel) {
      keepNumber = block.headlineLevel = ++keep;
      if (adjustments.keepBreaks.has(keep)) block.pageBreak = 'before';
    }
    // Paragraphs outside tables are numbered for the line-keeping patch, which tags their laid-out lines: a pass
    // reads from the pages where each went (rows inside tables are kept by the table processor instead).
    if (!inTable && block.text !== undefined) {
      block.itadocFlow = ++flow;
      if (inColumns !== undefined) block.itadocInColumns = inColumns;
      if (inFoot !== undefined) numbering.footOfFlow.set(flow, inFoot);
      if (keepNumber !== undefined) {
        numbering.keepOfFlow.set(flow, keepNumber);
        numbering.flowOfKeep.set(keepNumber, flow);
      }
    }
    if (block.footOfPage && !inTable) {
      const foot = ++footNumber;
      const state = adjustments.feet.get(foot);
      block.unbreakable = true;
      if (state) {
        const margin = block.margin ?? [0, 0, 0, 0];
        block.margin = [margin[0], margin[1] + state.space, margin[2], margin[3]];
        if (state.newPage) block.pageBreak = 'before';
      }
      const outer = inFoot;
      inFoot = foot;
      visit(block.stack);
      inFoot = outer;
      return;
    }
    if (block.columns && !inTable) {
      const number = ++columnsNumber;
      (block as { itadocColumns?: number }).itadocColumns = number;
      if (top !== undefined) columnsTop.set(number, top);
      if (adjustments.blockBreaks.has(number)) block.pageBreak = 'before';
      const outer = inColumns;
      inColumns = number;
      visit(block.columns);
      inColumns = outer;
      return;
    }
    if (block.table) {
      const table = block.table as PdfTable['table'] & { itadocNumber?: number };
      const number = ++tableNumber;
      table.itadocNumber = number;
      table.softKeepRows?.forEach((soft, row) => {
        if (!soft) return;
        const key = `${number}:${row}`;
        tagRuns(table.body[row], 'itadocRowKeep', key);
        tagRuns(table.body[row + 1], 'itadocRowNext', key);
        if (!adjustments.rowBreaks.has(key)) return;
        // The row starts the next page; a row inside the block pdfmake keeps with the header moves the table.
        const headerBlock = (table.headerRows ?? 0) + (table.keepWithHeaderRows ?? 0);
        if (row < headerBlock) block.pageBreak = 'before';
        else {
          const first = table.body[row]!.find((c) => c && Object.keys(c).length > 0) as { pageBreak?: 'before' } | undefined;
          if (first) first.pageBreak = 'before';
        }
      });
      table.body.forEach((_, row) => {
        if (!adjustments.splitRows.has(`${number}:${row}`)) return;
        if (table.cantSplitRows) table.cantSplitRows[row] = false;
        // A row too tall for a page cannot be moved with the row before it either.
        if (table.keepWithNextRows) {
          table.keepWithNextRows[row] = false;
          if (row > 0) table.keepWithNextRows[row - 1] = false;
        }
        const headerRows = table.headerRows ?? 0;
        if (row < headerRows + (table.keepWithHeaderRows ?? 0)) delete table.keepWithHeaderRows;
        // A header taller than a page cannot repeat on every page.
        if (row < headerRows) delete table.headerRows;
      });
      const outer = inTable;
      inTable = true;
      table.body.forEach((cells) => cells.forEach(visit));
      inTable = outer;
    }
    visit(block.stack);
    visit(block.columns);
  };
  // The numbers each top-level block starts from, so that a copy of it can be prepared again (`fresh`) the same way.
  const starts = copy.map((block, index) => {
    const start = { keep, flow, columnsNumber, footNumber, tableNumber };
    top = index;
    visit(block);
    return start;
  });
  top = undefined;
  /**
   * Fresh copies of the top-level blocks `from` to `to` (inclusive), prepared as the pass's own are; `shortenLast`
   * may give a shorter version of the last block to copy.
   */
  const fresh = (from: number, to: number, shortenLast: (block: PdfContent) => PdfContent = (b) => b): PdfContent[] => {
    const source = content.slice(from, to + 1);
    source[source.length - 1] = shortenLast(source.at(-1)!);
    const blocks = copyContent(source);
    ({ keep, flow, columnsNumber, footNumber, tableNumber } = starts[from]!);
    visit(blocks);
    return blocks;
  };
  /** A fresh copy of block of columns `number` (a list item), prepared as the pass's own is. */
  const freshColumns = (number: number): PdfContent | undefined => {
    const at = columnsTop.get(number);
    return at === undefined ? undefined : findColumns(fresh(at, at), number);
  };
  return { content: copy, numbering, fresh, freshColumns };
}

/** The block of columns numbered `number` inside `node`. */
function findColumns(node: unknown, number: number): PdfContent | undefined {
  if (Array.isArray(node)) {
    for (const n of node) {
      const found = findColumns(n, number);
      if (found) return found;
    }
    return undefined;
  }
  if (!node || typeof node !== 'object') return undefined;
  const block = node as { itadocColumns?: number; stack?: unknown; columns?: unknown };
  if (block.itadocColumns === number) return node as PdfContent;
  return findColumns(block.stack, number) ?? findColumns(block.columns, number);
}

/** A pdfmake layout builder for the definition's pages, with pdfmake's and itadoc's table layouts. */
function newBuilder(definition: PdfDefinition, tableLayouts: Record<string, object>) {
  const [left, top, right, bottom] = definition.pageMargins;
  const builder = new LayoutBuilderClass({ ...definition.pageSize, orientation: 'portrait' }, { left, top, right, bottom }, new SvgMeasureClass());
  builder.registerTableLayouts(builtInTableLayouts);
  builder.registerTableLayouts(tableLayouts);
  return builder;
}

/**
 * Lays `root` out with `builder` as a look-ahead's scratch layout: paragraphs kept as `keeping` says, and nothing
 * reported to the pass (no overflowing rows, no look-ahead of its own); `background` is called as each page begins.
 */
function layOutScratch(
  builder: ReturnType<typeof newBuilder>,
  root: object,
  definition: PdfDefinition,
  doc: PdfmakeDocument,
  keeping: LineKeeping,
  background: (page: number) => null,
): void {
  withLineKeeping(keeping, () =>
    withRowKeepingTables(
      () => undefined,
      () => withKeepProbe(undefined, () => builder.layoutDocument(root, doc, {}, definition.defaultStyle, background, null, null, null, null)),
    ),
  );
}

/**
 * Look ahead for a kept block only when less than this is left on its page (points, about a third of an A4 page's
 * body). A kept block is stranded when what it introduces cannot start in the room left — a paragraph's first two
 * lines, a table's header and first rows, a picture. With more room the scratch layout is almost always spent for
 * nothing, and a rarer case is still settled by another pass. Measured (session 5) on the bench's 40 O42s and every
 * sample: 415 probes with 250 pt or more left found nothing stranded; every stranded block had under 100 pt left. At
 * 400 pt, as before, two probes in five were in that band.
 */
const LOOK_AHEAD_ROOM = 250;

/** Thrown by a scratch layout's page-background callback when its first page is full. */
const PAGE_FULL = Symbol('page full');
/** Thrown in a scratch layout once the block the chain introduces has put something on the first page. */
const NEXT_STARTED = Symbol('next block started');

/** pdfmake's page writer as the scratch layout watches it. */
interface WatchedWriter {
  transactionLevel: number;
  on(event: 'lineAdded', listener: (line: LaidOutLine) => void): void;
  commitUnbreakableBlock(...args: unknown[]): unknown;
}

/**
 * Whether the kept block at `index` of the pass's top-level `content` — with the kept blocks right after it (a
 * heading above a bold lead-in) — would end its page while the block they introduce starts the next one, if it
 * started at `y`. Fresh copies of those blocks and the one they introduce are laid out on a scratch page of the same
 * size, after a space that brings them down to `y`; the scratch layout stops as soon as the introduced block puts a
 * line of text or a block kept whole on that page (not stranded), or a second page begins (then the page says). Answers
 * yes only where the next pass would have moved the block whole (keepWithNext: each block of the chain under four
 * lines); anything else is left to the passes.
 */
function strandedOnScratchPage(
  content: PdfContent[],
  fresh: (from: number, to: number, shortenLast?: (block: PdfContent) => PdfContent) => PdfContent[],
  index: number,
  y: number,
  definition: PdfDefinition,
  doc: PdfmakeDocument,
  tableLayouts: Record<string, object>,
  breakBefore: ReadonlyMap<number, number>,
): boolean {
  let next = index;
  while (next < content.length && (content[next] as { headlineLevel?: number }).headlineLevel) next++;
  if (next >= content.length) return false;
  const chainFlows = (content.slice(index, next) as { itadocFlow?: number }[]).map((b) => b.itadocFlow);
  if (chainFlows.some((f) => f === undefined)) return false;
  const top = definition.pageMargins[1];
  const blocks = fresh(index, next, firstRowsOnly);
  const root: { stack: unknown[]; itadocProbe: true; itadocAt?: number } = {
    stack: [{ stack: [], margin: [0, y - top, 0, 0] }, ...blocks],
    itadocProbe: true,
  };
  const builder = newBuilder(definition, tableLayouts);
  const last = root.stack.length - 1;
  // pdfmake calls the background callback as each page begins: the first one sets the watch on the page writer.
  const background = (page: number) => {
    if (page > 1) throw PAGE_FULL;
    const writer = builder.writer as unknown as WatchedWriter;
    writer.on('lineAdded', (line) => {
      if (root.itadocAt === last && writer.transactionLevel === 0 && lineText(line)) throw NEXT_STARTED;
    });
    const commit = writer.commitUnbreakableBlock;
    writer.commitUnbreakableBlock = function commitUnbreakableBlock(this: WatchedWriter, ...args: unknown[]) {
      const result = commit.apply(this, args);
      // A block kept whole (a table's first rows, a picture) placed on the first page; one that did not fit began
      // the second page inside the call.
      if (root.itadocAt === last && this.transactionLevel === 0) throw NEXT_STARTED;
      return result;
    };
    return null;
  };
  try {
    layOutScratch(builder, root, definition, doc, { breakBefore, orphan: () => undefined }, background);
    return false;
  } catch (error) {
    if (error === NEXT_STARTED) return false;
    if (error !== PAGE_FULL) throw error;
  }
  // The page ran out inside the chain: not a kept block stranded.
  if (root.itadocAt !== last) return false;
  const linesOf = new Map<number, number>();
  for (const { type, item } of builder.writer.context().pages[0]!.items) {
    if (type === 'image' || type === 'svg') return false;
    if (type !== 'line' || !lineText(item as LaidOutLine)) continue;
    const flow = (item as { itadocFlow?: number }).itadocFlow;
    // Text of the block the chain introduces: it starts on this page.
    if (flow === undefined || !chainFlows.includes(flow)) return false;
    linesOf.set(flow, (linesOf.get(flow) ?? 0) + 1);
  }
  return chainFlows.every((flow) => (linesOf.get(flow!) ?? 0) > 0 && linesOf.get(flow!)! < 4);
}

/** Look ahead for a list item only when less than this is left on its page (points): room for two lines or three. */
const ORPHAN_ROOM = 100;

/** Thrown in a scratch layout when the list item's paragraph would leave its first line alone at the page's foot. */
const ORPHANED = Symbol('orphaned');

/**
 * Whether list item `number` (a block of columns: marker and text), placed as `place` says, would leave its first line
 * alone at the page's foot — which the line-keeping patch reports (it cannot part the line from its marker), and the
 * next pass would answer by moving the whole item on. A fresh copy of the item is laid out on a scratch page of the
 * same size, inside margins that put it where it stands; the scratch layout stops at the report or a second page.
 */
function orphanedOnScratchPage(
  item: PdfContent | undefined,
  number: number,
  place: { x: number; y: number; width: number },
  definition: PdfDefinition,
  doc: PdfmakeDocument,
  tableLayouts: Record<string, object>,
  breakBefore: ReadonlyMap<number, number>,
): boolean {
  if (!item) return false;
  const [left, top, right] = definition.pageMargins;
  const rightEdge = definition.pageSize.width - right;
  const root = { stack: [{ stack: [item], margin: [place.x - left, place.y - top, rightEdge - (place.x + place.width), 0] }] };
  const builder = newBuilder(definition, tableLayouts);
  const background = (page: number) => {
    if (page > 1) throw PAGE_FULL;
    return null;
  };
  const orphan = (block: number) => {
    if (block === number) throw ORPHANED;
  };
  try {
    layOutScratch(builder, root, definition, doc, { breakBefore, orphan }, background);
  } catch (error) {
    if (error === ORPHANED) return true;
    if (error !== PAGE_FULL) throw error;
  }
  return false;
}

/**
 * A table block cut after the rows that start it on a page — the header block, the rows kept with it and with each
 * other, and one row more — keeping every row a kept row's cell spans (a shallow copy; other blocks as they are). Only
 * those rows can be placed before the scratch layout stops, and copying and measuring the rest (a measures table runs
 * to pages) was most of its cost. The column widths are fixed (render/pdf/block-handlers.ts), so the rows kept are
 * laid out as in the whole table.
 */
function firstRowsOnly(block: PdfContent): PdfContent {
  const table = (block as Partial<PdfTable>).table as (PdfTable['table'] & { keepWithHeaderRows?: number; keepWithNextRows?: boolean[] }) | undefined;
  if (!table) return block;
  let cut = (table.headerRows ?? 0) + (table.keepWithHeaderRows ?? 0);
  while (table.keepWithNextRows?.[cut]) cut++;
  cut += 2;
  for (let row = 0; row < Math.min(cut, table.body.length); row++) {
    for (const cell of table.body[row]!) cut = Math.max(cut, row + ((cell as { rowSpan?: number } | undefined)?.rowSpan ?? 1));
  }
  return cut < table.body.length ? ({ ...block, table: { ...table, body: table.body.slice(0, cut) } } as PdfContent) : block;
}

/**
 * One layout pass with pdfmake's engine, without page furniture; records in `found` what {@link layOut} must adjust.
 * `addRunning` adds the headers and footers to the pages as pdfmake's layoutDocument would have (its
 * addHeadersAndFooters, after the body), for the pass that is kept.
 */
function layOutOnce(
  content: PdfContent[],
  definition: PdfDefinition,
  running: RunningContent,
  doc: PdfmakeDocument,
  tableLayouts: Record<string, object>,
  found: Findings,
): { pages: LaidOutPage[]; addRunning: () => void } {
  const builder = newBuilder(definition, tableLayouts);
  const header = running.header ? (page: number) => running.header!(page) : null;
  // Footers are laid out after the body, so the next page's first line is known here.
  const footer = running.footer
    ? (page: number, pageCount: number) => {
        const next = page < pageCount ? firstTextOfPage(builder.writer.context().pages[page]) : undefined;
        return running.footer!(page, pageCount, next);
      }
    : null;
  // pdfmake's keep-with-next recipe finds a block that ends a page while the block after it starts the next one.
  // It answers false, so that pdfmake does not re-lay out its used nodes itself; layOut starts a fresh pass.
  const keepWithNext = (
    node: { headlineLevel?: number; pageNumbers: number[] },
    nodes: { getFollowingNodesOnPage(): unknown[]; getNodesOnNextPage(): unknown[] },
  ) => {
    if (
      found.stranded === undefined &&
      node.headlineLevel &&
      !found.kept.has(node.headlineLevel) &&
      node.pageNumbers.length === 1 &&
      nodes.getFollowingNodesOnPage().length === 0 &&
      nodes.getNodesOnNextPage().length > 0
    ) {
      found.stranded = node.headlineLevel;
    }
    return false;
  };
  // The top stack is marked for the look-ahead of kept blocks (patches/keep-with-next-in-pass.ts).
  const root = { stack: content, itadocRoot: true };
  const pages = withRowKeepingTables(
    (table, row) => found.overflowing.push(`${table}:${row}`),
    () => builder.layoutDocument(root, doc, {}, definition.defaultStyle, null, null, null, null, keepWithNext),
  );
  return { pages, addRunning: () => builder.addHeadersAndFooters(header, footer) };
}

/**
 * The laid-out lines of a definition as text — page, position, text — for the differential tests: what a reader
 * would see where, independent of how it is drawn.
 */
export function describeLines(pages: LaidOutPage[]): string[] {
  const out: string[] = [];
  pages.forEach((page, p) => {
    for (const { type, item } of page.items) {
      if (type !== 'line') continue;
      const line = item as LaidOutLine;
      out.push(`${p + 1} ${line.x.toFixed(3)} ${line.y.toFixed(3)} ${lineText(line)}`);
    }
  });
  return out;
}
