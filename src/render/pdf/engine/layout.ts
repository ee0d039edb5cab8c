/**
 * Layout with pdfmake's engine, in passes: the content is laid out again from a fresh copy while a pass finds a
 * keep-with-next block stranded at the foot of a page or a row kept whole that is taller than a page.
 *
 * pdfmake's own re-layout (pageBreakBefore returning true) reuses the laid-out nodes, whose table cells keep positions
 * from the previous pass; and pdfmake silently drops an unbreakable block taller than a page, so such a row must be
 * let split. Every pass starts from the definition.
 */
import type { PdfContent, PdfDefinition, PdfTable } from '../pdf-definition.js';
import { bodyLines, firstLineOfPage, lineText } from './laid-out-text.js';
import { withPatches, type Patch } from './patches/patch.js';
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
  /** Rows ("table number:row") that must split after all: kept whole they did not fit on a page. */
  splitRows: Set<string>;
  /** Rows ("table number:row") kept softly with the next row that ended a page: they start the next page. */
  rowBreaks: Set<string>;
}

/** What one layout pass found. */
interface Findings {
  /** The first keep-with-next block left at the foot of a page, by number. */
  stranded: number | undefined;
  /** Rows kept whole that ran over a page. */
  overflowing: string[];
  /** A row kept softly with the next one that ended a page while the next row started the next page. */
  strandedRow: string | undefined;
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
  const adjustments: Adjustments = { keepBreaks: new Set(), splitRows: new Set(), rowBreaks: new Set() };
  for (let pass = 1; ; pass++) {
    const found: Findings = { stranded: undefined, overflowing: [], strandedRow: undefined };
    const content = prepareContent(definition.content, adjustments);
    const pages = withPatches(patches, () => layOutOnce(content, definition, running, doc, tableLayouts, found));
    found.stranded ??= strandedOnPages(pages, adjustments.keepBreaks);
    found.strandedRow = strandedRowOnPages(pages, adjustments.rowBreaks);
    const newRows = found.overflowing.filter((row) => !adjustments.splitRows.has(row));
    const settled = newRows.length === 0 && found.stranded === undefined && found.strandedRow === undefined;
    if (settled || pass === MAX_PASSES) return pages;
    for (const row of newRows) adjustments.splitRows.add(row);
    // One stranded block or row per pass, the first, and only once rows fit: moving it shifts everything after it.
    if (newRows.length > 0) continue;
    if (found.stranded !== undefined) adjustments.keepBreaks.add(found.stranded);
    else if (found.strandedRow !== undefined) adjustments.rowBreaks.add(found.strandedRow);
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

/**
 * The keep-with-next block ending a page, as the laid-out pages show it: the page's last body line carries the
 * block's number (prepareContent tags its runs; pdfmake copies run properties onto every laid-out inline).
 * pdfmake's own recipe misses a heading followed by a table whose first rows moved on as one block: the table's
 * node still says it starts on the heading's page. Returns the block's number, skipping blocks already moved.
 */
function strandedOnPages(pages: LaidOutPage[], moved: Set<number>): number | undefined {
  for (let p = 0; p < pages.length - 1; p++) {
    let last: LaidOutLine | undefined;
    for (const line of bodyLines(pages[p]!)) if (!last || line.y > last.y + 0.5) last = line;
    const keep = (last?.inlines.find((i) => (i as { itadocKeep?: number }).itadocKeep) as { itadocKeep?: number } | undefined)
      ?.itadocKeep;
    if (keep !== undefined && !moved.has(keep)) return keep;
  }
  return undefined;
}

/**
 * A fresh copy of the content with this pass's adjustments: keep-with-next blocks and tables numbered in document
 * order, breaks before stranded blocks, rows that must split released, with their table's header grouping.
 */
function prepareContent(content: PdfContent[], adjustments: Adjustments): PdfContent[] {
  const copy = structuredClone(content);
  let keep = 0;
  let tableNumber = 0;
  let inTable = false;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const block = node as { headlineLevel?: number; pageBreak?: 'before'; stack?: unknown; columns?: unknown; table?: unknown };
    if (block.headlineLevel) {
      block.headlineLevel = ++keep;
      if (adjustments.keepBreaks.has(keep)) block.pageBreak = 'before';
      // Outside tables, tag the block's runs so a pass can see it end a page (strandedOnPages); rows inside tables
      // are kept with the next row by the table processor instead.
      const runs = (block as { text?: unknown }).text;
      if (!inTable && Array.isArray(runs)) for (const run of runs) if (run && typeof run === 'object') (run as { itadocKeep?: number }).itadocKeep = keep;
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
        if (row < headerBlock) (block as { pageBreak?: 'before' }).pageBreak = 'before';
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
  visit(copy);
  return copy;
}

/** One layout pass with pdfmake's engine; records in `found` what {@link layOut} must adjust. */
function layOutOnce(
  content: PdfContent[],
  definition: PdfDefinition,
  running: RunningContent,
  doc: PdfmakeDocument,
  tableLayouts: Record<string, object>,
  found: Findings,
): LaidOutPage[] {
  const [left, top, right, bottom] = definition.pageMargins;
  const builder = new LayoutBuilderClass({ ...definition.pageSize, orientation: 'portrait' }, { left, top, right, bottom }, new SvgMeasureClass());
  builder.registerTableLayouts(builtInTableLayouts);
  builder.registerTableLayouts(tableLayouts);
  const header = running.header ? (page: number) => running.header!(page) : null;
  // Footers are laid out after the body, so the next page's first line is known here.
  const footer = running.footer
    ? (page: number, pageCount: number) => {
        const next = page < pageCount ? firstLineOfPage(builder.writer.context().pages[page]) : undefined;
        return running.footer!(page, pageCount, next && lineText(next));
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
      node.pageNumbers.length === 1 &&
      nodes.getFollowingNodesOnPage().length === 0 &&
      nodes.getNodesOnNextPage().length > 0
    ) {
      found.stranded = node.headlineLevel;
    }
    return false;
  };
  return withRowKeepingTables(
    (table, row) => found.overflowing.push(`${table}:${row}`),
    () => builder.layoutDocument(content, doc, {}, definition.defaultStyle, null, header, footer, null, keepWithNext),
  );
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
