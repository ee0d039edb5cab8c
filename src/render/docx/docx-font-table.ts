/**
 * word/fontTable.xml naming the document's font: the docx library writes an empty table, and Word (and LibreOffice)
 * then know nothing of TH SarabunPSK's script and family when it is missing on the clerk's machine. The entry says it
 * is a Thai (charset DE) proportional sans-serif font, as Word itself records TH SarabunPSK.
 */
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** fontTable.xml listing `font` (the body font of every script) and Word's defaults for symbols. */
export function fontTableXml(font: string): string {
  const entry = (name: string, charset: string, family: string, pitch: string) =>
    `<w:font w:name="${escape(name)}"><w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts ${NS}>` +
    entry(font, 'DE', 'swiss', 'variable') +
    entry('Symbol', '02', 'roman', 'variable') +
    `</w:fonts>`
  );
}
