/**
 * One handler per block node type: document tree node → pdfmake definition content (plain data, pdfmake's public
 * document-definition format). The record is checked against every block type, so a new block type fails to compile
 * until it is handled here.
 */
import type {
  Align,
  BlockNode,
  BlockType,
  CellNode,
  ChartNode,
  ImageNode,
  EmblemNode,
  HeadingNode,
  InlineNode,
  ListNode,
  PageBreakNode,
  PageFootNode,
  ParagraphFormat,
  ParagraphNode,
  SignatureNode,
  SpaceNode,
  TableNode,
} from '../../document/nodes.js';
import type { ThaiWordBreaker } from '../../thai/words.js';
import { HEADING_SPACE_BEFORE, LIST_HANGING, LIST_MARKER_GAP, TITLE_SIZE } from '../../document/typography.js';
import { chartScene } from '../chart/chart-scene.js';
import { textRuns } from './inline-text.js';
import type { PdfAlignment, PdfCell, PdfColumns, PdfContent, PdfRole, PdfStack, PdfTable, PdfText, PdfTextRun } from './pdf-definition.js';
import type { PdfFonts } from './pdf-fonts.js';
import { hasTabs, tabColumns } from './tab-stops.js';
import { tableGeometry, type TableLayoutName } from './table-layouts.js';

/** Where a block is set. */
export interface HandlerContext {
  fonts: PdfFonts;
  /** Size of text here: the body size, or a table's size. */
  size: number;
  /** Width available to the block in points. */
  width: number;
  /** Alignment inherited from a table cell. */
  align?: Align;
  /** Where lines may break between Thai words (the dictionary and the document's own words). */
  words: ThaiWordBreaker;
  /** Registers an image (a data URL) in the definition and returns its name. */
  addImage(dataUrl: string): string;
}

/** Converts one block node. */
export type Handler<T extends BlockNode> = (node: T, ctx: HandlerContext) => PdfContent;

/** The handlers, by block type. */
export const blockHandlers = {
  paragraph: (node: ParagraphNode, ctx) => textBlock(node, node.children, ctx, {}),
  // As the DOCX renderer's Title and Heading styles: bold; the title centred at 20 pt, headings 6 pt below the text
  // above; all kept with the text under them.
  heading: (node: HeadingNode, ctx) =>
    textBlock(node, node.children, ctx, {
      bold: true,
      align: node.level === 0 ? 'center' : 'left',
      size: node.level === 0 ? Math.max(TITLE_SIZE, ctx.size) : undefined,
      before: node.level === 0 ? 0 : HEADING_SPACE_BEFORE,
      keepNext: node.keepNext ?? true,
      // The title and first-level headings are H1 in the structure tree.
      role: node.level <= 1 ? 'H1' : node.level === 2 ? 'H2' : 'H3',
    }),
  list,
  table,
  signature,
  emblem,
  image,
  chart,
  space: (node: SpaceNode, ctx) => spacer(node.lines * lineHeight(ctx.size, ctx)),
  'page-break': (_node: PageBreakNode) => ({ stack: [], pageBreak: 'before' }),
  // The engine's layout passes push the block down to the bottom margin of its page (engine/layout.ts).
  'page-foot': (node: PageFootNode, ctx) => ({ stack: convertBlocks(node.children, ctx), footOfPage: true }),
} satisfies { [K in BlockType]: Handler<Extract<BlockNode, { type: K }>> };

/** Converts a list of blocks. */
export function convertBlocks(nodes: BlockNode[], ctx: HandlerContext): PdfContent[] {
  return nodes.map((node) => (blockHandlers[node.type] as Handler<BlockNode>)(node, ctx));
}

/** Distance between baselines of single-spaced lines of `size` points. */
export function lineHeight(size: number, ctx: HandlerContext): number {
  return size * ctx.fonts.lineSpacing;
}

interface TextBlockDefaults {
  /** Role in the structure tree; P when absent. */
  role?: PdfRole;
  bold?: boolean;
  align?: Align;
  size?: number;
  before?: number;
  keepNext?: boolean;
}

function pdfAlignment(align: Align): PdfAlignment {
  return align === 'thai' || align === 'justify' ? 'justify' : align;
}

