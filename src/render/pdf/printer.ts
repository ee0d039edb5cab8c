/**
 * pdfmake definition → PDF bytes, with pdfmake's layout engine and renderer driven directly (pdfmake-internals.ts):
 * - fonts come parsed from {@link PdfResources}, never re-read per document;
 * - lines with Thai or justified text carry /ActualText, so copied and extracted text reads exactly as written;
 * - table rows marked cant-split are kept on one page;
 * - page numbers and the continuation word are laid out from the finished pages;
 * - the output is byte-identical for the same definition (fixed dates, ID derived from them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toThaiDigits } from '../../thai/digits.js';
import {
  LayoutBuilderClass,
  PdfKit,
  PdfmakePdfDocument,
  RendererClass,
  SvgMeasureClass,
  builtInTableLayouts,
  tableProcessorModule,
  type LaidOutLine,
  type LaidOutPage,
  type PdfKitFont,
  type PdfmakeDocument,
  type TableProcessor,
} from './pdfmake-internals.js';
import type { PdfContent, PdfDefinition, PdfTable } from './pdf-definition.js';
import { BUNDLED_FONT_DIR, type PdfResources } from './pdf-resources.js';
import { TABLE_LAYOUTS } from './table-layouts.js';
import { hasThai, leadingWord } from './thai-text.js';
import { canWriteLine, writeLine, type LineWriterDocument } from './line-writer.js';

/** Page furniture that needs the laid-out pages. */
export interface RunningElements {
  /** Page numbers "- ๒ -" top centre from this page on; 0 = none. */
  numbersFrom: number;
  /** The continuation word (คำต่อหน้า) at the bottom right of each page but the last. */
  continuation: boolean;
}

/** Where the page number's line starts below the page's top edge: Word's default header distance, 1.25 cm. */
const HEADER_DISTANCE = 35.43;

/** Lays out and renders a definition to PDF bytes. */
export function printPdf(definition: PdfDefinition, running: RunningElements, resources: PdfResources): Promise<Buffer> {
  const created = new Date(definition.info.created);
  if (Number.isNaN(created.getTime())) {
    throw new Error(`document date "${definition.info.created}" is not an ISO date; the PDF's dates come from it`);
  }
  const { info } = definition;
  const doc = new ItadocPdfDocument(
    resources,
    definition.images,
    {
      size: [definition.pageSize.width, definition.pageSize.height],
      pdfVersion: '1.7',
      compress: true,
      lang: definition.language,
      displayTitle: true,
      fontLayoutCache: true,
      bufferPages: false,
      autoFirstPage: false,
      font: null,
      // pdfkit derives the file ID from these, so fixed dates make the output reproducible.
      info: {
        Title: info.title,
        Author: info.author,
        Subject: info.subject,
        Keywords: info.keywords,
        Creator: info.creator,
        Producer: info.producer,
        CreationDate: created,
        ModDate: created,
      },
    },
  );
  const pages = layOut(definition, running, resources, doc);
  new ItadocRenderer(doc).renderPages(pages);
  return collect(doc);
}

/** What a layout pass found that the next pass must change. */
interface Adjustments {
  /** Keep-with-next blocks (by their number in document order) that start a new page. */
  keepBreaks: Set<number>;
  /** Rows ("table number:row") that must split after all: kept whole they did not fit on a page. */
  splitRows: Set<string>;
}

/** Enough for any real document: each pass settles at least one block. */
const MAX_PASSES = 60;

/**
 * Lays the content out, again from a fresh copy while a pass finds a keep-with-next block stranded at the foot of
 * a page or a row kept whole that is taller than a page. pdfmake's own re-layout (pageBreakBefore returning true)
 * reuses the laid-out nodes, whose table cells keep positions from the previous pass; and pdfmake silently drops
 * an unbreakable block taller than a page, so such a row must be let split. Every pass starts from the definition.
 */
