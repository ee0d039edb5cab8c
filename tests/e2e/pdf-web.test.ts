/**
 * PDF for the web: the text pdf.js (Firefox and most website viewers) and MuPDF extract — they read glyphs through
 * their ToUnicode maps and ignore /ActualText — is the text as written, up to Unicode compatibility normalisation
 * (NFKC: ำ and ํา are one); a reader's search for น้ำหนัก finds it. Every PDF is tagged with a real structure tree,
 * read back here as pdf.js gives it to assistive technology.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPdfRenderer } from '../../src/render/pdf/render-pdf.js';
import { SAMPLES, buildTree, loadSample, renderPdf, resources, runCli, sampleTrees } from '../helpers.js';
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

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/** The structure elements of every page by role (an element on two pages counts twice), as pdf.js reads them. */
async function structure(bytes: Uint8Array) {
  const doc = await getDocument({ data: bytes, verbosity: 0 }).promise;
  const roles: Record<string, number> = {};
  let untagged = 0;
  /** The most marked contents one paragraph has on one page. */
  let contentsPerParagraph = 0;
  const visit = (node: StructNode | null) => {
    if (!node) return;
    if (node.role && node.role !== 'Root') roles[node.role] = (roles[node.role] ?? 0) + 1;
    if (node.role === 'P') contentsPerParagraph = Math.max(contentsPerParagraph, (node.children ?? []).filter((c) => c.type === 'content').length);
    for (const child of node.children ?? []) visit(child);
  };
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    visit((await page.getStructTree()) as StructNode | null);
    // Every text item lies in marked content tied to an element (an id) or in an artifact.
    const content = await page.getTextContent({ includeMarkedContent: true });
    const open: { tag?: string; id?: string | null }[] = [];
    for (const item of content.items) {
      const tag = (item as { tag?: string }).tag;
      if ('type' in item && item.type === 'beginMarkedContentProps') open.push({ tag, id: item.id });
      else if ('type' in item && item.type === 'beginMarkedContent') open.push({ tag });
      else if ('type' in item && item.type === 'endMarkedContent') open.pop();
      else if ('str' in item && item.str.trim() && !open.some((m) => m.id || m.tag === 'Artifact')) untagged++;
    }
  }
  const marked = await doc.getMarkInfo();
  await doc.destroy();
  return { roles, untagged, marked: marked?.Marked === true, contentsPerParagraph };
}

/**
 * Per content stream that marks content: its marked-content openings (BDC, BMC) and closings (EMC), and whether they
 * nest with the graphics state's saves and restores (q, Q) — an EMC never closes what was opened before a q still open.
 */
function markedContentBalance(pdf: Buffer): { opened: number; closed: number; nested: boolean }[] {
  const out: { opened: number; closed: number; nested: boolean }[] = [];
  const text = pdf.toString('latin1');
  for (const m of text.matchAll(/\/FlateDecode[^>]*>>\s*stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = text.indexOf('endstream', start);
    let data: string;
    try {
      data = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    const opened = (data.match(/\b(BDC|BMC)\b/g) ?? []).length;
    const closed = (data.match(/\bEMC\b/g) ?? []).length;
    // Operators only: strings (glyph codes) and dictionaries dropped.
    const operators = data.replace(/\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>/g, ' ').match(/(?<![\w/])(BDC|BMC|EMC|q|Q)(?!\w)/g) ?? [];
    const stack: string[] = [];
    let nested = true;
    for (const op of operators) {
      if (op === 'BDC' || op === 'BMC' || op === 'q') stack.push(op === 'q' ? 'q' : 'M');
      else if (stack.pop() !== (op === 'Q' ? 'q' : 'M')) nested = false;
    }
    if (opened || closed) out.push({ opened, closed, nested: nested && stack.length === 0 });
  }
  return out;
}

describe('tagged PDF', () => {
  it('the measures document has headings, paragraphs, lists and tables with rows, header and data cells', async () => {
    const pdf = await renderPdf(buildTree(loadSample('pathumthani-2563'), 'o42'));
    const { roles, untagged, marked, contentsPerParagraph } = await structure(new Uint8Array(pdf));
    expect(marked).toBe(true);
    expect(pdf.toString('latin1')).toContain('/Lang (th-TH)');
    // The lines of a paragraph on a page are one marked content (structure-tree.ts), not one each.
    expect(contentsPerParagraph).toBe(1);
    for (const role of ['Document', 'H1', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD']) expect(roles[role] ?? 0, role).toBeGreaterThan(0);
    expect(untagged).toBe(0);
  });

  it('every sample document is tagged, all its text in the structure tree or an artifact', async () => {
    for (const sample of SAMPLES) {
      for (const { kind, tree } of sampleTrees(sample)) {
        const pdf = await renderPdf(tree);
        const { roles, untagged, marked } = await structure(new Uint8Array(pdf));
        expect(marked, `${sample} ${kind}`).toBe(true);
        // Every page's marked content is closed where it was opened.
        const balance = markedContentBalance(pdf);
        expect(balance.length, `${sample} ${kind}`).toBeGreaterThan(0);
        expect(balance.filter((b) => b.opened !== b.closed), `${sample} ${kind}`).toEqual([]);
        // Structure and artifacts nest with the graphics state. Known exception: a line pdfmake draws itself in several
        // runs (a header line with tab stops: memo, letter, form) has its /ActualText span opened in the first run's
        // q … Q and closed in the last's (pdf-document.ts); opened outside, poppler misplaces the line's text.
        if (kind === 'o42' || kind === 'o43') expect(balance.filter((b) => !b.nested), `${sample} ${kind}`).toEqual([]);
        expect(roles.P ?? 0, `${sample} ${kind}`).toBeGreaterThan(0);
        expect(untagged, `${sample} ${kind}`).toBe(0);
        // Pictures and charts (Pathum Thani's spider chart, the school's PDCA diagram) are figures.
        const figures = tree.children.filter((b) => b.type === 'image' || b.type === 'chart').length;
        expect(roles.Figure ?? 0, `${sample} ${kind}`).toBe(figures);
      }
    }
  });
});

describe('caches across documents', () => {
  it('a document rendered after others in the same process is the same file as rendered alone', async () => {
    // The measure cache hands out words measured in an earlier document: each must carry its own structure element.
    await renderPdf(buildTree(loadSample('pathumthani-2563'), 'o42'));
    await renderPdf(buildTree(loadSample('pruyai-2565'), 'o42'));
    const warm = await renderPdf(buildTree(loadSample('tak-2568'), 'o42'));
    const dir = mkdtempSync(join(tmpdir(), 'itadoc-alone-'));
    const r = runCli(['render', 'samples/tak-2568.json', '--out', dir, '--format', 'pdf', '--doc', 'o42']);
    expect(r.code, r.stderr).toBe(0);
    expect(warm.equals(readFileSync(join(dir, 'o42.pdf')))).toBe(true);
  });
});

describe('PDF/A', () => {
  it('with the option, a PDF/A-2b file: XMP identification, sRGB output intent, embedded fonts, still tagged', async () => {
    const pdf = Buffer.from(await createPdfRenderer({ pdfa: true }).render(buildTree(loadSample('tak-2568'), 'o43'), resources));
    const text = pdf.toString('latin1');
    expect(text).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(text).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(text).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
    expect(text).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(text).not.toContain('/Encrypt');
    expect(text).toContain('/StructTreeRoot');
    const plain = await renderPdf(buildTree(loadSample('tak-2568'), 'o43'));
    expect(plain.toString('latin1')).not.toContain('pdfaid');
  });
});
