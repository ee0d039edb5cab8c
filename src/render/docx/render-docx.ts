/**
 * DOCX renderer: document tree → .docx bytes with the `docx` library, one handler per node type.
 *
 * Word and LibreOffice need Thai (a complex script) told apart from Latin text (FORMAT.md, verified): the font is set
 * for every script including `w:cs`, size and weight are doubled into `w:szCs` and `w:bCs`, and the language is
 * `w:lang w:bidi="th-TH"`. Without those, Thai comes out small, not bold, in a fallback font. Body paragraphs use
 * `thaiDistribute`. No ZWSP or manual break is put inside Thai text: Word and LibreOffice break Thai themselves.
 */
import {
  AlignmentType,
  Document,
  Header,
  ImageRun,
  LineRuleType,
  NumberFormat,
  Packer,
  PageBreak,
  Paragraph,
  SimpleField,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import type {
  Align,
  BlockNode,
  CellNode,
  DocumentNode,
  InlineNode,
  ParagraphFormat,
  TableNode,
} from '../../document/nodes.js';
import { listMarker } from '../../document/list-marker.js';
import { TH_SARABUN_LINE_SPACING } from '../../document/typography.js';
import { BoundedCache } from '../bounded-cache.js';
import { coreProperties, documentDate, setZipTimes } from './document-date.js';

/** Points → twentieths of a point (twips), the unit of OOXML lengths. */
const twip = (pt: number) => Math.round(pt * 20);
/** Points → half-points, the unit of OOXML font sizes. */
const half = (pt: number) => Math.round(pt * 2);
/** Points → EMU (English Metric Units) for drawings. */
const px = (pt: number) => Math.round((pt * 96) / 72);

const CM = 72 / 2.54;
/** Space under the page number, so that body text of later pages starts near 2.5 cm. */
const HEADER_GAP = 0.8 * CM;
const LIST_INDENT = 0.75 * (72 / 2.54); // marker width: 0.75 cm

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
  // Word's Thai distributed justification (FORMAT.md); LibreOffice reads it as left.
  thai: AlignmentType.THAI_DISTRIBUTE,
} as const;

interface Ctx {
  doc: DocumentNode;
  /** Text width in points. */
  width: number;
  /** Text size inside the current table, when it differs from the body size. */
  size?: number;
  /** Which alignment a paragraph without one gets (cells: left). */
  defaultAlign?: Align;
}

