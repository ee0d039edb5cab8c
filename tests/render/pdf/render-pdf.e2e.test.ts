/**
 * End to end: hand-built trees rendered to PDF files, read back with the tools a reader's software uses —
 * mutool (every glyph drawn), pdftotext (the text a search or a copy gets) and the reviewer's pdfcheck.
 * Skipped locally without poppler-utils and mupdf-tools, never in CI (ITADOC_REQUIRE_E2E).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BlockNode, DocumentNode, RowNode, TextNode } from '../../../src/document/nodes.js';
import { leadingWord } from '../../../src/document/running.js';
import { renderPdf, thaiWords } from '../../helpers.js';
import { finishTree } from '../../trees.js';
import { toThaiDigits } from '../../../src/thai/digits.js';
import { PDFCHECK, hasPdfcheck, pdfFlatText, pdfPages, requireTools } from '../../e2e/tools.js';
import { BODY, TEST_WORDS, sampleDocument } from './sample-document.js';

const ok = requireTools('mutool', 'pdftotext', 'pdfinfo');
const dir = mkdtempSync(join(tmpdir(), 'itadoc-pdf-'));
const t = (value: string, style: Omit<TextNode, 'type' | 'value'> = {}): TextNode => ({ type: 'text', value, ...style });

function run(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** pdftotext of one page (or all), in its default reading order or another mode. */
function pageText(file: string, page?: number, mode?: '-raw' | '-layout' | '-bbox'): string {
  return run('pdftotext', [...(mode ? [mode] : []), ...(page ? ['-f', String(page), '-l', String(page)] : []), '-enc', 'UTF-8', file, '-']);
}

/** Glyphs drawn with the missing-glyph box (.notdef), as mutool lists them. */
function notdefGlyphs(file: string): number {
  return (run('mutool', ['trace', file]).match(/glyph="(0|\.notdef)"/g) ?? []).length;
}

async function renderTo(name: string, doc: DocumentNode): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await renderPdf(doc));
  return file;
}

/** A document around `children`, with the sample's page set-up. */
function documentOf(children: BlockNode[], page: Partial<DocumentNode['page']> = {}): DocumentNode {
  const doc = sampleDocument();
  return finishTree({ ...doc, page: { ...doc.page, ...page }, running: [], children });
}

