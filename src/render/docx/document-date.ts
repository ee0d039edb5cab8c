/**
 * The same document gives the same DOCX bytes (issue 12). The docx library stamps the wall clock in two places:
 * `docProps/core.xml` (created and modified) and the time of every file in the zip. Both are set here from the
 * document's own date (`meta.created`, taken from the input), as the PDF's dates are.
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

/**
 * Sets the modification time of every file in `zip` (a DOCX as the docx library packs it) to `date`, in place.
 * Zip times are MS-DOS local times from 1980 with two-second steps; an earlier date is written as 1 January 1980.
 * Only the time fields of the central directory and of each local header change, never a file's data.
 */
export function setZipTimes(zip: Buffer, date: Date): Buffer {
  const from1980 = date.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : date;
  const dosTime = (from1980.getUTCHours() << 11) | (from1980.getUTCMinutes() << 5) | (from1980.getUTCSeconds() >> 1);
  const dosDate = ((from1980.getUTCFullYear() - 1980) << 9) | ((from1980.getUTCMonth() + 1) << 5) | from1980.getUTCDate();
  // End of central directory: the last 22 bytes (the docx library writes no archive comment).
  const end = zip.length - 22;
  if (end < 0 || zip.readUInt32LE(end) !== 0x06054b50) throw new Error('the DOCX zip has no end of central directory');
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('the DOCX zip has a malformed central directory');
    zip.writeUInt16LE(dosTime, at + 12);
    zip.writeUInt16LE(dosDate, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error('the DOCX zip has a malformed local header');
    zip.writeUInt16LE(dosTime, local + 10);
    zip.writeUInt16LE(dosDate, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
