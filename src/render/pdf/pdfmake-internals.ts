/**
 * Typed access to the parts of pdfmake 0.3 and pdfkit that the PDF renderer drives directly.
 *
 * pdfmake's public entry (`pdfmake.createPdf`) re-parses every font file for every document through pdfkit, keeps
 * fonts and table layouts in a process-wide singleton, and offers no hook to draw a text run differently. itadoc
 * renders thousands of documents per process with fonts parsed once, marks lines with /ActualText and keeps
 * chosen table rows whole, so it runs pdfmake's own layout engine (LayoutBuilder) and renderer with its own
 * pdfkit document subclass — the same steps as pdfmake's `Printer.createPdfKitDocument`. These are pdfmake's
 * compiled CommonJS modules; package.json pins pdfmake to an exact version because they are not a public API.
 *
 * Loading this module also speeds up two pdfmake steps that dominated batch profiles (issue 6), with the same
 * results (tests/render-pdf/style-lookup.test.ts, and byte-identical sample PDFs): style lookups
 * ({@link installFastStyleLookup}) and measuring text already measured for an earlier document
 * ({@link installMeasureCache}).
 */
import { createRequire } from 'node:module';
import { BoundedCache } from '../bounded-cache.js';
import { installLinearLineBuilding } from './linear-line-building.js';

const require = createRequire(import.meta.url);

/** The font object pdfkit draws with (its EmbeddedFont), as pdfmake's layout reads it. */
export interface PdfKitFont {
  id: string;
  ascender: number;
  descender: number;
  lineHeight(size: number, includeGap?: boolean): number;
  widthOfString(text: string, size: number, features?: unknown): number;
}

/** The pdfkit document API the renderer calls besides what pdfmake does. */
export interface PdfKitDocument {
  _fontCount: number;
  _fontFamilies: Record<string, PdfKitFont>;
  page: { markings: unknown[] } | null;
  markContent(tag: string, options?: { actual?: string }): PdfKitDocument;
  endMarkedContent(): PdfKitDocument;
  addContent(data: string): PdfKitDocument;
  text(text: string, x?: number, y?: number, options?: object): PdfKitDocument;
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end' | 'error', listener: (error?: Error) => void): void;
  end(): void;
}

/** pdfmake's pdfkit subclass (src/PDFDocument.js): resolves fonts and images named by the definition. */
export interface PdfmakeDocument extends PdfKitDocument {
  fontCache: Record<string, Record<string, PdfKitFont>>;
  getFontType(bold: boolean, italics: boolean): 'normal' | 'bold' | 'italics' | 'bolditalics';
  provideFont(family: string, bold: boolean, italics: boolean): PdfKitFont;
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
}

/** pdfmake's renderer (src/Renderer.js). */
export interface PdfmakeRenderer {
  pdfDocument: PdfmakeDocument;
  renderPages(pages: LaidOutPage[]): void;
  renderLine(line: LaidOutLine, x: number, y: number): void;
}

/** pdfmake's table processor (src/TableProcessor.js), as far as the row-keeping subclass touches it. */
export interface TableProcessor {
  tableNode: { table: { dontBreakRows?: boolean; cantSplitRows?: boolean[]; keepWithNextRows?: boolean[] } };
  dontBreakRows: boolean;
  /** pdfmake: whether the row being laid out opened an unbreakable block that endRow commits. */
  _isCurrentRowUnbreakable: boolean;
  beginRow(rowIndex: number, writer: unknown): void;
  beginTable(writer: unknown): void;
  endRow(rowIndex: number, writer: unknown, pageBreaks: unknown): void;
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
  require('pdfmake/js/LayoutBuilder.js') as CjsDefault<
    new (pageSize: object, pageMargins: object, svgMeasure: object) => LayoutBuilder
  >
).default;

/** pdfmake's renderer class. */
export const RendererClass = (
  require('pdfmake/js/Renderer.js') as CjsDefault<new (doc: PdfmakeDocument, progress?: unknown) => PdfmakeRenderer>
).default;

/** pdfmake's SVG measurer (required by the layout engine even without SVG content). */
export const SvgMeasureClass = (require('pdfmake/js/SVGMeasure.js') as CjsDefault<new () => object>).default;

