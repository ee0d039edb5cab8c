/** One handler per block node type: document tree → docx paragraphs and tables. */
import {
  AlignmentType,
  FrameAnchorType,
  FrameWrap,
  HorizontalPositionAlign,
  ImageRun,
  LineRuleType,
  PageBreak,
  Paragraph,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalPositionAlign,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { BlockNode, BlockType, ListNode, ParagraphFormat, TableNode } from '../../document/nodes.js';
import { CELL_MARGIN_X, CELL_MARGIN_Y, LIST_HANGING, TH_SARABUN_LINE_SPACING, TITLE_SIZE } from '../../document/typography.js';
import { BoundedCache } from '../../bounded-cache.js';
import { chartFonts } from '../chart/chart-fonts.js';
import { chartTextLayout, sceneSvg, svgToPng } from '../chart/chart-image.js';
import { chartScene } from '../chart/chart-scene.js';
import { drawingProperties, px, twip, type DocxContext } from './docx-context.js';
import { numberingReference } from './docx-numbering.js';
import { mediaStandIn } from './zip-package.js';
import { DENSE_TABLE_SIZE, LAYOUT_TABLE_STYLE, TABLE_STYLE, TABLE_TEXT_DENSE_STYLE, TABLE_TEXT_STYLE } from './docx-styles.js';
import { inlines, runOptions } from './inline-handlers.js';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
  // Word's Thai distributed justification (FORMAT.md); LibreOffice reads it as left.
  thai: AlignmentType.THAI_DISTRIBUTE,
} as const;

/** Paragraph properties of a format; only what differs from the defaults is written (serialising costs batch time). */
function paragraphOptions(f: ParagraphFormat, ctx: DocxContext): IParagraphOptions {
  const align = f.align ?? ctx.defaultAlign;
  const indented = f.firstLine || f.indent || f.hanging;
  // A dense table's smaller text gets the line floor of its own size, from its style when it has one.
  const smaller = ctx.size !== undefined && ctx.size < ctx.doc.size && ctx.styleSize !== ctx.size;
  return {
    ...(align ? { alignment: ALIGN[align] } : {}),
    ...(indented
      ? {
          indent: {
            ...(f.firstLine ? { firstLine: twip(f.firstLine) } : {}),
            ...(f.indent ? { left: twip(f.indent + (f.hanging ?? 0)) } : f.hanging ? { left: twip(f.hanging) } : {}),
            ...(f.hanging ? { hanging: twip(f.hanging) } : {}),
          },
        }
      : {}),
    ...(f.before || f.after || smaller
      ? {
          spacing: {
            ...(f.before || f.after ? { before: twip(f.before ?? 0), after: twip(f.after ?? 0) } : {}),
            // A dense table's smaller text gets the line floor of its own size, not the body's (docx-styles.ts).
            ...(smaller ? { line: twip(ctx.size! * TH_SARABUN_LINE_SPACING), lineRule: LineRuleType.AT_LEAST } : {}),
          },
        }
      : {}),
    ...(f.keepNext ? { keepNext: true } : {}),
    ...(f.tabs
      ? {
          tabStops: f.tabs.map((t) => ({
            type: t.align === 'right' ? TabStopType.RIGHT : t.align === 'center' ? TabStopType.CENTER : TabStopType.LEFT,
            position: twip(t.position),
          })),
        }
      : {}),
  };
}

type Out = (Paragraph | Table)[];
type XmlContext = Parameters<Paragraph['prepForXml']>[0];
type XmlObject = ReturnType<Paragraph['prepForXml']>;

/**
 * The prepared XML of paragraphs already written, by what decides it: the node and the context it is set in. The
 * documents of a batch repeat most paragraphs (the framework's questions, a province's measures), and building and
 * preparing the docx library's objects was most of the DOCX time (issue 6). Bounded, so long batches stay small.
 */
const paragraphCache = new BoundedCache<string, XmlObject>(2_000);