describe.skipIf(!ok)('PDF end to end', () => {
  let sample: string;
  let pages: number;

  beforeAll(async () => {
    sample = await renderTo('sample.pdf', sampleDocument());
    pages = pdfPages(sample);
  });

  it('runs over several pages', () => {
    expect(pages).toBeGreaterThanOrEqual(4);
  });

  it('draws every glyph: no missing-glyph box, break marks included', () => {
    expect(notdefGlyphs(sample)).toBe(0);
  });

  it('reads back Thai exactly as written, ำ included and without break marks', () => {
    const text = pageText(sample);
    expect(text).not.toContain('\u200b');
    expect(text).not.toMatch(/ดำา|กำา/u);
    expect(text.split('\n').some((line) => line.includes('ดำเนินการ'))).toBe(true);
    for (const word of [...TEST_WORDS, 'E-Serviceที่', 'จึงเรียนมาเพื่อโปรดทราบ', '(นายสมชาย ใจดี)']) {
      expect(text, word).toContain(word);
    }
  });

  it.skipIf(!hasPdfcheck)("passes the reviewer's pdfcheck", () => {
    const r = spawnSync('node', [PDFCHECK, sample, '--expect', 'ดำเนินการ', '--expect', 'น้ำ', '--expect', '- ๒ -', '--expect', 'E-Serviceที่'], {
      encoding: 'utf8',
    });
    expect(r.stdout.trim().split('\n').at(-1), r.stdout).toMatch(/^ok: /);
    expect(r.status).toBe(0);
  });

  it('numbers pages from the second, "- ๒ -" in Thai digits at the top centre', () => {
    expect(pageText(sample, 1, '-layout')).not.toMatch(/- ๑ -/u);
    const { page: setup } = sampleDocument();
    const centre = (setup.left + setup.width - setup.right) / 2;
    for (let page = 2; page <= pages; page++) {
      const top = pageText(sample, page, '-layout').split('\n').find((l) => l.trim())!;
      expect(top.trim()).toBe(`- ${toThaiDigits(String(page))} -`);
      // Centred over the text area (3 cm left, 2 cm right margin), above the top margin.
      const words = [...pageText(sample, page, '-bbox').matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)"/g)]
        .filter((m) => Number(m[3]) <= setup.top)
        .map((m) => [Number(m[1]), Number(m[2])] as const);
      const middle = (Math.min(...words.map((w) => w[0])) + Math.max(...words.map((w) => w[1]))) / 2;
      expect(middle).toBeCloseTo(centre, 0);
    }
  });

  it('ends each page but the last with the first word of the next page', () => {
    for (let page = 1; page < pages; page++) {
      const next = pageText(sample, page + 1, '-raw').split('\n').find((l) => l.trim())!;
      const word = leadingWord(next, thaiWords)!;
      const lines = pageText(sample, page, '-layout').split('\n').filter((l) => l.trim());
      expect(lines.at(-1)!.trim(), `page ${page}`).toBe(`/${word}...`);
    }
    expect(pageText(sample, pages)).not.toMatch(/\/\S+\.\.\./u);
  });

  it('repeats the table header on every page the table runs over', () => {
    const tablePages = Array.from({ length: pages }, (_, i) => i + 1).filter((p) => pageText(sample, p).includes('กำหนดแนวทาง'));
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const page of tablePages) {
      expect(pageText(sample, page, '-raw').replace(/\s+/g, ''), `page ${page}`).toContain('ลำดับมาตรการผู้รับผิดชอบ');
    }
  });

  it('writes the metadata and language from the tree', () => {
    const info = run('pdfinfo', [sample]);
    expect(info).toMatch(/Title:\s+มาตรการส่งเสริมคุณธรรม/u);
    expect(info).toMatch(/Author:\s+สำนักงานจังหวัดปทุมธานี/u);
    expect(info).toMatch(/Subject:\s+O42/);
    expect(info).toMatch(/Keywords:\s+ITA, O42/);
    expect(info).toMatch(/CreationDate:\s+Thu Jun 18 09:30:00 2020 UTC/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(run('mutool', ['show', sample, 'Root'])).toContain('/Lang (th-TH)');
  });

  it('gives byte-identical files for the same tree, whatever was rendered before', async () => {
    await renderPdf(documentOf([{ type: 'paragraph', children: [t('อื่น ๆ ดำ')] }]));
    const again = await renderPdf(sampleDocument());
    expect(again.equals(readFileSync(sample))).toBe(true);
  });

  it('extracts justified lines without spaces the text does not have', async () => {
    const file = await renderTo(
      'justified.pdf',
      documentOf(BODY.map((text) => ({ type: 'paragraph', align: 'thai', firstLine: 70.87, children: [t(text)] }))),
    );
    const source = BODY.join(' ');
    const lines = pageText(file).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(source, line).toContain(line);
  });

  it('sets the test words in every style without a missing glyph', async () => {
    const words = [...TEST_WORDS, 'E-Serviceที่', 'A วันที่', 'ดำเนินการ'].join(' ');
    const styles = [{}, { bold: true }, { italic: true }, { bold: true, italic: true }];
    const file = await renderTo(
      'styles.pdf',
      documentOf(styles.flatMap((style) => [16, 32].map((size): BlockNode => ({ type: 'paragraph', children: [t(words, { ...style, size })] })))),
    );
    expect(notdefGlyphs(file)).toBe(0);
    const text = pdfFlatText(file);
    for (const word of words.split(' ')) expect(text.split(word).length - 1, word).toBeGreaterThanOrEqual(8);
  });

  it('keeps cant-split rows on one page and lets the others run over', async () => {
    const rows: RowNode[] = Array.from({ length: 16 }, (_, i) => ({
      type: 'row',
      header: false,
      cantSplit: i % 2 === 0,
      cells: [
        {
          type: 'cell',
        column: 0,
          colspan: 1,
          rowspan: 1,
          // Rows kept whole are 6 lines high, the others 14, so page breaks fall inside both kinds.
          children: ['เริ่ม', ...Array<string>(i % 2 === 0 ? 4 : 12).fill('กลาง'), 'จบ'].map((w) => ({
            type: 'paragraph',
            children: [t(`${w}แถว${toThaiDigits(String(i + 1))}`)],
          })),
        },
      ],
    }));
    const file = await renderTo('rows.pdf', documentOf([{ type: 'table', widths: [1], borders: 'all', rows }]));
    const pageOf = (marker: string) => {
      for (let p = 1; p <= pdfPages(file); p++) if (pageText(file, p).includes(marker)) return p;
      return 0;
    };
    let split = 0;
    rows.forEach((row, i) => {
      const n = toThaiDigits(String(i + 1));
      const [start, end] = [pageOf(`เริ่มแถว${n}`), pageOf(`จบแถว${n}`)];
      if (row.cantSplit) expect(end, `row ${i + 1}`).toBe(start);
      else if (end !== start) split++;
    });
    expect(pdfPages(file)).toBeGreaterThanOrEqual(2);
    expect(split).toBeGreaterThan(0);
  });

  it('breaks a word too long for its cell between clusters, inside the cell', async () => {
    const long = 'ประชาธิปไตยคุณธรรมความโปร่งใส'.repeat(2);
    const file = await renderTo(
      'narrow.pdf',
      documentOf([
        {
          type: 'table',
          widths: [1, 9],
          borders: 'all',
          rows: [{ type: 'row', header: false, cantSplit: false, cells: [cell(`${long} https://itas.nacc.go.th/o42`), cell('QQQ')] }],
        },
      ]),
    );
    expect(pdfFlatText(file)).toContain(`${long}https://itas.nacc.go.th/o42`);
    if (hasPdfcheck) {
      const r = spawnSync('node', [PDFCHECK, file], { encoding: 'utf8' });
      expect(r.stdout).toMatch(/overflow 0/);
    }
    // Where the first column's text may run: from its left padding to its right rule. The 16 cm text width minus
    // the rules (3 × ½ pt) and paddings (4 × 5.4 pt) is shared 1 : 9.
    const { page } = sampleDocument();
    const content = page.width - page.left - page.right - 3 * 0.5 - 4 * 5.4;
    const columnLeft = page.left + 0.5 + 5.4;
    const columnRight = columnLeft + content / 10;
    const glyphs = glyphBoxes(file);
    const narrow = glyphs.filter((g) => g.unicode !== 'Q' && g.unicode !== ' ');
    expect(narrow.length).toBeGreaterThan(60);
    for (const g of narrow) {
      expect(g.left, g.unicode).toBeGreaterThanOrEqual(columnLeft - 0.5);
      expect(g.right, g.unicode).toBeLessThanOrEqual(columnRight + 0.5);
    }
    // The second cell's text starts right of the first column.
    for (const g of glyphs.filter((x) => x.unicode === 'Q')) expect(g.left).toBeGreaterThan(columnRight + 5.4);
  });

  it('keeps a heading with the paragraph after it', async () => {
    // 34 one-line paragraphs and the heading fill page 1 (35 lines of 20.1 pt in 714 pt); the paragraph after the
    // heading starts page 2, so the heading moves there too.
    const lines: BlockNode[] = Array.from({ length: 34 }, (_, i) => ({ type: 'paragraph', children: [t(`บรรทัดที่ ${toThaiDigits(String(i + 1))}`)] }));
    const file = await renderTo(
      'keep.pdf',
      documentOf([...lines, { type: 'heading', level: 1, before: 0, children: [t('หัวข้อท้ายหน้า')] }, { type: 'paragraph', children: [t('ย่อหน้าใต้หัวข้อ')] }]),
    );
    expect(pageText(file, 1)).toContain('บรรทัดที่ ๓๔');
    expect(pageText(file, 1)).not.toContain('หัวข้อท้ายหน้า');
    expect(pageText(file, 2)).toContain('หัวข้อท้ายหน้า');
  });

  it('lets a row kept whole split when it is taller than a page, losing nothing', async () => {
    const tall = ['เริ่มแถวยาว', ...Array<string>(50).fill('บรรทัดกลาง'), 'จบแถวยาว'];
    const file = await renderTo(
      'tall-row.pdf',
      documentOf([
        {
          type: 'table',
          widths: [1],
          borders: 'all',
          rows: [
            { type: 'row', header: true, cantSplit: true, cells: [cell('หัวตาราง')] },
            { type: 'row', header: false, cantSplit: true, cells: [cell('แถวสั้น')] },
            {
              type: 'row',
              header: false,
              cantSplit: true,
              cells: [{ type: 'cell',
        column: 0, colspan: 1, rowspan: 1, children: tall.map((w) => ({ type: 'paragraph', children: [t(w)] })) }],
            },
            { type: 'row', header: false, cantSplit: true, cells: [cell('แถวสุดท้าย')] },
          ],
        },
      ]),
    );
    const text = pdfFlatText(file);
    for (const marker of ['แถวสั้น', 'เริ่มแถวยาว', 'จบแถวยาว', 'แถวสุดท้าย']) expect(text).toContain(marker);
    expect(text.split('บรรทัดกลาง').length - 1).toBe(50);
    // No page holds the repeated header alone.
    for (let page = 1; page <= pdfPages(file); page++) expect(pageText(file, page).replace(/หัวตาราง|\s/g, '')).not.toBe('');
  });

  it('keeps text inside the right margin after a list item runs over a page', async () => {
    // About 25 lines, then a list item of about 20 lines: the page break falls inside the item.
    const filler: BlockNode[] = Array.from({ length: 8 }, () => ({ type: 'paragraph', align: 'thai', children: [t(BODY[2]!)] }));
    const long = [...BODY, ...BODY, ...BODY].join(' ');
    const file = await renderTo(
      'list-break.pdf',
      documentOf([
        ...filler,
        { type: 'list', marker: 'close-paren', start: 1, indent: 35.4, items: [{ type: 'list-item', label: '', children: [t(long)] }] },
        { type: 'paragraph', align: 'thai', firstLine: 70.9, children: [t(BODY[2]!)] },
      ]),
    );
    expect(pdfPages(file)).toBe(2);
    const page = sampleDocument().page;
    expect(rightmostInk(file)).toBeLessThanOrEqual(page.width - page.right + 0.5);
  });

  it('draws an emblem image', async () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const file = await renderTo(
      'emblem.pdf',
      documentOf([{ type: 'emblem', height: 85, align: 'center', image: { data: png, kind: 'png', width: 1, height: 1 } }]),
    );
    expect(run('mutool', ['trace', file])).toContain('<fill_image');
  });
});

