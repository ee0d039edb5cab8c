/**
 * Override of pdfmake 0.3.11's Renderer (src/Renderer.js) `renderLine`, `renderVector`, `renderImage` and `renderSVG`: every line
 * that the line writer can draw is drawn by it as one text object (line-writer.ts); the others go to pdfmake's own
 * `renderLine`, wrapped in an /ActualText span when they hold Thai or justified text (pdf-document.ts says why).
 * With a structure writer (structure-tree.ts), each line and image is drawn inside marked content tied to its
 * structure element, and rules and fills (table borders, shading) as artifacts; `beginClip`, `endClip` and the
 * vertical alignment of a cell's content (a saved and restored graphics state) close what is open first.
 * Guarded by tests/render/pdf/engine/contract.test.ts and differential.test.ts.
 */
import { lineText } from '../laid-out-text.js';
import { RendererClass, type LaidOutLine } from '../pdfmake-modules.js';
import { canWriteLine, writeLine, type LineWriterDocument } from './line-writer.js';
import { drawsText, type ItadocPdfDocument } from './pdf-document.js';
import { ownerOf, type StructureWriter } from '../structure-tree.js';

const hasThai = (text: string) => /[\u0E00-\u0E7F]/u.test(text);

export class ItadocRenderer extends RendererClass {
  /** `useLineWriter: false` leaves every line to pdfmake's own drawing (differential tests). */
  private page: unknown;
  private pageNumber = 0;

  constructor(
    doc: ItadocPdfDocument,
    private readonly useLineWriter: boolean,
    private readonly structure?: StructureWriter,
  ) {
    super(doc);
    if (structure) doc.beforePageEnds = () => structure.close();
  }

  // Graphics state saved and restored around a clip or a table cell's shifted content: marked content must not
  // straddle it, so what is open is closed first.
  override beginClip(rect: object): void {
    this.structure?.close();
    super.beginClip(rect);
  }

  override endClip(): void {
    this.structure?.close();
    super.endClip();
  }

  override beginVerticalAlignment(item: object): void {
    this.structure?.close();
    super.beginVerticalAlignment(item);
  }

  override endVerticalAlignment(item: object): void {
    this.structure?.close();
    super.endVerticalAlignment(item);
  }

  /** The number of the page being drawn (pdfmake adds each page before drawing its items). */
  private currentPage(): number {
    const page = this.pdfDocument.page;
    if (page !== this.page) {
      this.page = page;
      this.pageNumber++;
    }
    return this.pageNumber;
  }

  override renderLine(line: LaidOutLine, x: number, y: number): void {
    const text = lineText(line);
    if (!this.structure) return this.drawLine(line, x, y, text);
    // A line with no text draws at most a decoration (a tab's dotted leader): an artifact.
    const owner = text ? ownerOf(line as unknown as Record<string, unknown>) : 'artifact';
    this.structure.mark(owner, this.currentPage(), () => this.drawLine(line, x, y, text));
  }

  override renderVector(vector: object): void {
    if (!this.structure) return super.renderVector(vector);
    this.structure.mark('artifact', this.currentPage(), () => super.renderVector(vector));
  }

  override renderImage(image: object): void {
    if (!this.structure) return super.renderImage(image);
    this.structure.mark(ownerOf(image as Record<string, unknown>), this.currentPage(), () => super.renderImage(image));
  }

  /** An SVG picture (svg-to-pdfkit draws it, shapes and text): all of it the content of its figure. */
  override renderSVG(svg: object): void {
    if (!this.structure) return super.renderSVG(svg);
    this.structure.mark(ownerOf(svg as Record<string, unknown>), this.currentPage(), () => super.renderSVG(svg));
  }

  private drawLine(line: LaidOutLine, x: number, y: number, text: string): void {
    const justified = line.inlines.some((i) => (i.justifyShift ?? 0) !== 0);
    const doc = this.pdfDocument as ItadocPdfDocument;
    // A paragraph's last line ends its text with a line break, so extracted text keeps paragraphs apart: without
    // it, "…มาตรฐานไว้" and the next paragraph's "ตัวชี้วัด…" read as one line wrapped mid-word.
    const actual = !text || !(justified || hasThai(text)) ? undefined : line.lastLineInParagraph ? `${text}\n` : text;
    if (this.useLineWriter && canWriteLine(line)) {
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