/**
 * A paragraph whose XML is taken from {@link paragraphCache}, built only the first time. It is a `Paragraph`, so the
 * library treats it as one (a table copies its alignment into the cells it adds below a merged cell). Only plain
 * paragraphs are cached: their XML depends on nothing but their content and style (no relationships, fields or
 * numbering), and the library only reads prepared XML while writing it.
 */
class CachedParagraph extends Paragraph {
  constructor(
    private readonly key: string,
    private readonly build: () => Paragraph,
    alignment: IParagraphOptions['alignment'],
  ) {
    super(alignment ? { alignment } : {});
  }

  override prepForXml(context: XmlContext): XmlObject {
    return paragraphCache.getOrSet(this.key, () => this.build().prepForXml(context));
  }
}

/** A paragraph of `node`'s text, through the cache; `options` is built only when the cache has no XML for it. */
function textParagraph(node: BlockNode, ctx: DocxContext, options: () => IParagraphOptions): Paragraph {
  const key = JSON.stringify([node, ctx.size ?? null, ctx.defaultAlign ?? null, ctx.doc.size, ctx.paragraphStyle ?? null, ctx.styleSize ?? null]);
  const align = ('align' in node ? node.align : undefined) ?? ctx.defaultAlign;
  return new CachedParagraph(key, () => new Paragraph(options()), align ? ALIGN[align] : undefined);
}

type BlockHandler<T extends BlockType> = (node: Extract<BlockNode, { type: T }>, ctx: DocxContext) => Out;

