/**
 * The same document gives the same DOCX bytes (issue 12). The docx library stamps the wall clock in two places:
 * `docProps/core.xml` (created and modified) and the time of every file in the zip. Both come from the document's own
 * date (`meta.created`, taken from the input), as the PDF's dates do: core.xml here, the zip's times in zip-package.ts.
 */
import type { DocumentNode } from '../../document/nodes.js';

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** The document's date as a Date; throws when `meta.created` is not an ISO date. */
export function documentDate(doc: DocumentNode): Date {
  const date = new Date(doc.meta.created);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`document date "${doc.meta.created}" is not an ISO date; the DOCX's dates come from it`);
  }
  return date;
}

/**
 * `docProps/core.xml` as the docx library writes it for the same title, subject, author and keywords, dated with
 * the document's date instead of the wall clock. Given to the packer as a file override.
 */
export function coreProperties(doc: DocumentNode): { path: string; data: string } {
  const { meta } = doc;
  const when = documentDate(doc).toISOString();
  const data =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(meta.title)}</dc:title>` +
    `<dc:subject>${escapeXml(meta.subject)}</dc:subject>` +
    `<dc:creator>${escapeXml(meta.author)}</dc:creator>` +
    `<cp:keywords>${escapeXml(meta.keywords.join(', '))}</cp:keywords>` +
    `<dc:description>${escapeXml(meta.subject)}</dc:description>` +
    `<cp:lastModifiedBy>${escapeXml(meta.author)}</cp:lastModifiedBy>` +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>';
  return { path: 'docProps/core.xml', data };
}