/** A paragraph or heading: indents, spacing, alignment, keep-with-next, tabs. */
function textBlock(
  format: ParagraphFormat,
  children: InlineNode[],
  ctx: HandlerContext,
  defaults: TextBlockDefaults,
): PdfContent {
  const align = format.align ?? ctx.align ?? defaults.align ?? 'left';
  const size = defaults.size ?? ctx.size;
  const indent = format.indent ?? 0;
  const firstStart = indent + (format.firstLine ?? 0);
  // `hanging`: lines after the first start this far right of the first.
  const restStart = format.hanging ? firstStart + format.hanging : indent;
  const runOptions = {
    fonts: ctx.fonts,
    size,
    bold: defaults.bold,
    words: ctx.words,
  };
  let block: PdfContent;
  if (hasTabs(children)) {
    block = tabColumns(children, { tabs: format.tabs ?? [], indent, firstLine: firstStart - indent, width: ctx.width }, runOptions);
  } else {
    const runs = textRuns(children, { ...runOptions, maxLineWidth: ctx.width - Math.max(firstStart, restStart) });
    const text: PdfText = { text: runs.length > 0 ? runs : '' };
    if (firstStart !== restStart) text.leadingIndent = round(firstStart - restStart);
    text.alignment = pdfAlignment(align);
    block = text;
  }
  const margin: [number, number, number, number] = [
    round('columns' in block ? 0 : restStart),
    round(format.before ?? defaults.before ?? 0),
    0,
    round(format.after ?? 0),
  ];
  if (margin.some((m) => m !== 0)) block.margin = margin;
  if (size !== ctx.size) block.fontSize = ctx.fonts.fontSize(size);
  if (defaults.keepNext ?? format.keepNext) block.headlineLevel = 1;
  block.role = defaults.role ?? 'P';
  return block;
}

function list(node: ListNode, ctx: HandlerContext): PdfContent {
  const markers = node.items.map((item) => item.label);
  const markerWidth = markers.every((m) => m === '')
    ? 0
    : round(Math.max(LIST_HANGING, ...markers.map((m) => ctx.fonts.measure(m, 'normal', ctx.size) + LIST_MARKER_GAP)));
  const align = pdfAlignment(ctx.align ?? 'left');
  const indent = round(node.indent);
  const textWidth = ctx.width - indent - markerWidth;
  const items: PdfContent[] = node.items.map((item, i) => {
    const runs = textRuns(item.children, { fonts: ctx.fonts, words: ctx.words, size: ctx.size, maxLineWidth: textWidth });
    const text: PdfText = { text: runs.length > 0 ? runs : '', alignment: align };
    // A nested list (sub-steps) goes under the item's text, in the text's column.
    const content: PdfContent = item.list ? { stack: [text, list(item.list, { ...ctx, width: textWidth })] } : text;
    if (markerWidth === 0) {
      if (indent) content.margin = [indent, 0, 0, 0];
      content.role = 'LI';
      return content;
    }
    content.role = 'LBody';
    // The indent is an empty column, not a margin: pdfmake loses a container's margin when columns inside it run
    // over a page break (DocumentContext.initializePage resets the column group's width to the page's), and every
    // block after the list would then run into the right margin.
    const columns: PdfColumns['columns'] = [
      { width: markerWidth, text: markers[i]!, alignment: 'left', role: 'Lbl' },
      // A stack (text and nested list) is as valid a column as a text for pdfmake.
      { width: '*', ...content } as PdfColumns['columns'][number],
    ];
    if (indent) columns.unshift({ width: indent, text: '' });
    return { columns, columnGap: 0, role: 'LI' };
  });
  return { stack: items, role: 'L' };
}

/** A cell with the place the tree gave it, or a place another cell's span covers. */
interface PlacedCell {
  cell: CellNode;
  /** The row the cell starts in. */
  row: number;
  column: number;
  colSpan: number;
  rowSpan: number;
}

/** The table's grid: each cell at the place the tree decided (document/parse-markup.ts), spans as pdfmake wants. */
function grid(node: TableNode, columns: number): (PlacedCell | 'covered' | undefined)[][] {
  const places: (PlacedCell | 'covered' | undefined)[][] = node.rows.map(() => Array<undefined>(columns).fill(undefined));
  node.rows.forEach((row, r) => {
    for (const cell of row.cells) {
      for (let dr = 0; dr < cell.rowspan; dr++) {
        for (let dc = 0; dc < cell.colspan; dc++) places[r + dr]![cell.column + dc] = 'covered';
      }
      places[r]![cell.column] = { cell, row: r, column: cell.column, colSpan: cell.colspan, rowSpan: cell.rowspan };
    }
  });
  return places;
}

