/**
 * One handler per running (page-level) node type: what Word puts on its pages. Word lays pages out itself, so
 * whatever needs to know where a page ends is drawn by Word's own fields or not at all — said here, per node.
 */
import { AlignmentType, Header, NumberFormat, Paragraph, SimpleField, TextRun } from 'docx';
import type { RunningNode, RunningType } from '../../document/nodes.js';
import { PAGE_NUMBER_AFFIXES } from '../../document/running.js';
import { LATER_PAGES_TOP, PAGE_NUMBER_TOP, TH_SARABUN_LINE_SPACING } from '../../document/typography.js';
import { withDigits } from '../../thai/digits.js';
import type { Unsupported } from '../renderer.js';
import { twip, type DocxContext } from './docx-context.js';

/** What a running node adds to the DOCX section. */
export interface SectionPart {
  /** The header of pages after the first, and whether page 1 has none (Word's "different first page"). */
  header?: { header: Header; differentFirstPage: boolean };
  /** The page number format of the section: Word's `thaiNumbers` or `decimal`. */
  numberFormat?: (typeof NumberFormat)[keyof typeof NumberFormat];
}

type RunningHandler<T extends RunningType> = (node: Extract<RunningNode, { type: T }>, ctx: DocxContext) => SectionPart | Unsupported;

/** The handlers, by running type; a new one fails to compile until it is handled (or declared unsupported) here. */
export const runningHandlers = {
  'page-number': (node, ctx) => ({
    header: {
      header: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            // Below the number, space that brings later pages' body down to LATER_PAGES_TOP even when page 1 starts
            // higher for the emblem (FORMAT.md: page 1 ≈ 1.5 cm, later pages ≈ 2.5 cm).
            spacing: { after: twip(Math.max(0, LATER_PAGES_TOP - PAGE_NUMBER_TOP - ctx.doc.size * TH_SARABUN_LINE_SPACING)) },
            // Word writes PAGE in the section's number format (below): "- ๒ -" with thaiNumbers. LibreOffice 7.4
            // ignores thaiNumbers and shows Arabic digits; `\* ThaiArabic` would be worse there (Thai letters).
            children: [
              new TextRun({ text: PAGE_NUMBER_AFFIXES.before }),
              new SimpleField('PAGE', withDigits('2', node.digits)),
              new TextRun({ text: PAGE_NUMBER_AFFIXES.after }),
            ],
          }),
        ],
      }),
      // No number on the pages before `from` (FORMAT.md: from page 2). Word can only leave out page 1.
      differentFirstPage: node.from > 1,
    },
    numberFormat: node.digits === 'thai' ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL,
  }),
  // Word decides where its pages end while the clerk edits; a continuation word typed into the file would be wrong
  // after the first edit, and Word has no field for "the first word of the next page".
  continuation: () => ({ unsupported: 'Word has no field for the first word of the next page' }),
} satisfies { [T in RunningType]: RunningHandler<T> };

/** The section parts of a document's running nodes. */
export function sectionParts(nodes: RunningNode[], ctx: DocxContext): SectionPart[] {
  return nodes
    .map((n) => (runningHandlers[n.type] as RunningHandler<RunningType>)(n as never, ctx))
    .filter((p): p is SectionPart => !('unsupported' in p));
}
