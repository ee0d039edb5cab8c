/**
 * Override of pdfmake 0.3.11's PDFDocument (src/PDFDocument.js, itself a pdfkit 0.19.1 PDFDocument): fonts taken
 * from the engine's parsed fonts, and /ActualText marking of lines that pdfmake's own renderer draws.
 *
 * Fonts: pdfmake's `provideFont` opens each font file through pdfkit for every document; this one wraps the fonts
 * parsed once per process in pdfkit's EmbeddedFont (embedded-font.ts), registers them where pdfkit embeds fonts
 * (`_fontFamilies`, `_fontCount`), and gives them the shared layout cache (shared-layout-cache.ts).
 *
 * Why /ActualText: glyph-by-glyph extraction cannot read Thai back exactly.
 * - Sarabun draws ำ (sara am) as nikhahit + sara aa, and that sara aa is the glyph of a standalone า, so one ToUnicode
 *   entry cannot serve both: pdftotext read "ดำาเนิน" (FORMAT.md).
 * - Marks placed by GPOS offsets sit left of their base's advance, and poppler split them off as words of their own.
 * - Justified lines have small gaps between clusters, which extractors take for spaces.
 * A line holding Thai or justified text is therefore wrapped in a marked-content span whose /ActualText is the line's
 * text (poppler, Acrobat and PDF/UA readers use it; glyph mappings remain as the fallback). The line writer
 * (line-writer.ts) writes the span itself; for lines left to pdfmake's renderer this class opens the span right
 * before the line's first BT and closes it right after its last ET — pdfkit draws each run in `q … Q` with its own
 * transformation, and marked content may enclose whole text objects, never split one.
 * Guarded by tests/render/pdf/engine/contract.test.ts and the end-to-end tests (pdftotext reads ดำเนินการ).
 *
 * Streams deflated at zlib level 2: pdfkit 0.19.1's PDFReference deflates every stream (page contents, font
 * subsets, the structure's and the ToUnicode maps) at zlib's default level, 6, in `finalize`, and that was a twentieth
 * of a PDF's time. Level 2 takes half as long for files about a tenth larger (an O42 and its O43: 488 against
 * 539 KB of streams). Each reference made by this document compresses its own stream before pdfkit's `finalize`
 * runs, which then finds nothing left to compress ({@link finalizeAtStreamLevel}).
 */
import { deflateSync } from 'node:zlib';
import type { Font } from 'fontkit';
import type { FontStyle } from '../../../../resources/resources.js';
import { PdfmakePdfDocument, type PdfKitFont } from '../pdfmake-modules.js';
import { embeddedFont } from './embedded-font.js';
import { openActualTextSpan, type LineWriterDocument } from './line-writer.js';
import { sharedLayoutCache } from './shared-layout-cache.js';

/** The parsed fonts a document draws with, and any font file's bytes for finding pdfkit's EmbeddedFont class. */
export interface DocumentFonts {
  parsed: Readonly<Record<FontStyle, Font>>;
  probe: Uint8Array;
}

/** zlib level of the PDF's streams (see above). */
export const STREAM_DEFLATE_LEVEL = 2;

/** What pdfkit 0.19.1's PDFReference holds while its stream is written: the chunks, and whether it will deflate them. */
interface PdfReferenceInternals {
  compress: boolean;
  buffer: Uint8Array[];
  finalize(): void;
}

/**
 * A reference's `finalize` that deflates its stream at {@link STREAM_DEFLATE_LEVEL} and leaves the rest (length,
 * encryption, writing) to pdfkit's own, to which `compress: false` says the stream is done. pdfkit set /Filter
 * /FlateDecode when the stream was written.
 */
function finalizeAtStreamLevel(this: PdfReferenceInternals): void {
  if (this.compress && this.buffer.length > 0) {
    this.buffer = [deflateSync(Buffer.concat(this.buffer), { level: STREAM_DEFLATE_LEVEL })];
    this.compress = false;
  }
  Object.getPrototypeOf(this).finalize.call(this);
}

export class ItadocPdfDocument extends PdfmakePdfDocument {
  private readonly fonts: DocumentFonts;
  private readonly shareLayouts: boolean;
  private pendingActualText: string | undefined;
  private runsLeft = 0;
  private spanOpen = false;

  /** Words measured with these fonts are kept for later documents (measure-cache.ts); absent when not wanted. */
  readonly itadocMeasureCache: object | undefined;

  /**
   * Called before a page ends: the structure writer closes the marked content it keeps open across lines, which
   * pdfkit would otherwise close at the page's end and open again, empty, on the next page.
   */
  beforePageEnds: (() => void) | undefined;

  constructor(fonts: DocumentFonts, images: Record<string, string>, options: object, speedups: boolean) {
    super({}, images, {}, {}, options, null, undefined);
    this.fonts = fonts;
    this.shareLayouts = speedups;
    this.itadocMeasureCache = speedups ? fonts.parsed : undefined;
  }

  override provideFont(family: string, bold: boolean, italics: boolean): PdfKitFont {
    const style = this.getFontType(bold, italics);
    const byStyle = (this.fontCache[family] ??= {});
    let font = byStyle[style];
    if (!font) {
      const id = `F${++this._fontCount}`;
      const parsed = this.fonts.parsed[style];
      font = new (embeddedFont(this.fonts.probe))(this, parsed, id);
      if (this.shareLayouts) (font as PdfKitFont & { layoutCache?: object }).layoutCache = sharedLayoutCache(parsed);
      // pdfkit embeds (subsets and writes) every font registered here when the document ends.
      this._fontFamilies[id] = font;
      byStyle[style] = font;
    }
    return font;
  }

  /**
   * The font file of a family, which pdfmake's SVG drawing (svg-to-pdfkit) asks for when an SVG image holds text:
   * the body font's, whatever family the SVG names (the definition names no other fonts).
   */
  override getFontFile(): Uint8Array {
    return this.fonts.probe;
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

  /** pdfkit's `ref`, with the stream deflated at {@link STREAM_DEFLATE_LEVEL}. */
  override ref(data?: object): PdfReferenceInternals {
    const reference = super.ref(data) as PdfReferenceInternals;
    reference.finalize = finalizeAtStreamLevel;
    return reference;
  }

  override addPage(options?: object): this {
    if (this.page) this.beforePageEnds?.();
    super.addPage(options);
    return this;
  }

  override addContent(data: string): this {
    if (data === 'BT' && this.pendingActualText !== undefined) {
      openActualTextSpan(this as unknown as Pick<LineWriterDocument, 'page' | 'addContent'>, this.pendingActualText);
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

/** True when pdfkit will open a text object for `text` (it skips empty strings after removing line ends). */
export function drawsText(text: string): boolean {
  return text.replace(/\n/gu, '').length > 0;
}