/** The handlers, by block type; a new block type fails to compile until it is handled here. */
export const blockHandlers = {
  paragraph: (node, ctx) => [
    textParagraph(node, ctx, () => ({
      ...paragraphOptions(node, ctx),
      ...(node.style ?? ctx.paragraphStyle ? { style: node.style ?? ctx.paragraphStyle } : {}),
      children: inlines(node.children, ctx),
    })),
  ],
  heading: (node, ctx) => [
    textParagraph(node, ctx, () => ({
      style: node.level === 0 ? 'Title' : `Heading${node.level}`,
      ...paragraphOptions(node, ctx),
      // The Title style carries the title's size; headings the body's.
      children: inlines(node.children, { ...ctx, styleSize: node.level === 0 ? TITLE_SIZE : ctx.doc.size }),
    })),
  ],
  // Word numbering in the tree's marker and digits (docx-numbering.ts): inserting an item renumbers the list.
  list: (node, ctx) => listParagraphs(node, ctx, 0),
  table: (node, ctx) => [table(node, ctx)],
  signature: (node, ctx) => {
    // Centre each line on the axis: a centred paragraph between symmetric bounds whose middle is the axis.
    const axis = node.axis * ctx.width;
    const left = Math.max(0, 2 * axis - ctx.width);
    const right = Math.max(0, ctx.width - 2 * axis);
    // Every paragraph but the last keeps with the next, so Word moves the block to a new page whole.
    const blanks = Array.from({ length: node.space }, () => new Paragraph({ keepNext: true, children: [] }));
    const salutation = node.salutation
      ? [new Paragraph({ indent: { left: twip(node.salutation.indent) }, keepNext: true, children: inlines(node.salutation.children, ctx) })]
      : [];
    return [
      ...salutation,
      ...blanks,
      ...node.lines.map(
        (line, k) =>
          new Paragraph({
            alignment: AlignmentType.CENTER,
            indent: { left: twip(left), right: twip(right) },
            keepNext: k < node.lines.length - 1,
            keepLines: true,
            children: inlines(line, ctx),
          }),
      ),
    ];
  },
  emblem: (node, ctx) => {
    const alignment = node.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
    if (!node.image) {
      // No emblem given: keep its space empty rather than draw a fake (FORMAT.md).
      return [new Paragraph({ alignment, spacing: { line: twip(node.height), lineRule: LineRuleType.EXACT }, children: [] })];
    }
    const { image } = node;
    const width = (node.height * image.width) / image.height;
    return [
      new Paragraph({
        alignment,
        children: [
          image.kind === 'svg'
            ? new ImageRun({
                type: 'svg',
                altText: drawingProperties(ctx),
                data: mediaStandIn(Buffer.from(image.data, 'base64')),
                transformation: { width: px(width), height: px(node.height) },
                fallback: { type: 'png', data: mediaStandIn(svgToPng(Buffer.from(image.data, 'base64').toString('utf8'), width, fontPaths(ctx))) },
              })
            : new ImageRun({
                type: image.kind,
                altText: drawingProperties(ctx),
                data: mediaStandIn(Buffer.from(image.data, 'base64')),
                transformation: { width: px(width), height: px(node.height) },
              }),
        ],
      }),
    ];
  },
  image: (node, ctx) => {
    const { image } = node;
    const transformation = { width: px(node.width), height: px(node.height) };
    const data = Buffer.from(image.data, 'base64');
    const run =
      image.kind === 'svg'
        ? // Word 2016 and later draw the SVG; LibreOffice and older Words its PNG.
          new ImageRun({
            type: 'svg',
            altText: drawingProperties(ctx),
            data: mediaStandIn(data),
            transformation,
            fallback: { type: 'png', data: mediaStandIn(svgToPng(data.toString('utf8'), node.width, fontPaths(ctx))) },
          })
        : new ImageRun({ type: image.kind, altText: drawingProperties(ctx), data: mediaStandIn(data), transformation });
    return [new Paragraph({ alignment: node.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT, keepNext: true, children: [run] })];
  },
  chart: (node, ctx) => {
    // The chart's scene (render/chart/) as the PDF draws it, here as an image: SVG for Word, PNG for the others.
    const fonts = chartFonts(ctx.resources);
    const scene = chartScene(node, (text, size, bold) => {
      const font = bold ? fonts.bold : fonts.normal;
      return (chartTextLayout(font, text).advanceWidth * size * fonts.sizeScale) / font.unitsPerEm;
    });
    const svg = sceneSvg(scene, fonts);
    const run = new ImageRun({
      type: 'svg',
      altText: drawingProperties(ctx),
      data: mediaStandIn(Buffer.from(svg)),
      transformation: { width: px(scene.width), height: px(scene.height) },
      fallback: { type: 'png', data: mediaStandIn(svgToPng(svg, scene.width)) },
    });
    return [new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 120 }, children: [run] })];
  },
  space: (node) => Array.from({ length: node.lines }, () => new Paragraph({ children: [] })),
  'page-break': () => [new Paragraph({ children: [new PageBreak()] })],
  // Word cannot push text down to a page's foot, but a frame anchored to the bottom margin sits there, on the page
  // of the paragraph that holds it (the last one). Consecutive paragraphs with the same frame make one frame, in
  // Word and in LibreOffice. Blocks other than paragraphs stay in the flow.
  'page-foot': (node, ctx) =>
    node.children.flatMap((child) =>
      child.type === 'paragraph' || child.type === 'space'
        ? Array.from({ length: child.type === 'space' ? child.lines : 1 }, () =>
            new Paragraph({
              ...(child.type === 'paragraph' ? paragraphOptions(child, ctx) : {}),
              ...(child.type === 'paragraph' && child.style ? { style: child.style } : {}),
              frame: {
                type: 'alignment',
                alignment: { x: HorizontalPositionAlign.LEFT, y: VerticalPositionAlign.BOTTOM },
                anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
                width: twip(ctx.width),
                wrap: FrameWrap.NOT_BESIDE,
              },
              children: child.type === 'paragraph' ? inlines(child.children, ctx) : [],
            }),
          )
        : block(child, ctx),
    ),
} satisfies { [T in BlockType]: BlockHandler<T> };

/** The font files an SVG's own text is drawn with in its PNG: the resources' body fonts. */
function fontPaths(ctx: DocxContext): string[] {
  return Object.values(ctx.resources.fonts().files).map((f) => f.path);
}

/**
 * The paragraphs of a list whose markers start `offset` points right of the margin (nested lists: the parent's text),
 * numbered by a Word numbering instance of its own.
 */