/** Run properties for one style; complex-script twins always set with their Latin ones. */
function runOptions(node: { bold?: boolean; italic?: boolean; underline?: boolean; dotted?: boolean; size?: number; color?: string }, ctx: Ctx): IRunOptions {
  const size = node.size ?? ctx.size;
  return {
    ...(node.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(node.italic ? { italics: true, italicsComplexScript: true } : {}),
    ...(size !== undefined ? { size: half(size), sizeComplexScript: half(size) } : {}),
    ...(node.color ? { color: node.color } : {}),
    ...(node.dotted ? { underline: { type: UnderlineType.DOTTED } } : node.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  };
}

function inlines(nodes: InlineNode[], ctx: Ctx): ParagraphChild[] {
  return nodes.map((n) => {
    switch (n.type) {
      case 'text':
        return new TextRun({ text: n.value, ...runOptions(n, ctx) });
      case 'break':
        return new TextRun({ break: 1, ...runOptions({}, ctx) });
      case 'tab':
        // A dotted tab carries the memo's dotted line on to the tab stop.
        return new TextRun({ children: [new Tab()], ...runOptions({ dotted: n.dotted }, ctx) });
    }
  });
}

function paragraphOptions(f: ParagraphFormat, ctx: Ctx): IParagraphOptions {
  const align = f.align ?? ctx.defaultAlign;
  // Only what differs from the defaults is written: every attribute costs serialisation time in batch runs.
  const indented = f.firstLine || f.indent || f.hanging;
  const smaller = ctx.size !== undefined && ctx.size < ctx.doc.size;
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
            // A dense table's smaller text gets the line floor of its own size, not the body's (see styles()).
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
 * A paragraph whose XML is taken from {@link paragraphCache}, built only the first time. It is a `Paragraph`, so
 * the library treats it as one (a table copies its alignment into the cells it adds below a merged cell). Only
 * plain paragraphs are cached: their XML depends on nothing but their content and style (no relationships, fields
 * or numbering), and the library only reads prepared XML while writing it.
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
function textParagraph(node: BlockNode, ctx: Ctx, options: () => IParagraphOptions): Paragraph {
  const key = JSON.stringify([node, ctx.size ?? null, ctx.defaultAlign ?? null, ctx.doc.size]);
  const align = ('align' in node ? node.align : undefined) ?? ctx.defaultAlign;
  return new CachedParagraph(key, () => new Paragraph(options()), align ? ALIGN[align] : undefined);
}
type Handler<T extends BlockNode['type']> = (node: Extract<BlockNode, { type: T }>, ctx: Ctx) => Out;

const TABLE_STYLE = 'ITATable';
const LAYOUT_TABLE_STYLE = 'ITALayoutTable';

/** The two table styles, as styles.xml entries: ruled report tables, and borderless layout tables. */
function tableStylesXml(): string {
  const side = (name: string, rule: boolean) =>
    rule ? `<w:${name} w:val="single" w:sz="4" w:space="0" w:color="000000"/>` : `<w:${name} w:val="nil"/>`;
  const style = (id: string, name: string, rule: boolean) =>
    `<w:style w:type="table" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="TableNormal"/>` +
    `<w:uiPriority w:val="59"/><w:qFormat/><w:tblPr><w:tblBorders>` +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((n) => side(n, rule)).join('') +
    `</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>` +
    `<w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`;
  return style(TABLE_STYLE, 'ITA Table', true) + style(LAYOUT_TABLE_STYLE, 'ITA Layout Table', false);
}

const stylesCache = new Map<string, Promise<string>>();

/**
 * styles.xml of a document: the docx library's own (document defaults, paragraph styles) with the table styles
 * added — the library has no API for table styles, and its `importedStyles` would drop the document defaults.
 * Built once per font and size, then given to every document as a file override.
 */
function stylesXml(doc: DocumentNode): Promise<string> {
  const key = `${doc.font}\u0000${doc.size}`;
  let xml = stylesCache.get(key);
  if (!xml) {
    xml = Packer.toBuffer(new Document({ styles: styles(doc), sections: [{ children: [] }] })).then((zip) => {
      const own = strFromU8(unzipSync(new Uint8Array(zip), { filter: (f) => f.name === 'word/styles.xml' })['word/styles.xml']!);
      return own.replace('</w:styles>', `${tableStylesXml()}</w:styles>`);
    });
    stylesCache.set(key, xml);
  }
  return xml;
}

/** One handler per node type; a new node type fails to compile until it is handled here. */
const handlers = {
  paragraph: (node, ctx) => [
    textParagraph(node, ctx, () => ({
      ...paragraphOptions(node, ctx),
      ...(node.style ? { style: node.style } : {}),
      children: inlines(node.children, ctx),
    })),
  ],
  heading: (node, ctx) => [
    textParagraph(node, ctx, () => ({
      style: node.level === 0 ? 'Title' : `Heading${node.level}`,
      ...paragraphOptions(node, ctx),
      children: inlines(node.children, ctx),
    })),
  ],
  list: (node, ctx) =>
    node.items.map((item, k) => {
      const marker = listMarker(node.marker, node.start + k);
      const hanging = marker ? LIST_INDENT : 0;
      return new Paragraph({
        style: 'ListParagraph',
        ...paragraphOptions({ indent: node.indent, hanging, tabs: hanging ? [{ position: node.indent + hanging, align: 'left' }] : undefined, align: ctx.defaultAlign === 'thai' ? 'thai' : undefined }, ctx),
        children: [
          ...(marker ? [new TextRun({ text: marker, ...runOptions({}, ctx) }), new TextRun({ children: [new Tab()], ...runOptions({}, ctx) })] : []),
          ...inlines(item.children, ctx),
        ],
      });
    }),
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
  emblem: (node) => {
    const alignment = node.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
    if (!node.image) {
      // No emblem given: keep its space empty rather than draw a fake (FORMAT.md).
      return [new Paragraph({ alignment, spacing: { line: twip(node.height), lineRule: LineRuleType.EXACT }, children: [] })];
    }
    const { image } = node;
    const height = node.height;
    const width = (height * image.width) / image.height;
    return [
      new Paragraph({
        alignment,
        children: [
          new ImageRun({
            type: image.kind,
            data: Buffer.from(image.data, 'base64'),
            transformation: { width: px(width), height: px(height) },
          }),
        ],
      }),
    ];
  },
  space: (node) => Array.from({ length: node.lines }, () => new Paragraph({ children: [] })),
  'page-break': () => [new Paragraph({ children: [new PageBreak()] })],
} satisfies { [T in BlockNode['type']]: Handler<T> };

function block(node: BlockNode, ctx: Ctx): Out {
  return (handlers[node.type] as Handler<typeof node.type>)(node as never, ctx);
}

const VALIGN = { top: VerticalAlignTable.TOP, middle: VerticalAlignTable.CENTER, bottom: VerticalAlignTable.BOTTOM } as const;

function table(node: TableNode, ctx: Ctx): Table {
  const total = node.widths.reduce((a, b) => a + b, 0);
  const widths = node.widths.map((w) => twip((w / total) * ctx.width));
  const inner: Ctx = { ...ctx, size: node.size ?? ctx.size, defaultAlign: 'left' };
  // Track which grid columns each row's cells start at, so a cell's width covers its colspan.
  const occupied: number[] = new Array(widths.length).fill(0);
  const rows = node.rows.map((row) => {
    let col = 0;
    const cells = row.cells.map((cell: CellNode) => {
      while (col < widths.length && occupied[col]! > 0) col++;
      const span = widths.slice(col, col + cell.colspan).reduce((a, b) => a + b, 0);
      for (let c = col; c < col + cell.colspan && c < widths.length; c++) occupied[c] = cell.rowspan;
      col += cell.colspan;
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
        width: { size: span, type: WidthType.DXA },
      });
    });
    for (let c = 0; c < occupied.length; c++) if (occupied[c]! > 0) occupied[c]!--;
    return new TableRow({ children: cells, tableHeader: row.header, cantSplit: row.cantSplit });
  });
  // Borders and cell margins come from a named table style, so a clerk restyles every table of a kind at once.
  return new Table({
    rows,
    style: node.borders === 'none' ? LAYOUT_TABLE_STYLE : TABLE_STYLE,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // Repeated from the style: LibreOffice does not take a table style's cell margins.
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
  });
}

/** Named styles clerks see in Word's style list; Thai run properties complete in every one (FORMAT.md). */
function styles(doc: DocumentNode) {
  const font = { ascii: doc.font, hAnsi: doc.font, eastAsia: doc.font, cs: doc.font };
  const run = (size: number, bold = false) => ({
    font,
    size: half(size),
    sizeComplexScript: half(size),
    ...(bold ? { bold: true, boldComplexScript: true } : {}),
    language: { value: 'th-TH', eastAsia: 'th-TH', bidirectional: 'th-TH' },
  });
  const heading = (id: string, name: string, size: number) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: run(size, true),
    paragraph: { keepNext: true, spacing: { before: 120, after: 0 } },
  });
  return {
    default: {
      // Single spacing with a floor of TH SarabunPSK's own single line: where the font is substituted by one with
      // tighter metrics (LibreOffice on Debian draws "TH Sarabun…" with Laksaman, whose line height overlaps Thai
      // marks) lines stay apart, and pages break as in the PDF.
      document: {
        run: run(doc.size),
        paragraph: {
          spacing: { before: 0, after: 0, line: twip(doc.size * TH_SARABUN_LINE_SPACING), lineRule: LineRuleType.AT_LEAST },
        },
      },
    },
    paragraphStyles: [
      { id: 'Normal', name: 'Normal', quickFormat: true, run: run(doc.size) },
      { ...heading('Title', 'Title', 20), paragraph: { alignment: AlignmentType.CENTER, keepNext: true } },
      heading('Heading1', 'heading 1', doc.size),
      heading('Heading2', 'heading 2', doc.size),
      heading('Heading3', 'heading 3', doc.size),
      { id: 'ListParagraph', name: 'List Paragraph', basedOn: 'Normal', quickFormat: true, run: run(doc.size) },
    ],
  };
}

