/**
 * Typed access to the modules of pdfmake 0.3.11 and pdfkit 0.19.1 that the engine drives directly, and the shapes of
 * the private objects it reads. Nothing here changes a library; the patches in patches/ do, each in a file of its own.
 *
 * pdfmake's public entry (`pdfmake.createPdf`) re-parses every font for every document, keeps fonts and table layouts
 * in a process-wide singleton and offers no hook to draw a line differently. The engine therefore runs pdfmake's own
 * layout engine (LayoutBuilder) and renderer with its own pdfkit document subclass — the steps of pdfmake's
 * `Printer.createPdfKitDocument`. These are pdfmake's compiled CommonJS modules, not a public API: package.json pins
 * pdfmake, pdfkit and fontkit to exact versions, and tests/render/pdf/engine/contract.test.ts fails when an upgrade
 * removes or changes anything listed here.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The font object pdfkit draws with (its EmbeddedFont), as pdfmake's layout reads it. */
export interface PdfKitFont {
  id: string;
  ascender: number;
  descender: number;
  lineHeight(size: number, includeGap?: boolean): number;
  widthOfString(text: string, size: number, features?: unknown): number;
}

/** pdfkit's EmbeddedFont as the line writer uses it: glyph encoding for the subset, and its PDF object. */
export interface EncodingFont extends PdfKitFont {
  /** Glyph ids of `text` in the document's subset as hex, and fontkit's positions in 1/1000 em. */
  encode(text: string, features?: unknown): [string[], GlyphPlacement[]];
  ref(): unknown;
}

