/**
 * Document tree → pdfmake document definition: a pure function, the PDF renderer's readable intermediate.
 * Running elements that need the laid-out pages (page numbers, the continuation word) are added by the printer.
 */
import type { DocumentNode } from '../../document/nodes.js';
import { convertBlocks, round, type HandlerContext } from './handlers.js';
import type { PdfDefinition } from './pdf-definition.js';
import { BODY_FAMILY, type PdfResources } from './pdf-resources.js';

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
  return {
    pageSize: { width: page.width, height: page.height },
    pageMargins: [round(page.left), round(page.top), round(page.right), round(page.bottom)],
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
