/**
 * The document tree: plain-data nodes with a `type` field, produced by parsing the templates' markup and consumed by
 * every renderer (DOCX, PDF). Nodes come in three kinds — block, inline and running (page-level) — and each renderer
 * has one handler record per kind, checked with `satisfies` against every type of that kind, so a new node type
 * fails to compile until every renderer handles it.
 *
 * Every decision about content is made here, before any renderer: the text of list markers and page numbers in the
 * document's digits, where each table cell sits on the grid, the continuation-word rule (running.ts). Renderers
 * only draw what the tree says.
 *
 * Lengths are in points (1 pt = 1/72 inch = 20 twips); sizes of text in points.
 */
import type { DigitStyle } from '../thai/digits.js';

/** Horizontal alignment. `thai` is Thai distributed justification (Word's thaiDistribute). */
export type Align = 'left' | 'center' | 'right' | 'justify' | 'thai';

/** A run of text with one style. */
export interface TextNode {
  type: 'text';
  value: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Dotted underline, as the memo's field values (จุดไข่ปลา). */
  dotted?: boolean;
  /** Size in points; the document's body size when absent. */
  size?: number;
  /** Colour as RRGGBB. */
  color?: string;
}

/** A line break inside a paragraph. */
export interface BreakNode {
  type: 'break';
}

/**
 * A tab to the next tab stop of the paragraph. With `dotted`, the gap it spans is drawn with the dotted underline
 * of the memo's field lines (จุดไข่ปลา under and after the value, to the margin).
 */
export interface TabNode {
  type: 'tab';
  dotted?: boolean;
}

export type InlineNode = TextNode | BreakNode | TabNode;

export type InlineType = InlineNode['type'];

/** A tab stop: position in points from the left margin, and how text aligns on it. */
export interface TabStop {
  position: number;
  align: 'left' | 'center' | 'right';
}

/** Paragraph spacing and indentation shared by block nodes that hold text. */
export interface ParagraphFormat {
  align?: Align;
  /** First-line indent in points (2.5 cm = 70.9 pt for body paragraphs). */
  firstLine?: number;
  /** Left indent of every line in points. */
  indent?: number;
  /** Hanging indent in points: lines after the first start this far right of the first. */
  hanging?: number;
  /** Space before and after, in points. */
  before?: number;
  after?: number;
  /** Keep with the next block on the same page. */
  keepNext?: boolean;
  /** Tab stops from the left margin (a `tab` node moves to the next one). */
  tabs?: TabStop[];
}

/** A paragraph of text. */
export interface ParagraphNode extends ParagraphFormat {
  type: 'paragraph';
  /** Named style: 'body' (default) or a document-defined one such as 'title', 'heading1', 'urgency'. */
  style?: string;
  children: InlineNode[];
}

/** A heading; `level` 0 is the document title. */
export interface HeadingNode extends ParagraphFormat {
  type: 'heading';
  level: 0 | 1 | 2 | 3;
  children: InlineNode[];
}

/** Numbered or bulleted list; each item is a paragraph with a hanging marker. */
export interface ListNode {
  type: 'list';
  /** thai: ๑. ๒. · paren: (๑) (๒) · close-paren: ๑) ๒) · dash: - · bullet: • · none: no marker. */
  marker: 'thai' | 'paren' | 'close-paren' | 'dash' | 'bullet' | 'none';
  start: number;
  /** Left indent of the marker in points. */
  indent: number;
  items: ListItemNode[];
}

export interface ListItemNode {
  type: 'list-item';
  /** The marker as printed, digits included ("๑.", "(2)", "-"); empty for `none`. */
  label: string;
  children: InlineNode[];
  /** A list nested under the item's text (sub-steps), indented to the item's text. */
  list?: ListNode;
}

/**
 * A table cell. Its place on the table's grid is decided in the tree: `column` is the first grid column it covers,
 * and its spans never run past the table's edge or last row.
 */
export interface CellNode {
  type: 'cell';
  /** First grid column the cell covers (0-based), after the cells of earlier rows that span into this row. */
  column: number;
  colspan: number;
  rowspan: number;
  align?: Align;
  valign?: 'top' | 'middle' | 'bottom';
  /** Background colour as RRGGBB. */
  shade?: string;
  children: BlockNode[];
}

/** A table row; header rows repeat on every page. */
export interface RowNode {
  type: 'row';
  header: boolean;
  /** Keep the row on one page (never split). */
  cantSplit: boolean;
  /** Keep the row on the page of the row after it (a group heading row never ends a page). */
  keepWithNext?: boolean;
  cells: CellNode[];
}

/** A table. Column widths are relative weights, shared out over the text width. */
export interface TableNode {
  type: 'table';
  widths: number[];
  /** Text size in points for the whole table (14 pt for dense tables). */
  size?: number;
  borders: 'all' | 'none';
  rows: RowNode[];
}

