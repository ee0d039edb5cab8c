/**
 * Typographic facts every renderer shares. A renderer never keeps a length of its own for something the other
 * renderers also draw: the DOCX a clerk edits and the PDF published on the web must look like one document.
 *
 * Sources: the correspondence regulation and the OPM typing guide as FORMAT.md in docs/architecture.md restates
 * them (A4, margins 3 cm left and 2 cm right, first-line indent 2.5 cm, TH SarabunPSK 16 pt, page numbers from
 * page 2), and Word's own defaults where the regulation says nothing (cell margins, list hanging indent).
 */

/** Points per centimetre (1 pt = 1/72 inch). */
export const CM = 72 / 2.54;

/**
 * Word's single line spacing of TH SarabunPSK as a multiple of the font size: its Windows ascent plus descent,
 * about 836 + 421 units per 1000 (Laksaman's 1254 + 646 scaled by the 0.66 that makes it TH SarabunPSK's size).
 * 16 pt text → 20.1 pt between baselines. The PDF sets lines this far apart, and the DOCX asks for at least this,
 * so both paginate alike wherever the real font is missing.
 */
export const TH_SARABUN_LINE_SPACING = 1.257;

/** The regulation's first-line indent of body paragraphs: 2.5 cm (`indent="first"` in the markup). */
export const FIRST_LINE_INDENT = 2.5 * CM;

/** Size of the document title (heading level 0) when the markup sets none: 20 pt, bold, centred. */
export const TITLE_SIZE = 20;

/** Space above a heading when the markup sets none: 6 pt (Word: 120 twips). */
export const HEADING_SPACE_BEFORE = 6;

/** Hanging indent of a list item's text after its marker: 0.75 cm, or the widest marker and a gap in the PDF. */
export const LIST_HANGING = 0.75 * CM;

/** Gap between the widest list marker and the item's text when the marker is wider than {@link LIST_HANGING}. */
export const LIST_MARKER_GAP = 7;

/** Word's default left and right cell margin (Table Normal): 108 twips = 5.4 pt ≈ 0.19 cm. */
export const CELL_MARGIN_X = 5.4;

/** Space above and below the text of a ruled table's cells, so that tone marks clear the rule above: 1 pt. */
export const CELL_MARGIN_Y = 1;

/** Rules of ruled tables: ½ pt, Word's default single border. */
export const TABLE_RULE = 0.5;

/**
 * Top margin of every page after the first (FORMAT.md: about 2.5 cm). Page 1 of a memo or letter starts higher
 * (about 1.5 cm, the emblem's top), set by the document's own `top`.
 */
export const LATER_PAGES_TOP = 2.5 * CM;

/**
 * Where the page number's line starts below the page's top edge: Word's default header distance, 1.25 cm (to 1/100
 * pt). Later
 * pages' body text starts at {@link LATER_PAGES_TOP}, below it.
 */
export const PAGE_NUMBER_TOP = Math.round(1.25 * CM * 100) / 100;

/**
 * A table of one-paragraph cells with at most this many body rows is kept on one page (each row kept with the next):
 * split, it would leave one or two rows under a repeated header (issue 13: a five-row table split after two rows).
 */
export const SHORT_TABLE_ROWS = 6;
