/**
 * PDF for the web: the text pdf.js (Firefox and most website viewers) and MuPDF extract — they read glyphs through
 * their ToUnicode maps and ignore /ActualText — is the text as written, up to Unicode compatibility normalisation
 * (NFKC: ำ and ํา are one); a reader's search for น้ำหนัก finds it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTree, loadSample, renderPdf } from '../helpers.js';
import { have } from './tools.js';

const WORDS = ['น้ำหนัก', 'ดำเนินการ', 'ที่', 'คำนวณ', 'ประจำปีงบประมาณ'];
const flat = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');

/** The text of every page as pdf.js gives it to a viewer: its text items in order. */
async function pdfjsText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: bytes, verbosity: 0, useSystemFonts: false }).promise;
  let text = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
  }
  await doc.destroy();
  return text;
}

describe('text a web viewer extracts', () => {
  let pdf: Buffer;
  let file: string;
  beforeAll(async () => {
    pdf = await renderPdf(buildTree(loadSample('pathumthani-2563'), 'o42'));
    file = join(mkdtempSync(join(tmpdir(), 'itadoc-web-')), 'o42.pdf');
    writeFileSync(file, pdf);
  });

  it('pdf.js reads น้ำหนัก, ดำเนินการ and ที่ as written', async () => {
    const text = await pdfjsText(new Uint8Array(pdf));
    for (const word of WORDS) expect(flat(text), word).toContain(flat(word));
    // Never sara am followed by a second sara aa ("น้ำา"), in either form.
    expect(text.normalize('NFKC')).not.toMatch(/\u0e4d\u0e32\u0e32/u);
  });

  it.skipIf(!have('mutool'))('MuPDF reads them as written', () => {
    const r = spawnSync('mutool', ['draw', '-q', '-F', 'txt', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
    for (const word of WORDS) expect(flat(r.stdout), word).toContain(flat(word));
    expect(r.stdout.normalize('NFKC')).not.toMatch(/\u0e4d\u0e32\u0e32/u);
  });
});
