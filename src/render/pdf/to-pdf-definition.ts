/**
 * Document tree → pdfmake document definition: a pure function, the PDF renderer's readable intermediate.
 * Running elements that need the laid-out pages (page numbers, the continuation word) are added by the printer.
 */
import type { DocumentNode } from '../../document/nodes.js';
import { convertBlocks, round, type HandlerContext } from './handlers.js';
import type { PdfDefinition } from './pdf-definition.js';
import { BODY_FAMILY, type PdfResources } from './pdf-resources.js';

/** Top margin of the pages after the first (FORMAT.md: about 2.5 cm). */
export const LATER_PAGES_TOP = 2.5 * (72 / 2.54);

/** What the PDF's Creator and Producer say. */
export const PRODUCER = 'itadoc';

/**
 * Builds the pdfmake definition of `doc`: page set-up, metadata, default style and content. Text is already split
 * into runs with Thai break marks, so the result depends on the fonts' widths (`resources`) only for long words,
 * list markers and tab stops.
 */
export function toPdfDefinition(doc: DocumentNode, resources: PdfResources): PdfDefinition {
  const images: Record<string, string> = {};
  const { page } = doc;
  const ctx: HandlerContext = {
    resources,
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
  if (top > page.top) content.unshift({ text: '', margin: [0, round(page.top - top), 0, 0] });
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
      fontSize: resources.fontSize(doc.size),
      lineHeight: round(resources.lineHeightFactor),
    },
    images,
    content,
  };
}