/** pdfmake's built-in table layouts (noBorders, headerLineOnly, …). */
export const builtInTableLayouts = (require('pdfmake/js/tableLayouts.js') as { tableLayouts: Record<string, object> })
  .tableLayouts;

/**
 * The module object LayoutBuilder reads its TableProcessor class from at each table (`new _TableProcessor.default`);
 * swapping `default` for the duration of one synchronous layout installs a subclass without touching pdfmake's files.
 */
export const tableProcessorModule = require('pdfmake/js/TableProcessor.js') as CjsDefault<
  new (tableNode: object) => TableProcessor
>;

interface StyleStack {
  getProperty(property: string): unknown;
  styleOverrides: unknown[];
  defaultStyle?: Record<string, unknown>;
  /** Bumped by every push and pop: answers cached for an older stack are stale. */
  itadocVersion?: number;
  itadocCache?: { version: number; values: Map<string, unknown> };
}
type GetStyleProperty = (item: unknown, stack: StyleStack | undefined, property: string, defaultValue: unknown) => unknown;

/**
 * Faster `StyleContextStack.getStyleProperty` and `getProperty`, with the same answers. pdfmake asks for about
 * twenty properties of every word it measures, and for each one pushes the word onto the style stack, walks the
 * stack with a fresh closure and pops it again — a seventh of a measures document's PDF time (profiled in issue 6).
 * - When the word names no style of its own, the pushed word can only answer the property it was just found not to
 *   have, so the stack is read as it is.
 * - The stack's answers are kept until it next changes (push or pop): the words of one paragraph all ask the same
 *   stack the same twenty questions.
 * - A stack of plain override objects (no named styles, which itadoc never uses) is read with a plain loop.
 * Installed once per process, when this module loads; pdfmake is pinned to an exact version (see above).
 */
function installFastStyleLookup(): void {
  const styleStack = (
    require('pdfmake/js/StyleContextStack.js') as CjsDefault<{
      getStyleProperty: GetStyleProperty;
      prototype: {
        getProperty(this: StyleStack, property: string): unknown;
        push(this: StyleStack, item: unknown): void;
        pop(this: StyleStack, howMany?: number): void;
      };
    }>
  ).default;
  const proto = styleStack.prototype;
  const originalGetProperty = proto.getProperty;
  const originalPush = proto.push;
  const originalPop = proto.pop;
  proto.push = function push(this: StyleStack, item: unknown): void {
    this.itadocVersion = (this.itadocVersion ?? 0) + 1;
    originalPush.call(this, item);
  };
  proto.pop = function pop(this: StyleStack, howMany?: number): void {
    this.itadocVersion = (this.itadocVersion ?? 0) + 1;
    originalPop.call(this, howMany);
  };
  proto.getProperty = function getProperty(this: StyleStack, property: string): unknown {
    const version = this.itadocVersion ?? 0;
    let cache = this.itadocCache;
    if (!cache || cache.version !== version) cache = this.itadocCache = { version, values: new Map() };
    if (cache.values.has(property)) return cache.values.get(property);
    let value: unknown = undefined;
    let found = false;
    const overrides = this.styleOverrides;
    for (let i = overrides.length - 1; i >= 0 && !found; i--) {
      const item = overrides[i];
      if (typeof item === 'string' || item instanceof String) return originalGetProperty.call(this, property);
      value = (item as Record<string, unknown>)[property];
      found = value !== undefined && value !== null;
    }
    if (!found) value = this.defaultStyle && this.defaultStyle[property];
    cache.values.set(property, value);
    return value;
  };
  const original = styleStack.getStyleProperty;
  const fast: GetStyleProperty = (item, stack, property, defaultValue) => {
    if (item !== null && typeof item === 'object') {
      const own = (item as Record<string, unknown>)[property];
      if (own !== undefined && own !== null) return own;
      if (!stack) return defaultValue;
      const { style, section } = item as { style?: unknown; section?: unknown };
      if (!style && section === undefined) {
        const value = stack.getProperty(property);
        return value !== undefined && value !== null ? value : defaultValue;
      }
    }
    return original.call(styleStack, item, stack, property, defaultValue);
  };
  styleStack.getStyleProperty = fast;
}
installFastStyleLookup();