function layOut(
  definition: PdfDefinition,
  running: RunningElements,
  resources: PdfResources,
  doc: PdfmakeDocument,
): LaidOutPage[] {
  const adjustments: Adjustments = { keepBreaks: new Set(), splitRows: new Set() };
  for (let pass = 1; ; pass++) {
    const found: Findings = { stranded: undefined, overflowing: [] };
    const content = prepareContent(definition.content, adjustments);
    const pages = layOutOnce(content, definition, running, resources, doc, found);
    found.stranded ??= strandedOnPages(pages, adjustments.keepBreaks);
    const newRows = found.overflowing.filter((row) => !adjustments.splitRows.has(row));
    if ((newRows.length === 0 && found.stranded === undefined) || pass === MAX_PASSES) return pages;
    for (const row of newRows) adjustments.splitRows.add(row);
    // One stranded block per pass, the first, and only once rows fit: moving it shifts everything after it.
    if (newRows.length === 0 && found.stranded !== undefined) adjustments.keepBreaks.add(found.stranded);
  }
}

/**
 * The keep-with-next block ending a page, as the laid-out pages show it: the page's last body line carries the
 * block's number (prepareContent tags its runs; pdfmake copies run properties onto every laid-out inline).
 * pdfmake's own recipe misses a heading followed by a table whose first rows moved on as one block: the table's
 * node still says it starts on the heading's page. Returns the block's number, skipping blocks already moved.
 */
function strandedOnPages(pages: LaidOutPage[], moved: Set<number>): number | undefined {
  for (let p = 0; p < pages.length - 1; p++) {
    const page = pages[p]!;
    const bottom = page.pageSize.height - page.pageMargins.bottom;
    let last: LaidOutLine | undefined;
    for (const { type, item } of page.items) {
      if (type !== 'line') continue;
      const line = item as LaidOutLine;
      if (line.y >= bottom || line.y < page.pageMargins.top - 0.5 || !lineText(line)) continue;
      if (!last || line.y > last.y + 0.5) last = line;
    }
    const keep = (last?.inlines.find((i) => (i as { itadocKeep?: number }).itadocKeep) as { itadocKeep?: number } | undefined)
      ?.itadocKeep;
    if (keep !== undefined && !moved.has(keep)) return keep;
  }
  return undefined;
}