function table(node: TableNode, ctx: HandlerContext): PdfContent {
  const layout: TableLayoutName = node.borders === 'all' ? 'itadoc-grid' : 'itadoc-plain';
  const columns = node.widths.length;
  const geometry = tableGeometry(layout, columns);
  let offsets = geometry.rule(columns);
  for (let i = 0; i < columns; i++) offsets += geometry.rule(i) + geometry.paddingLeft(i) + geometry.paddingRight(i);
  const total = node.widths.reduce((a, b) => a + b, 0);
  const widths = node.widths.map((w) => round(((ctx.width - offsets) * w) / total));
  const size = node.size ?? ctx.size;
  const body: PdfCell[][] = grid(node, columns).map((row) =>
    row.map((place) => {
      if (place === undefined) return emptyCell();
      if (place === 'covered') return {};
      let width = 0;
      for (let i = place.column; i < place.column + place.colSpan; i++) {
        width += widths[i]!;
        if (i > place.column) width += geometry.paddingRight(i - 1) + geometry.rule(i) + geometry.paddingLeft(i);
      }
      const out = cell(place, { ...ctx, width, size, align: place.cell.align });
      // A bordered table is a table in the structure tree; a borderless one only lays blocks out (the letter's
      // address block) and is a grouping.
      if (layout === 'itadoc-grid') out.role = node.rows[place.row]!.header ? 'TH' : 'TD';
      return out;
    }),
  );
  let headerRows = 0;
  while (headerRows < node.rows.length && node.rows[headerRows]!.header) headerRows++;
  const out: PdfTable = { table: { widths, body }, layout, role: layout === 'itadoc-grid' ? 'Table' : 'Div' };
  const cantSplit = node.rows.map((r) => r.cantSplit || r.cells.some((c) => c.rowspan <= 1 && centred(c)));
  // A row kept with the next one (a group heading) is laid out with it as one block when the next row is kept whole;
  // when the next row may run across pages, only the next row's start must follow it, which the engine checks after
  // each layout pass (softKeepRows) — one block would push a long row, heading and all, to a fresh page.
  const keepWithNext = node.rows.map((r, i) => Boolean(r.keepWithNext) && i + 1 < node.rows.length && cantSplit[i + 1]!);
  const softKeep = node.rows.map((r, i) => Boolean(r.keepWithNext) && i + 1 < node.rows.length && !cantSplit[i + 1]);
  if (headerRows > 0 && headerRows < node.rows.length) {
    out.table.headerRows = headerRows;
    // Never leave the repeated header alone at the foot of a page, nor with only a group heading under it: the
    // first body rows kept with the next join pdfmake's own header block, and are not kept a second way.
    let keepWithHeader = 1;
    while (keepWithNext[headerRows + keepWithHeader - 1]) keepWithHeader++;
    out.table.keepWithHeaderRows = keepWithHeader;
    for (let i = 0; i < headerRows + keepWithHeader - 1; i++) keepWithNext[i] = false;
  }
  if (cantSplit.some(Boolean)) out.table.cantSplitRows = cantSplit;
  if (softKeep.some(Boolean)) out.table.softKeepRows = softKeep;
  if (keepWithNext.some(Boolean)) out.table.keepWithNextRows = keepWithNext;
  if (size !== ctx.size) out.fontSize = ctx.fonts.fontSize(size);
  return out;
}

function cell(place: PlacedCell, ctx: HandlerContext): Exclude<PdfCell, Record<string, never>> {
  const { cell: node, colSpan, rowSpan } = place;
  const out: Exclude<PdfCell, Record<string, never>> = { stack: convertBlocks(node.children, ctx) };
  if (colSpan > 1) out.colSpan = colSpan;
  if (rowSpan > 1) out.rowSpan = rowSpan;
  if (node.shade) out.fillColor = `#${node.shade}`;
  // pdfmake centres a cell only within one page: a cell spanning rows, which may fall on two pages, stays at the
  // top, and a row holding a centred cell is kept on one page (see `table`).
  if (node.valign && node.valign !== 'top' && rowSpan === 1) out.verticalAlignment = node.valign;
  return out;
}

function centred(cell: CellNode): boolean {
  return cell.valign === 'middle' || cell.valign === 'bottom';
}

function emptyCell(): PdfCell {
  return { stack: [{ text: '' }] };
}

function signature(node: SignatureNode, ctx: HandlerContext): PdfContent {
  // Each line is centred on the axis: a box as wide as the nearer side allows, centred there.
  const centre = node.axis * ctx.width;
  const half = Math.min(centre, ctx.width - centre);
  const left = round(centre - half);
  const right = round(ctx.width - centre - half);
  const lines: PdfContent[] = node.lines.map((line) => ({
    text: textRuns(line, { fonts: ctx.fonts, words: ctx.words, size: ctx.size, maxLineWidth: 2 * half }),
    alignment: 'center',
    margin: [left, 0, right, 0],
    role: 'P',
  }));
  const salutation: PdfContent[] = node.salutation
    ? [
        {
          text: textRuns(node.salutation.children, { fonts: ctx.fonts, words: ctx.words, size: ctx.size, maxLineWidth: ctx.width - node.salutation.indent }),
          alignment: 'left',
          margin: [round(node.salutation.indent), 0, 0, 0],
          role: 'P',
        },
      ]
    : [];
  // The signature block, with the letter's closing formula above it, stays on one page, as the clerk would keep it.
  return { stack: [...salutation, spacer(node.space * lineHeight(ctx.size, ctx)), ...lines], unbreakable: true, role: 'Div' };
}