/** A glyph's placement from fontkit, in 1/1000 em (pdfkit scales fontkit's units to 1000 per em). */
export interface GlyphPlacement {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

/** The pdfkit document API the engine calls besides what pdfmake does. */
export interface PdfKitDocument {
  /** pdfkit: fonts registered so far (numbers the next font id). */
  _fontCount: number;
  /** pdfkit: fonts to embed when the document ends, by id. */
  _fontFamilies: Record<string, PdfKitFont>;
  page: { height: number; fonts: Record<string, unknown>; markings: unknown[] } | null;
  markContent(tag: string, options?: { actual?: string }): PdfKitDocument;
  endMarkedContent(): PdfKitDocument;
  addContent(data: string): PdfKitDocument;
  /** pdfkit: a new indirect object (PDFReference); its stream is deflated in its `finalize` when compressing. */
  ref(data?: object): unknown;
  /** pdfkit: ends the page (closing the marked content left open on it, reopened on the new page) and begins one. */
  addPage(options?: object): PdfKitDocument;
  text(text: string, x?: number, y?: number, options?: object): PdfKitDocument;
  /** pdfkit: a colour name or "#RRGGBB" → its components, or null. */
  _normalizeColor(color: string): number[] | null;
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end' | 'error', listener: (error?: Error) => void): void;
  end(): void;
}

/** pdfmake's pdfkit subclass (src/PDFDocument.js): resolves fonts and images named by the definition. */
export interface PdfmakeDocument extends PdfKitDocument {
  fontCache: Record<string, Record<string, PdfKitFont>>;
  getFontType(bold: boolean, italics: boolean): 'normal' | 'bold' | 'italics' | 'bolditalics';
  provideFont(family: string, bold: boolean, italics: boolean): PdfKitFont;
  /** The font file of a family and style, as svg-to-pdfkit asks for it; null when the definition names none. */
  getFontFile(family: string, bold: boolean, italics: boolean): unknown;
}

/** Constructor of pdfmake's PDFDocument: (fonts, images, patterns, attachments, pdfkit options, vfs, policy). */
export type PdfmakeDocumentClass = new (
  fonts: object,
  images: Record<string, string>,
  patterns: object,
  attachments: object,
  options: object,
  virtualfs: null,
  localAccessPolicy: undefined,
) => PdfmakeDocument;

/** One inline (a word or cluster) of a laid-out line. */
export interface LaidOutInline {
  text: string;
  x: number;
  width: number;
  justifyShift?: number;
}

/** A laid-out line of text (pdfmake src/Line.js). */
export interface LaidOutLine {
  x: number;
  y: number;
  inlines: LaidOutInline[];
  /** Set on the last line of a paragraph (pdfmake LayoutBuilder.buildNextLine). */
  lastLineInParagraph?: boolean;
  /** Set on a line ended by a line break, which justification leaves as it is. */
  newLineForced?: boolean;
  getHeight(): number;
  /** Distance from the line's top to its baseline. */
  getAscenderHeight(): number;
}

/** A laid-out page (pdfmake DocumentContext.addPage). */
export interface LaidOutPage {
  items: { type: string; item: LaidOutLine | object }[];
  pageSize: { width: number; height: number };
  pageMargins: { left: number; top: number; right: number; bottom: number };
}

/** pdfmake's layout engine (src/LayoutBuilder.js). */
export interface LayoutBuilder {
  writer: { context(): { pages: LaidOutPage[] } };
  registerTableLayouts(layouts: Record<string, object>): void;
  layoutDocument(
    content: unknown,
    pdfDocument: PdfmakeDocument,
    styles: object,
    defaultStyle: object,
    background: unknown,
    header: unknown,
    footer: unknown,
    watermark: unknown,
    pageBreakBefore: unknown,
  ): LaidOutPage[];
  /**
   * Lays the page headers and footers out onto the pages of the last layoutDocument (what layoutDocument does after
   * the body; layout.ts calls it once, for the pass it keeps).
   */
  addHeadersAndFooters(header: unknown, footer: unknown): void;
}

/** pdfmake's renderer (src/Renderer.js). */
export interface PdfmakeRenderer {
  pdfDocument: PdfmakeDocument;
  renderPages(pages: LaidOutPage[]): void;
  renderLine(line: LaidOutLine, x: number, y: number): void;
  /** Draws a rule, rectangle or path (table borders, cell shading, decorations of pdfmake's canvas). */
  renderVector(vector: object): void;
  /** Draws an image node. */
  renderImage(image: object): void;
  renderSVG(svg: object): void;
  /** Saves the graphics state and clips to a rectangle (`beginClip` items). */
  beginClip(rect: object): void;
  /** Restores the graphics state a clip saved. */
  endClip(): void;
  /** Shifts a table cell's content to its vertical alignment in a saved graphics state. */
  beginVerticalAlignment(item: object): void;
  /** Restores the graphics state the shift saved. */
  endVerticalAlignment(item: object): void;
}

/** pdfmake's table processor (src/TableProcessor.js), as far as the row-keeping subclass touches it. */
export interface TableProcessor {
  tableNode: { table: { dontBreakRows?: boolean; cantSplitRows?: boolean[]; keepWithNextRows?: boolean[] } };
  dontBreakRows: boolean;
  beginRow(rowIndex: number, writer: unknown): void;
  beginTable(writer: unknown): void;
  endRow(rowIndex: number, writer: unknown, pageBreaks: unknown): void;
}

/** pdfmake's PageElementWriter, as far as the row-keeping table processor reads it. */
export interface PageWriter {
  /** Depth of unbreakable blocks; inside one, `context()` is the block's own context, starting at y = 0. */
  transactionLevel: number;
  context(): { y: number };
  /** The contexts under the current one; the first is the document's. */
  contextStack: { getCurrentPage(): { pageSize: { height: number } }; pageMargins: { top: number; bottom: number } }[];
  /** Blocks repeated at the top of each new page (table headers). */
  repeatables: { height: number }[];
  beginUnbreakableBlock(): void;
  commitUnbreakableBlock(): void;
}

/** pdfmake's style stack (src/StyleContextStack.js). */
export interface StyleStack {
  getProperty(property: string): unknown;
  styleOverrides: unknown[];
  defaultStyle?: Record<string, unknown>;
}

/** `StyleContextStack.getStyleProperty(item, stack, property, default)`. */
export type GetStyleProperty = (item: unknown, stack: StyleStack | undefined, property: string, defaultValue: unknown) => unknown;

/** The StyleContextStack class: its static lookup and the prototype methods the fast lookup replaces. */
export interface StyleContextStackClass {
  getStyleProperty: GetStyleProperty;
  prototype: {
    getProperty(this: StyleStack, property: string): unknown;
    push(this: StyleStack, item: unknown): void;
    pop(this: StyleStack, howMany?: number): void;
  };
}

/** What pdfmake's TextInlines.buildInlines returns: the measured words of a text. */
export interface MeasuredText {
  items: Record<string, unknown>[];
  minWidth: number;
  maxWidth: number;
}

/** A TextInlines instance, as the measure cache reads it. */
export interface TextInlinesInstance {
  pdfDocument: {
    provideFont(family: string, bold: boolean, italics: boolean): unknown;
    fontCache: Record<string, Record<string, unknown>>;
    itadocMeasureCache?: object;
  } | null;
}

/** The TextInlines class: the prototype method the measure cache wraps. */
export interface TextInlinesClass {
  prototype: { buildInlines(this: TextInlinesInstance, textArray: unknown, stack: StyleStack): MeasuredText };
}

interface CjsDefault<T> {
  default: T;
}

/** pdfkit's PDFDocument class. */
export const PdfKit = require('pdfkit') as new (options?: object) => PdfKitDocument & {
  _font: PdfKitFont;
  font(src: Uint8Array): unknown;
};

/** pdfmake's PDFDocument class (a pdfkit subclass). */
export const PdfmakePdfDocument = (require('pdfmake/js/PDFDocument.js') as CjsDefault<PdfmakeDocumentClass>).default;

/** pdfmake's layout engine class. */
export const LayoutBuilderClass = (
  require('pdfmake/js/LayoutBuilder.js') as CjsDefault<new (pageSize: object, pageMargins: object, svgMeasure: object) => LayoutBuilder>
).default;

/** pdfmake's renderer class. */
export const RendererClass = (
  require('pdfmake/js/Renderer.js') as CjsDefault<new (doc: PdfmakeDocument, progress?: unknown) => PdfmakeRenderer>
).default;

/** pdfmake's SVG measurer (required by the layout engine even without SVG content). */
export const SvgMeasureClass = (require('pdfmake/js/SVGMeasure.js') as CjsDefault<new () => object>).default;

/** pdfmake's built-in table layouts (noBorders, headerLineOnly, …). */
export const builtInTableLayouts = (require('pdfmake/js/tableLayouts.js') as { tableLayouts: Record<string, object> }).tableLayouts;

/**
 * The module object LayoutBuilder reads its TableProcessor class from at each table (`new _TableProcessor.default`);
 * swapping `default` for the duration of one synchronous layout installs a subclass without touching pdfmake's files.
 */
export const tableProcessorModule = require('pdfmake/js/TableProcessor.js') as CjsDefault<new (tableNode: object) => TableProcessor>;

/** pdfmake's StyleContextStack class. */
export const StyleContextStack = (require('pdfmake/js/StyleContextStack.js') as CjsDefault<StyleContextStackClass>).default;

/** pdfmake's TextInlines class. */
export const TextInlines = (require('pdfmake/js/TextInlines.js') as CjsDefault<TextInlinesClass>).default;

/** fontkit's CommonJS build: the same module instance pdfkit uses, so fonts parsed here are the ones it draws. */
export const fontkit = require('fontkit') as typeof import('fontkit');