/** What one layout pass found. */
interface Findings {
  /** The first keep-with-next block left at the foot of a page, by number. */
  stranded: number | undefined;
  /** Rows kept whole that ran over a page. */
  overflowing: string[];
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
    const block = node as {
      headlineLevel?: number;
      pageBreak?: 'before';
      stack?: unknown;
      columns?: unknown;
      table?: unknown;
    };
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
  running: RunningElements,
  resources: PdfResources,
  doc: PdfmakeDocument,
  found: Findings,
): LaidOutPage[] {
  const [left, top, right, bottom] = definition.pageMargins;
  const builder = new LayoutBuilderClass(
    { ...definition.pageSize, orientation: 'portrait' },
    { left, top, right, bottom },
    new SvgMeasureClass(),
  );
  builder.registerTableLayouts(builtInTableLayouts);
  builder.registerTableLayouts(TABLE_LAYOUTS);
  const lineHeight = (definition.defaultStyle.fontSize / resources.sizeScale) * resources.lineSpacing;
  const header = (page: number) =>
    running.numbersFrom > 0 && page >= running.numbersFrom
      ? {
          text: `- ${toThaiDigits(String(page))} -`,
          alignment: 'center',
          margin: [left, Math.max(2, Math.min(HEADER_DISTANCE, top - lineHeight - 2)), right, 0],
        }
      : null;
  // Footers are laid out after the body, so the next page's first line is known here.
  const footer = (page: number, pageCount: number) => {
    if (!running.continuation || page >= pageCount) return null;
    const word = firstWordOfPage(builder.writer.context().pages[page]);
    return word ? { text: `/${word}...`, alignment: 'right', margin: [left, 0, right, 0] } : null;
  };
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
 * The word a continuation mark announces: the first word of the page's topmost text line (a repeated table header
 * counts, as in seed 000's "/ระดับ...").
 */
export function firstWordOfPage(page: LaidOutPage | undefined): string | undefined {
  if (!page) return undefined;
  const top = page.pageMargins.top - 0.5;
  const bottom = page.pageSize.height - page.pageMargins.bottom;
  let first: LaidOutLine | undefined;
  for (const { type, item } of page.items) {
    if (type !== 'line') continue;
    const line = item as LaidOutLine;
    if (line.y < top || line.y >= bottom || !lineText(line)) continue;
    if (!first || line.y < first.y - 0.5 || (Math.abs(line.y - first.y) <= 0.5 && line.x < first.x)) first = line;
  }
  if (!first) return undefined;
  return leadingWord(lineText(first));
}

/** The text of a laid-out line without break marks. */
function lineText(line: LaidOutLine): string {
  return line.inlines
    .map((i) => i.text)
    .join('')
    .replace(/[\u200B\u2060\n]/gu, '')
    // No-break spaces are layout only (inline-text.ts keeps "พ.ศ." with its year): the text reads a plain space.
    .replace(/\u00a0/gu, ' ')
    .trim();
}

/** Reads a finished pdfkit document into one buffer. */
function collect(doc: PdfmakeDocument): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolvePromise(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

type EmbeddedFontClass = new (doc: PdfmakeDocument, font: unknown, id: string) => PdfKitFont;
let embeddedFontClass: EmbeddedFontClass | undefined;

/**
 * pdfkit's EmbeddedFont class, which it does not export: taken once per process from a font it opens itself.
 * It is built here around the already parsed fonts of {@link PdfResources} for every document.
 */
function embeddedFont(): EmbeddedFontClass {
  if (!embeddedFontClass) {
    const probe = new PdfKit({ autoFirstPage: false });
    probe.font(readFileSync(join(BUNDLED_FONT_DIR, 'Sarabun-Regular.ttf')));
    embeddedFontClass = Object.getPrototypeOf(probe._font).constructor as EmbeddedFontClass;
  }
  return embeddedFontClass;
}

/**
 * pdfmake's pdfkit document with the body fonts taken from {@link PdfResources} and /ActualText marking.
 *
 * Why /ActualText: glyph-by-glyph extraction cannot read Thai back exactly.
 * - Sarabun draws ำ (sara am) as nikhahit + sara aa, and that sara aa is the glyph of a standalone า, so one
 *   ToUnicode entry cannot serve both: pdftotext read "ดำาเนิน" (FORMAT.md).
 * - Marks placed by GPOS offsets sit left of their base's advance, and poppler split them off as words of their own
 *   ("ผู้มส ี ว ่ น" on separate lines).
 * - Justified lines have small gaps between clusters, which extractors take for spaces.
 * A line holding Thai or justified text is therefore wrapped in a marked-content span whose /ActualText is the
 * line's text (poppler, Acrobat and PDF/UA readers use it; glyph mappings remain as the fallback). The span must
 * open and close inside the text's graphics state — pdfkit draws each run in `q … Q` with its own transformation,
 * and poppler places the text with the transformation in force at EMC — so it opens right before the line's first
 * BT and closes right after its last ET (marked content may enclose whole text objects, never split one).
 */
class ItadocPdfDocument extends PdfmakePdfDocument {
  private readonly resources: PdfResources;
  private pendingActualText: string | undefined;
  private runsLeft = 0;
  private spanOpen = false;

  /** Words measured with these fonts are kept for later documents (pdfmake-internals.ts: installMeasureCache). */
  readonly itadocMeasureCache: object;

  constructor(resources: PdfResources, images: Record<string, string>, options: object) {
    super({}, images, {}, {}, options, null, undefined);
    this.resources = resources;
    this.itadocMeasureCache = resources;
  }

  override provideFont(family: string, bold: boolean, italics: boolean): PdfKitFont {
    const style = this.getFontType(bold, italics);
    const byStyle = (this.fontCache[family] ??= {});
    let font = byStyle[style];
    if (!font) {
      const id = `F${++this._fontCount}`;
      const parsed = this.resources.fonts[style];
      font = new (embeddedFont())(this, parsed, id);
      // pdfkit caches laid-out strings per document; one cache per parsed font serves every document instead
      // (entries depend only on the font and the string, and pdfkit never changes a cached run).
      (font as PdfKitFont & { layoutCache?: object }).layoutCache = sharedLayoutCache(parsed);
      // pdfkit embeds (subsets and writes) every font registered here when the document ends.
      this._fontFamilies[id] = font;
      byStyle[style] = font;
    }
    return font;
  }

  /** Wraps the next `runs` drawn text runs in one span whose /ActualText is `text`. */
  beginActualText(text: string, runs: number): void {
    this.pendingActualText = text;
    this.runsLeft = runs;
  }

  /** Closes a span left open (a line whose last run drew nothing). */
  endActualText(): void {
    if (this.spanOpen) this.endMarkedContent();
    this.spanOpen = false;
    this.pendingActualText = undefined;
    this.runsLeft = 0;
  }

  override text(text: string, x?: number, y?: number, options?: object): this {
    if (this.runsLeft > 0 && drawsText(text)) this.runsLeft--;
    super.text(text, x, y, options);
    return this;
  }

  override addContent(data: string): this {
    if (data === 'BT' && this.pendingActualText !== undefined) {
      this.markContent('Span', { actual: this.pendingActualText });
      this.pendingActualText = undefined;
      this.spanOpen = true;
    }
    super.addContent(data);
    if (data === 'ET' && this.spanOpen && this.runsLeft === 0) {
      this.endMarkedContent();
      this.spanOpen = false;
    }
    return this;
  }
}

const layoutCaches = new WeakMap<object, { entries: Record<string, unknown>; uses: number }>();
/** Documents served by one layout cache before it starts afresh, bounding memory in long batches. */
const LAYOUT_CACHE_USES = 100;

/** The layout cache shared by the documents rendered with one parsed font. */
function sharedLayoutCache(font: object): Record<string, unknown> {
  let cache = layoutCaches.get(font);
  if (!cache || cache.uses >= LAYOUT_CACHE_USES) {
    cache = { entries: Object.create(null) as Record<string, unknown>, uses: 0 };
    layoutCaches.set(font, cache);
  }
  cache.uses++;
  return cache.entries;
}

/** True when pdfkit will open a text object for `text` (it skips empty strings after removing line ends). */
function drawsText(text: string): boolean {
  return text.replace(/\n/gu, '').length > 0;
}

/** pdfmake's renderer, marking each line that needs it with /ActualText (see {@link ItadocPdfDocument}). */
class ItadocRenderer extends RendererClass {
  override renderLine(line: LaidOutLine, x: number, y: number): void {
    const text = lineText(line);
    const justified = line.inlines.some((i) => (i.justifyShift ?? 0) !== 0);
    const doc = this.pdfDocument as ItadocPdfDocument;
    // A paragraph's last line ends its text with a line break, so extracted text keeps paragraphs apart: without
    // it, "…มาตรฐานไว้" and the next paragraph's "ตัวชี้วัด…" read as one line wrapped mid-word.
    const actual = !text || !(justified || hasThai(text)) ? undefined : line.lastLineInParagraph ? `${text}\n` : text;
    if (canWriteLine(line)) {
      writeLine(doc as unknown as LineWriterDocument, line, x, y, actual);
      return;
    }
    if (actual === undefined) {
      super.renderLine(line, x, y);
      return;
    }
    doc.beginActualText(actual, line.inlines.filter((i) => drawsText(i.text)).length);
    try {
      super.renderLine(line, x, y);
    } finally {
      doc.endActualText();
    }
  }
}

type TableProcessorClass = new (tableNode: object) => TableProcessor;
type OverflowRecorder = (table: number, row: number) => void;
let rowKeepingClass: TableProcessorClass | undefined;
let recordOverflow: OverflowRecorder | undefined;

/** The part of pdfmake's PageElementWriter the row-keeping processor reads. */
interface PageWriter {
  /** Depth of unbreakable blocks; inside one, `context()` is the block's own context, starting at y = 0. */
  transactionLevel: number;
  context(): { y: number };
  /** The contexts under the current one; the first is the document's. */
  contextStack: { getCurrentPage(): { pageSize: { height: number } }; pageMargins: { top: number; bottom: number } }[];
  /** Blocks repeated at the top of each new page (table headers). */
  repeatables: { height: number }[];
}

/** How tall an unbreakable block may be to fit on a fresh page, below the headers that repeat there. */
function roomOnFreshPage(writer: PageWriter): number {
  const page = writer.contextStack[0];
  if (!page) return Infinity;
  const repeated = writer.repeatables.reduce((sum, r) => sum + r.height, 0);
  return page.getCurrentPage().pageSize.height - page.pageMargins.top - page.pageMargins.bottom - repeated;
}

/** Room left for a row's bottom rule and padding, which pdfmake adds after `endRow` begins. */
const ROW_END_ALLOWANCE = 4;

/**
 * pdfmake keeps rows whole only table-wide (`dontBreakRows`). This processor switches that flag row by row from the
 * definition's `cantSplitRows`, before each row begins — the row then runs through pdfmake's own unbreakable-row
 * path — so a table can keep its group rows whole and still let long rows flow across pages. A row that, kept
 * whole, ran over a page is reported, and the next layout pass lets it split (see {@link layOut}).
 */
function rowKeepingProcessor(base: TableProcessorClass): TableProcessorClass {
  return class RowKeepingTableProcessor extends base {
    override beginTable(writer: unknown): void {
      const rows = this.tableNode.table.cantSplitRows;
      if (rows) this.tableNode.table.dontBreakRows = rows[0] ?? false;
      super.beginTable(writer);
    }

    /** Rows whose unbreakable block is left open so the next row joins it (keep with next). */
    private keptOpen = 0;

    override beginRow(rowIndex: number, writer: unknown): void {
      const keep = this.tableNode.table.keepWithNextRows;
      // A row kept with the next one opens an unbreakable block of its own, even when the row itself may split:
      // the block closes after the next row, so pdfmake moves the two rows to a new page together.
      if (keep?.[rowIndex]) (writer as PageWriter & { beginUnbreakableBlock(): void }).beginUnbreakableBlock();
      super.beginRow(rowIndex, writer);
    }

    override endRow(rowIndex: number, writer: unknown, pageBreaks: unknown): void {
      const pageWriter = writer as PageWriter;
      // pdfmake drops an unbreakable block that does not fit on a fresh page (PageElementWriter._fitOnPage tries
      // one new page, then gives up), leaving pages with nothing but the repeated header.
      if (pageWriter.transactionLevel > 0 && pageWriter.context().y > roomOnFreshPage(pageWriter) - ROW_END_ALLOWANCE) {
        recordOverflow?.((this.tableNode.table as { itadocNumber?: number }).itadocNumber ?? 0, rowIndex);
      }
      super.endRow(rowIndex, writer, pageBreaks);
      const keep = this.tableNode.table.keepWithNextRows;
      const commit = () => (writer as { commitUnbreakableBlock(): void }).commitUnbreakableBlock();
      // Close the block a kept row opened, now that the row after it is laid out too.
      if (this.keptOpen > 0 && !keep?.[rowIndex]) {
        for (; this.keptOpen > 0; this.keptOpen--) commit();
      }
      if (keep?.[rowIndex]) this.keptOpen++;
      const rows = this.tableNode.table.cantSplitRows;
      // Set for the next row now: pdfmake reads the flag for a row's rowspans before beginRow.
      if (rows) this.dontBreakRows = rows[rowIndex + 1] ?? false;
    }
  };
}

/**
 * Runs a layout with the row-keeping table processor installed. LayoutBuilder reads the processor class from its
 * module at every table; the layout is synchronous, so no other layout can observe the swap.
 */
function withRowKeepingTables<T>(recorder: OverflowRecorder, layout: () => T): T {
  const original = tableProcessorModule.default;
  rowKeepingClass ??= rowKeepingProcessor(original);
  tableProcessorModule.default = rowKeepingClass;
  recordOverflow = recorder;
  try {
    return layout();
  } finally {
    tableProcessorModule.default = original;
    recordOverflow = undefined;
  }
}