/** Every glyph mutool traces, with its character and its left and right edges in points from the page's left edge. */
function glyphBoxes(file: string): { unicode: string; left: number; right: number }[] {
  let ctm = [1, 0, 0, 1, 0, 0];
  let size = 16;
  const out: { unicode: string; left: number; right: number }[] = [];
  for (const line of run('mutool', ['trace', file]).split('\n')) {
    let m = /<fill_text [^>]*transform="([^"]+)"/.exec(line);
    if (m) ctm = m[1]!.trim().split(/\s+/).map(Number);
    m = /<span [^>]*trm="([\d.-]+) /.exec(line);
    if (m) size = Math.abs(Number(m[1]));
    m = /<g unicode="([^"]*)" glyph="[^"]*" x="([\d.-]+)" y="[\d.-]+" adv="([\d.-]+)"/.exec(line);
    if (m) {
      const x = Number(m[2]);
      out.push({ unicode: m[1]!, left: ctm[0]! * x + ctm[4]!, right: ctm[0]! * (x + Number(m[3]) * size) + ctm[4]! });
    }
  }
  return out;
}

/** The right edge of the rightmost glyph that draws something (spaces excluded), in points from the left edge. */
function rightmostInk(file: string): number {
  return Math.max(0, ...glyphBoxes(file).filter((g) => g.unicode !== ' ').map((g) => g.right));
}

function cell(text: string) {
  return { type: 'cell' as const, column: 0, colspan: 1, rowspan: 1, children: [{ type: 'paragraph' as const, children: [t(text)] }] };
}
