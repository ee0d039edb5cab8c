/**
 * DOCX renderer: document tree → .docx bytes with the `docx` library, through three handler records (blocks,
 * inlines, running elements), each checked against every node type of its kind.
 *
 * Word and LibreOffice need Thai (a complex script) told apart from Latin text (FORMAT.md, verified): the font is set
 * for every script including `w:cs`, size and weight are doubled into `w:szCs` and `w:bCs`, and the language is
 * `w:lang w:bidi="th-TH"`. Body paragraphs use `thaiDistribute`.
 */
import { Document, Header, NumberFormat } from 'docx';
import type { DocumentNode } from '../../document/nodes.js';
import { PAGE_NUMBER_TOP } from '../../document/typography.js';
import type { Resources } from '../../resources/resources.js';
import type { Renderer } from '../renderer.js';
import { block } from './block-handlers.js';
import { twip, type DocxContext } from './docx-context.js';
import { fontTableXml } from './docx-font-table.js';
import { listsOf, numberingConfig } from './docx-numbering.js';
import { styles, stylesXml } from './docx-styles.js';
import { sectionParts } from './running-handlers.js';
import { coreProperties, documentDate } from './document-date.js';
import { packDocx } from './zip-package.js';

/** Renders a document tree to DOCX bytes; `resources` give the fonts charts are drawn with. */
export async function renderDocx(doc: DocumentNode, resources: Resources): Promise<Buffer> {
  const width = doc.page.width - doc.page.left - doc.page.right;
  const ctx: DocxContext = { doc, width, resources, lists: { next: 0 }, drawings: { next: 0 } };
  const body = doc.children.flatMap((b) => block(b, ctx));
  const parts = sectionParts(doc.running, ctx);
  const header = parts.find((p) => p.header)?.header;
  const numberFormat = parts.find((p) => p.numberFormat)?.numberFormat ?? NumberFormat.DECIMAL;
  const document = new Document({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    keywords: doc.meta.keywords.join(', '),
    description: doc.meta.subject,
    styles: styles(doc),
    numbering: { config: numberingConfig(listsOf(doc.children)) },
    sections: [
      {
        properties: {
          page: {
            size: { width: twip(doc.page.width), height: twip(doc.page.height) },
            margin: {
              top: twip(doc.page.top),
              bottom: twip(doc.page.bottom),
              left: twip(doc.page.left),
              right: twip(doc.page.right),
              header: twip(PAGE_NUMBER_TOP),
              footer: twip(doc.page.bottom / 2),
            },
            pageNumbers: { start: 1, formatType: numberFormat },
          },
          titlePage: header?.differentFirstPage ?? false,
        },
        headers: header ? { default: header.header, first: new Header({ children: [] }) } : undefined,
        children: body,
      },
    ],
  });
  // Dated from the input, never the wall clock: the same document gives the same bytes (document-date.ts).
  return packDocx(
    document,
    [{ path: 'word/styles.xml', data: await stylesXml(doc) }, { path: 'word/fontTable.xml', data: fontTableXml(doc.font) }, coreProperties(doc)],
    documentDate(doc),
  );
}

/** The DOCX renderer. Creating it changes nothing outside it. */
export function createDocxRenderer(): Renderer {
  return { format: 'docx', render: (tree, resources) => renderDocx(tree, resources) };
}