/** The signature block: blank lines for the signature, then lines centred on an axis right of the page centre. */
export interface SignatureNode {
  type: 'signature';
  /** Blank lines left for the hand signature. */
  space: number;
  /** Centre of the block as a fraction of the text width (0.5 = page centre). */
  axis: number;
  /**
   * The letter's closing formula ("ขอแสดงความนับถือ"), set above the blank lines at `indent` points from the left
   * margin (the page's centre line): it belongs to the signature and never stays behind on the page before.
   */
  salutation?: { indent: number; children: InlineNode[] };
  lines: InlineNode[][];
}

/** An image's bytes as base64, its kind and its size in pixels (an SVG's: its width and height or viewBox). */
export interface ImageData {
  data: string;
  kind: 'png' | 'jpg' | 'svg';
  width: number;
  height: number;
}

/** The emblem (ตราครุฑ): a user image, or its empty space when none is given. */
export interface EmblemNode {
  type: 'emblem';
  /** Height in points (1.5 cm memo, 3 cm letter). */
  height: number;
  align: 'left' | 'center';
  /** The image, when the user gave one. */
  image?: ImageData;
}

/** A user's picture (PNG, JPEG or SVG), drawn `width` × `height` points: scaled to fit, in proportion. */
export interface ImageNode {
  type: 'image';
  width: number;
  height: number;
  align: 'left' | 'center';
  image: ImageData;
}

/** One indicator of a chart: its label, its score as a number and as printed, last year's score. */
export interface ChartPoint {
  label: string;
  /** Undefined when the indicator has no score. */
  value?: number;
  /** The score as printed beside it, in the document's digits. */
  text: string;
  previous?: number;
}

/**
 * A chart of the indicators' scores, drawn from this data by every renderer (render/chart/): a radar ("spider")
 * chart with the pass-mark ring, or bars with last year's beside them. Every text it shows is here, digits decided.
 */
export interface ChartNode {
  type: 'chart';
  kind: 'radar' | 'bar';
  /** Size in points: the text width, and a height for the kind. */
  width: number;
  height: number;
  passMark: number;
  /** The scale's ticks (20, 40, … 100) and the pass mark, as printed. */
  ticks: { value: number; text: string }[];
  passMarkText: string;
  /** Legend words of this year's and last year's series (bar chart with last year's scores). */
  legend?: { current: string; previous: string };
  points: ChartPoint[];
}

/** Vertical space of a number of empty lines. */
export interface SpaceNode {
  type: 'space';
  lines: number;
}

/** Starts a new page. */
export interface PageBreakNode {
  type: 'page-break';
}

/**
 * Blocks pinned to the foot of the page they end on — the letter's contact lines (FORMAT.md: bottom left), kept
 * together, at the bottom margin however much room the text above leaves, on a new page when they do not fit below
 * it. A renderer that lays out pages (PDF) moves them there; Word anchors them to the bottom margin.
 */
export interface PageFootNode {
  type: 'page-foot';
  children: BlockNode[];
}

export type BlockNode =
  | ParagraphNode
  | HeadingNode
  | ListNode
  | TableNode
  | SignatureNode
  | EmblemNode
  | ImageNode
  | ChartNode
  | SpaceNode
  | PageBreakNode
  | PageFootNode;

export type BlockType = BlockNode['type'];

/** The page number "- ๒ -" at the top centre of every page from `from` on, in the document's digits. */
export interface PageNumberNode {
  type: 'page-number';
  /** First numbered page (FORMAT.md: page 2). */
  from: number;
  digits: DigitStyle;
}

/**
 * The continuation word (คำต่อหน้า) at the bottom right of every page but the last: "/" + the first word of the next
 * page + "..." (running.ts decides the word). Only a renderer that knows where pages end can draw it.
 */
export interface ContinuationNode {
  type: 'continuation';
}

/** Page-level elements, drawn on the pages rather than in the flow of blocks. */
export type RunningNode = PageNumberNode | ContinuationNode;

export type RunningType = RunningNode['type'];

/** Page size and margins of a document. */
export interface PageSetup {
  /** A4 in points: 595.28 × 841.89. */
  width: number;
  height: number;
  /** Margins in points. Left 3 cm, right 2 cm (FORMAT.md). */
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Metadata written into the file. */
export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
  /** Creation date taken from the input (ISO), so re-renders are identical. */
  created: string;
}

/** A whole document. */
export interface DocumentNode {
  type: 'document';
  /** Which document this is: memo, letter, o42, o43, form. */
  kind: string;
  meta: DocumentMeta;
  page: PageSetup;
  /** Page-level elements: page numbers, the continuation word. */
  running: RunningNode[];
  /** Font family name and body size in points (TH SarabunPSK 16 pt by default). */
  font: string;
  size: number;
  /** Words a line never breaks inside, besides the dictionary's (an input's `settings.words`); absent when none. */
  words?: string[];
  children: BlockNode[];
}