/** Renders a document tree to DOCX bytes. */
export async function renderDocx(doc: DocumentNode): Promise<Buffer> {
  const width = doc.page.width - doc.page.left - doc.page.right;
  const ctx: Ctx = { doc, width };
  const body = doc.children.flatMap((b) => block(b, ctx));
  const pageNumber =
    doc.page.numbersFrom > 0
      ? new Header({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              // The header is 1 cm from the edge; its line and this space push the body of pages 2 onward down to
              // about 2.5 cm even when page 1 starts higher for the emblem (FORMAT.md: page 1 ≈ 1.5 cm, later ≈ 2.5 cm).
              spacing: { after: twip(HEADER_GAP) },
              // Word writes PAGE in the section's number format (thaiNumbers below): "- ๒ -". LibreOffice ignores
              // thaiNumbers and shows Arabic digits; `\* ThaiArabic` would be worse there (Thai letters), FORMAT.md.
              children: [new TextRun({ text: '- ' }), new SimpleField('PAGE', '2'), new TextRun({ text: ' -' })],
            }),
          ],
        })
      : undefined;
  const document = new Document({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    keywords: doc.meta.keywords.join(', '),
    description: doc.meta.subject,
    styles: styles(doc),
    sections: [
      {
        properties: {
          page: {
            size: { width: twip(doc.page.width), height: twip(doc.page.height) },
            margin: {
              top: twip(doc.page.top),
              bottom: twip(doc.page.bottom),
              left: twip(doc.page.left),
              right: twip(doc.page.right),
              header: twip(CM),
              footer: twip(doc.page.bottom / 2),
            },
            pageNumbers: { start: 1, formatType: NumberFormat.THAI_NUMBERS },
          },
          // No number on the first page (FORMAT.md: page numbers from page 2).
          titlePage: doc.page.numbersFrom > 1,
        },
        headers: pageNumber ? { default: pageNumber, first: new Header({ children: [] }) } : undefined,
        children: body,
      },
    ],
  });
  // Dated from the input, never the wall clock: the same document gives the same bytes (document-date.ts).
  const zip = await Packer.toBuffer(document, false, [{ path: 'word/styles.xml', data: await stylesXml(doc) }, coreProperties(doc)]);
  return setZipTimes(zip, documentDate(doc));
}
