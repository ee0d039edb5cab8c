/** What every DOCX handler reads: the document, the width it sets text in, and OOXML's units. */
import type { Align, DocumentNode } from '../../document/nodes.js';
import type { Resources } from '../../resources/resources.js';

/** Points → twentieths of a point (twips), the unit of OOXML lengths. */
export const twip = (pt: number) => Math.round(pt * 20);
/** Points → half-points, the unit of OOXML font sizes. */
export const half = (pt: number) => Math.round(pt * 2);
/** Points → pixels at 96 dpi, the unit the docx library takes for drawings. */
export const px = (pt: number) => Math.round((pt * 96) / 72);

/** Where a block is set. */
export interface DocxContext {
  doc: DocumentNode;
  /** Text width in points. */
  width: number;
  /** Text size inside the current table, when it differs from the body size. */
  size?: number;
  /** Which alignment a paragraph without one gets (cells: left). */
  defaultAlign?: Align;
  /** Fonts and files, for what is drawn into images (charts, SVG fallbacks). */
  resources: Resources;
  /**
   * The size the paragraph's named style gives its text (the title's 20 pt), when it is not the size of the text
   * here: a run carries a size of its own only where it differs (docx-styles.ts).
   */
  styleSize?: number;
  /** The named style of paragraphs that name none here (table text in tables); Normal when absent. */
  paragraphStyle?: string;
  /** Numbers the lists of the document, each a numbering instance of its own (docx-numbering.ts). */
  lists?: { next: number };
  /** Numbers the document's pictures (see {@link drawingProperties}). */
  drawings?: { next: number };
}

/**
 * The id and name of the document's next picture. Left to itself, the docx library numbers pictures with a counter
 * of the whole process, so the second rendering of a document in a batch would differ from the first; numbered per
 * document, the same document gives the same bytes.
 */
export function drawingProperties(ctx: DocxContext): { id: string; name: string } {
  ctx.drawings ??= { next: 0 };
  const id = ++ctx.drawings.next;
  return { id: String(id), name: `Picture ${id}` };
}
