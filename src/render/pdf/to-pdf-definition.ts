/**
 * Document tree → pdfmake document definition: a pure function, the PDF renderer's readable intermediate (golden
 * files in tests/fixtures/pdf-definitions/). Running elements that need the laid-out pages (page numbers, the
 * continuation word) are placed by running-handlers.ts.
 */
import type { DocumentNode } from '../../document/nodes.js';
import { LATER_PAGES_TOP } from '../../document/typography.js';
import type { ThaiWordBreaker } from '../../thai/words.js';
import { convertBlocks, round, type HandlerContext } from './block-handlers.js';
import type { PdfDefinition } from './pdf-definition.js';
import type { PdfFonts } from './pdf-fonts.js';

/** The family name the definitions use for the body font, whatever its files are. */
export const BODY_FAMILY = 'Body';

/** What the PDF's Creator and Producer say. */
export const PRODUCER = 'itadoc';

/**
 * Builds the pdfmake definition of `doc`: page set-up, metadata, default style and content. Text is already split
 * into runs with Thai break marks (where `words`, the dictionary and the document's own words, allow a break), so the result depends on the fonts' widths (`fonts`) only for long words,
 * list markers and tab stops.
 */
export function toPdfDefinition(doc: DocumentNode, fonts: PdfFonts, words: ThaiWordBreaker): PdfDefinition {
  const images: Record<string, string> = {};
  const { page } = doc;
  const ctx: HandlerContext = {
    fonts,
    words,
    size: doc.size,
    width: page.width - page.left - page.right,
    addImage(dataUrl) {
      const name = `image-${Object.keys(images).length + 1}`;
      images[name] = dataUrl;
      return name;
    },
  };
  const content = convertBlocks(doc.children, ctx);
  // FORMAT.md: page 1 of a letter or memo starts about 1.5 cm from the edge (the emblem), later pages about 2.5 cm.
  // pdfmake has one top margin for every page, so pages use the later one and page 1's content is pulled up.
  const top = Math.max(page.top, LATER_PAGES_TOP);
  // An empty stack, not an empty text: pdfmake gives an empty text a line's height, which pushed the emblem down.
  if (top > page.top) content.unshift({ stack: [], margin: [0, round(page.top - top), 0, 0] });
  return {
    pageSize: { width: page.width, height: page.height },
    pageMargins: [round(page.left), round(top), round(page.right), round(page.bottom)],
    language: doc.meta.language || 'th-TH',
    info: {
      title: doc.meta.title,
      author: doc.meta.author,
      subject: doc.meta.subject,
      keywords: doc.meta.keywords.join(', '),
      creator: PRODUCER,
      producer: PRODUCER,
      created: doc.meta.created,
    },
    defaultStyle: {
      font: BODY_FAMILY,
      fontSize: fonts.fontSize(doc.size),
      lineHeight: round(fonts.lineHeightFactor),
    },
    images,
    content,
  };
}