/** The style properties pdfmake reads from the stack while it measures text (TextInlines, TextBreaker). */
const MEASURED_STYLE = [
  'font', 'bold', 'italics', 'alignment', 'fontSize', 'fontFeatures', 'characterSpacing', 'color', 'decoration',
  'decorationColor', 'decorationStyle', 'decorationThickness', 'background', 'link', 'linkToPage', 'linkToDestination',
  'noWrap', 'opacity', 'sup', 'sub', 'lineHeight', 'preserveLeadingSpaces', 'preserveTrailingSpaces', 'leadingIndent',
  'wordBreak',
] as const;

interface MeasuredText {
  items: Record<string, unknown>[];
  minWidth: number;
  maxWidth: number;
}
interface CachedText extends MeasuredText {
  /** Per item: the font it was measured with, as [family, bold, italics], to take from the current document. */
  fonts: [string, boolean, boolean][];
}
interface TextInlinesInstance {
  pdfDocument: {
    provideFont(family: string, bold: boolean, italics: boolean): unknown;
    fontCache: Record<string, Record<string, unknown>>;
    itadocMeasureCache?: object;
  } | null;
}

/** The family and style a font object was provided for, found in the document's font cache. */
function fontKey(doc: NonNullable<TextInlinesInstance['pdfDocument']>, font: unknown): [string, boolean, boolean] {
  for (const [family, styles] of Object.entries(doc.fontCache)) {
    for (const [style, candidate] of Object.entries(styles)) {
      if (candidate === font) return [family, style === 'bold' || style === 'bolditalics', style === 'italics' || style === 'bolditalics'];
    }
  }
  throw new Error('a measured word has a font its document did not provide');
}

/**
 * Keeps the words pdfmake measured for a text, so the same text set in the same style is not broken into words and
 * measured again: the documents of a batch repeat most of their text (the framework's questions, a province's
 * measures), and measuring was a fifth of a measures document's PDF time (profiled in issue 6). The cache belongs to
 * the document's set of fonts (`itadocMeasureCache` on the pdfkit document; none, no caching), is keyed by the text
 * and every style property measuring reads, and hands out copies, since layout moves and splits the words it gets.
 */
function installMeasureCache(): void {
  const textInlines = (
    require('pdfmake/js/TextInlines.js') as CjsDefault<{
      prototype: { buildInlines(this: TextInlinesInstance, textArray: unknown, stack: StyleStack): MeasuredText };
    }>
  ).default;
  const original = textInlines.prototype.buildInlines;
  const caches = new WeakMap<object, BoundedCache<string, CachedText>>();
  textInlines.prototype.buildInlines = function buildInlines(this: TextInlinesInstance, textArray, stack) {
    const owner = this.pdfDocument?.itadocMeasureCache;
    if (!owner || !stack) return original.call(this, textArray, stack);
    let cache = caches.get(owner);
    if (!cache) caches.set(owner, (cache = new BoundedCache(2_000)));
    const key = JSON.stringify([textArray, MEASURED_STYLE.map((p) => stack.getProperty(p) ?? null)]);
    let entry = cache.get(key);
    if (!entry) {
      const measured = original.call(this, textArray, stack);
      const fonts = measured.items.map((item) => fontKey(this.pdfDocument!, item.font));
      // The font object belongs to this document (and holds it): the copies keep only which font it was.
      entry = {
        items: measured.items.map((item) => ({ ...item, font: undefined })),
        minWidth: measured.minWidth,
        maxWidth: measured.maxWidth,
        fonts,
      };
      cache.set(key, entry);
      return measured;
    }
    const doc = this.pdfDocument!;
    const fonts = entry.fonts;
    return {
      items: entry.items.map((item, i) => ({ ...item, font: doc.provideFont(...fonts[i]!) })),
      minWidth: entry.minWidth,
      maxWidth: entry.maxWidth,
    };
  };
}
installMeasureCache();
installLinearLineBuilding();