function listParagraphs(node: ListNode, ctx: DocxContext, offset: number): Paragraph[] {
  const reference = numberingReference(node);
  const instance = reference && ctx.lists ? ++ctx.lists.next : undefined;
  return node.items.flatMap((item) => {
    const hanging = item.label ? LIST_HANGING : 0;
    const indent = offset + node.indent;
    const paragraph = new Paragraph({
      style: ctx.paragraphStyle ?? 'ListParagraph',
      ...(reference ? { numbering: { reference, level: 0, ...(instance !== undefined ? { instance } : {}) } } : {}),
      ...paragraphOptions(
        {
          indent,
          hanging,
          tabs: hanging ? [{ position: indent + hanging, align: 'left' }] : undefined,
          align: ctx.defaultAlign === 'thai' ? 'thai' : undefined,
        },
        ctx,
      ),
      children: [
        // A marker numbering cannot give is typed.
        ...(item.label && !reference ? [new TextRun({ text: item.label, ...runOptions({}, ctx) }), new TextRun({ children: [new Tab()], ...runOptions({}, ctx) })] : []),
        ...inlines(item.children, ctx),
      ],
    });
    return item.list ? [paragraph, ...listParagraphs(item.list, ctx, indent + hanging)] : [paragraph];
  });
}

/** Converts one block. */
export function block(node: BlockNode, ctx: DocxContext): Out {
  return (blockHandlers[node.type] as BlockHandler<BlockType>)(node as never, ctx);
}

const VALIGN = { top: VerticalAlignTable.TOP, middle: VerticalAlignTable.CENTER, bottom: VerticalAlignTable.BOTTOM } as const;

function table(node: TableNode, ctx: DocxContext): Table {
  const total = node.widths.reduce((a, b) => a + b, 0);
  const widths = node.widths.map((w) => twip((w / total) * ctx.width));
  const size = node.size ?? ctx.size ?? ctx.doc.size;
  // Table text comes from a paragraph style of its own size (docx-styles.ts), so runs carry no size.
  const dense = size === DENSE_TABLE_SIZE && size !== ctx.doc.size;
  const inner: DocxContext = {
    ...ctx,
    size: node.size ?? ctx.size,
    defaultAlign: 'left',
    paragraphStyle: dense ? TABLE_TEXT_DENSE_STYLE : TABLE_TEXT_STYLE,
    styleSize: dense ? DENSE_TABLE_SIZE : ctx.doc.size,
  };
  const rows = node.rows.map(
    (row) =>
      new TableRow({
        tableHeader: row.header,
        cantSplit: row.cantSplit,
        children: row.cells.map((cell) => {
          // Word keeps a row with the next when its paragraphs keep with the next.
          const children = cell.children.flatMap((b) =>
            block(
              b.type === 'paragraph'
                ? { ...b, ...(!b.align && cell.align ? { align: cell.align } : {}), ...(row.keepWithNext ? { keepNext: true } : {}) }
                : b,
              inner,
            ),
          );
          return new TableCell({
            children: children.length ? children : [new Paragraph({ children: [] })],
            ...(cell.colspan > 1 ? { columnSpan: cell.colspan } : {}),
            ...(cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
            ...(cell.valign ? { verticalAlign: VALIGN[cell.valign] } : {}),
            ...(cell.shade ? { shading: { fill: cell.shade, color: 'auto', type: 'clear' } } : {}),
            // The cell's place on the grid was decided in the tree (document/parse-markup.ts).
            width: { size: widths.slice(cell.column, cell.column + cell.colspan).reduce((a, b) => a + b, 0), type: WidthType.DXA },
          });
        }),
      }),
  );
  const margin = { x: twip(CELL_MARGIN_X), y: twip(CELL_MARGIN_Y) };
  // Borders and cell margins come from a named table style, so a clerk restyles every table of a kind at once.
  return new Table({
    rows,
    style: node.borders === 'none' ? LAYOUT_TABLE_STYLE : TABLE_STYLE,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // Repeated from the style: LibreOffice does not take a table style's cell margins.
    margins: { top: margin.y, bottom: margin.y, left: margin.x, right: margin.x },
  });
}