function emblem(node: EmblemNode, ctx: HandlerContext): PdfContent {
  if (!node.image) return spacer(node.height);
  const { data, kind, width, height } = node.image;
  const name = ctx.addImage(`data:image/${kind === 'jpg' ? 'jpeg' : 'png'};base64,${data}`);
  // The emblem is the letterhead's decoration, not content a reader needs read out.
  const out: PdfContent = { image: name, height: round(node.height), width: round((node.height * width) / height), role: 'Artifact' };
  if (node.align === 'center') out.alignment = 'center';
  return out;
}

/** A user's picture: PNG and JPEG as images, SVG as vectors (pdfmake's svg node). */
function image(node: ImageNode, ctx: HandlerContext): PdfContent {
  const { data, kind } = node.image;
  const size = { width: round(node.width), height: round(node.height), ...(node.align === 'center' ? { alignment: 'center' as const } : {}) };
  // A figure in the structure tree; its caption, when it has one, is the paragraph after it.
  if (kind === 'svg') return { svg: Buffer.from(data, 'base64').toString('utf8'), ...size, role: 'Figure' };
  return { image: ctx.addImage(`data:image/${kind === 'jpg' ? 'jpeg' : 'png'};base64,${data}`), ...size, role: 'Figure' };
}

/**
 * A chart: its scene's shapes as a vector canvas, its texts as text placed over it (pdfmake's relativePosition
 * leaves the flow where it was), so labels are real text — shaped as body text is, found by search and copy.
 */
function chart(node: ChartNode, ctx: HandlerContext): PdfContent {
  const measure = (text: string, size: number, bold: boolean) => ctx.fonts.measure(text, bold ? 'bold' : 'normal', size);
  const scene = chartScene(node, measure);
  const texts: PdfContent[] = scene.texts.map((t) => {
    const width = measure(t.text, t.size, t.bold ?? false);
    const left = t.align === 'left' ? t.x : t.align === 'center' ? t.x - width / 2 : t.x - width;
    const run: PdfTextRun = { text: t.text, fontSize: ctx.fonts.fontSize(t.size) };
    if (t.bold) run.bold = true;
    if (t.color) run.color = `#${t.color}`;
    // Placed after the canvas, whose height the flow has already moved down by.
    return { text: [run], relativePosition: { x: round(left), y: round(t.top - scene.height) } };
  });
  const canvas = scene.shapes.map((shape) => {
    switch (shape.kind) {
      case 'polygon':
        return {
          type: 'polyline',
          points: shape.points.map(([x, y]) => ({ x: round(x), y: round(y) })),
          closePath: true,
          ...(shape.fill ? { color: `#${shape.fill}`, fillOpacity: shape.fillOpacity ?? 1 } : {}),
          ...(shape.stroke ? { lineColor: `#${shape.stroke}`, lineWidth: shape.strokeWidth ?? 1 } : { lineWidth: 0 }),
          ...(shape.dash ? { dash: { length: shape.dash } } : {}),
        };
      case 'line':
        return { type: 'line', x1: round(shape.from[0]), y1: round(shape.from[1]), x2: round(shape.to[0]), y2: round(shape.to[1]), lineColor: `#${shape.stroke}`, lineWidth: shape.strokeWidth, ...(shape.dash ? { dash: { length: shape.dash } } : {}) };
      case 'rect':
        return { type: 'rect', x: round(shape.x), y: round(shape.y), w: round(shape.width), h: round(shape.height), color: `#${shape.fill}`, lineWidth: 0 };
      case 'circle':
        return { type: 'ellipse', x: round(shape.centre[0]), y: round(shape.centre[1]), r1: shape.radius, r2: shape.radius, color: `#${shape.fill}`, lineWidth: 0 };
    }
  });
  // A canvas is as tall as its lowest shape; a white rectangle under everything makes it the chart's height.
  canvas.unshift({ type: 'rect', x: 0, y: 0, w: round(scene.width), h: round(scene.height), color: '#FFFFFF', lineWidth: 0 });
  // Texts after the canvas, so they are drawn over the shapes.
  // A figure in the structure tree, read out as its scores: "ตัวชี้วัดที่ ๑ ๙๒.๕๐, …".
  const alt = node.points.map((p) => `${p.label} ${p.text}`).join(', ');
  return { stack: [{ canvas }, ...texts], unbreakable: true, margin: [0, 6, 0, 6], role: 'Figure', alt };
}

/** Empty vertical space: an empty stack whose top margin is the height. */
function spacer(height: number): PdfStack {
  return { stack: [], margin: [0, round(height), 0, 0] };
}

/** Rounds to 1/1000 pt, so definitions read well and compare exactly. */
export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
