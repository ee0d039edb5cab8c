/**
 * The subset of pdfmake's document definition that the PDF renderer writes: plain data, readable in tests.
 * Property names are pdfmake's (https://pdfmake.github.io/docs/0.3/document-definition-object/).
 */

/** A run of text with one style; `text` may hold break marks (U+200B) and line ends ("\n"). */
export interface PdfTextRun {
  text: string;
  bold?: boolean;
  italics?: boolean;
  fontSize?: number;
  color?: string;
  decoration?: 'underline';
  decorationStyle?: 'dotted';
  /** Keeps trailing spaces measured and drawn: the dotted leader of a tab (tab-stops.ts). */
  preserveTrailingSpaces?: boolean;
  characterSpacing?: number;
}

/** pdfmake's alignments; Thai distributed alignment becomes 'justify', spread between clusters by line-writer.ts. */
export type PdfAlignment = 'left' | 'center' | 'right' | 'justify';

/**
 * What a block is in the tagged PDF's structure tree (PDF 1.7, 14.8.4): a heading, a paragraph, a list (L) with its
 * items (LI), their markers (Lbl) and bodies (LBody), a table with its header (TH) and data (TD) cells, a grouping
 * (Div), a figure, or an artifact (not content: drawn, but not read). Not pdfmake's: the engine reads it
 * (engine/structure-tree.ts) and gives pdfmake the definition without it.
 */
export type PdfRole = 'H1' | 'H2' | 'H3' | 'H4' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TH' | 'TD' | 'Div' | 'Figure' | 'Artifact';

/** Properties every block may carry. */
export interface PdfBlockProps {
  /** The block's role in the structure tree; its text belongs to the innermost block with a role. */
  role?: PdfRole;
  /** A figure's alternative text. */
  alt?: string;
  /** [left, top, right, bottom] in points. */
  margin?: [number, number, number, number];
  /** Keeps the block on the page of the block after it (the printer moves it to the next page when stranded). */
  headlineLevel?: 1;
  pageBreak?: 'before';
  unbreakable?: boolean;
  fontSize?: number;
  alignment?: PdfAlignment;
  /** Placed at this offset from where the flow is, without moving the flow (chart labels). */
  relativePosition?: { x: number; y: number };
}

/** A paragraph. */
export interface PdfText extends PdfBlockProps {
  text: string | PdfTextRun[];
  /** First-line indent in points; negative for a hanging indent (pdfmake `leadingIndent`). */
  leadingIndent?: number;
  bold?: boolean;
}

/** Blocks one under the other. */
export interface PdfStack extends PdfBlockProps {
  stack: PdfContent[];
  /** Kept whole and pushed down to the bottom margin of the page it ends on (read by the engine's layout passes). */
  footOfPage?: true;
}

/** A column of a {@link PdfColumns} row. */
export type PdfColumn = PdfText & { width: number | '*' };

/** Blocks side by side (list markers, tab stops). */
export interface PdfColumns extends PdfBlockProps {
  columns: PdfColumn[];
  columnGap: number;
}

/** An image named in the definition's `images`. */
export interface PdfImage extends PdfBlockProps {
  image: string;
  width: number;
  height: number;
}

/** A table cell; `{}` fills the places covered by another cell's colSpan or rowSpan. */
export type PdfCell =
  | (PdfStack & {
      colSpan?: number;
      rowSpan?: number;
      fillColor?: string;
      verticalAlignment?: 'top' | 'middle' | 'bottom';
    })
  | Record<string, never>;

/** A table. */
export interface PdfTable extends PdfBlockProps {
  table: {
    widths: number[];
    body: PdfCell[][];
    headerRows?: number;
    keepWithHeaderRows?: number;
    /** Per row: keep the row on one page (read by the printer's table processor, not by pdfmake). */
    cantSplitRows?: boolean[];
    /** Per row: keep the row on the page of the next one, as one block (read by the engine's table processor). */
    keepWithNextRows?: boolean[];
    /**
     * Per row: keep the row on the page where the next row starts, the next row free to run across pages (the engine
     * moves the row to the next page when a layout pass finds it ending a page).
     */
    softKeepRows?: boolean[];
  };
  layout: string;
}

/** An SVG image, drawn as vectors by pdfmake (its svg node, svg-to-pdfkit inside). */
export interface PdfSvg extends PdfBlockProps {
  svg: string;
  width: number;
  height: number;
}

/** Vector shapes (pdfmake's canvas): polylines, lines, rectangles, ellipses. */
export interface PdfCanvas extends PdfBlockProps {
  canvas: Record<string, unknown>[];
}

/** Any block of the definition. */
export type PdfContent = PdfText | PdfStack | PdfColumns | PdfImage | PdfSvg | PdfCanvas | PdfTable;

/** The document definition handed to pdfmake's layout engine. */
export interface PdfDefinition {
  pageSize: { width: number; height: number };
  /** [left, top, right, bottom] in points. */
  pageMargins: [number, number, number, number];
  language: string;
  info: {
    title: string;
    author: string;
    subject: string;
    keywords: string;
    creator: string;
    producer: string;
    /** ISO date-time; the printer turns it into the PDF's CreationDate and ModDate. */
    created: string;
  };
  defaultStyle: { font: string; fontSize: number; lineHeight: number };
  /** Images by name, as data URLs. */
  images: Record<string, string>;
  content: PdfContent[];
}
