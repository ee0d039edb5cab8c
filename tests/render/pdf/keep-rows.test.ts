/**
 * A table row marked keep-with-next (the measures table's group headings) never ends a page: it moves to the next
 * page with the row after it. A control run without the mark shows the test can fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BlockNode, DocumentNode, RowNode } from '../../../src/document/nodes.js';
import { renderPdf } from '../../helpers.js';
import { finishTree, testDocument } from '../../trees.js';
import { requireTools } from '../../e2e/tools.js';

const ok = requireTools('pdftotext');
const dir = mkdtempSync(join(tmpdir(), 'itadoc-keep-'));

const row = (text: string, extra: Partial<RowNode> = {}): RowNode => ({
  type: 'row',
  header: false,
  cantSplit: true,
  cells: [{ type: 'cell',
        column: 0, colspan: 1, rowspan: 1, children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] }],
  ...extra,
});

/** Eight lines of text: a row too tall to squeeze in at the foot of a page. */
const tall = Array.from({ length: 8 }, (_, i) => `บรรทัดที่ ${i + 1} ของแถวแรกในกลุ่ม`).join(' ');

/** `n` one-line paragraphs, to move what follows down the page. */
const paragraphs = (n: number): BlockNode[] =>
  Array.from({ length: n }, (_, i) => ({ type: 'paragraph', children: [{ type: 'text', value: `ย่อหน้าที่ ${i + 1}` }] }));

/** A test document of `fillers` one-line paragraphs followed by `blocks`: what follows lands lower on the page as `fillers` grows. */
function afterFillers(fillers: number, blocks: BlockNode[]): DocumentNode {
  return finishTree({ ...document(0, true), children: [...paragraphs(fillers), ...blocks] });
}

function document(fillers: number, keep: boolean): DocumentNode {
  return testDocument([
    {
      type: 'table',
      widths: [1],
      borders: 'all',
      rows: [
        row('หัวตาราง', { header: true }),
        ...Array.from({ length: fillers }, (_, i) => row(`แถวที่ ${i + 1}`)),
        row('กลุ่มทดสอบ', keep ? { keepWithNext: true } : {}),
        row(`แถวแรกของกลุ่ม ${tall}`),
      ],
    },
  ]);
}

function pageOf(pdf: string, text: string): number {
  for (let page = 1; page <= 3; page++) {
    const r = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
    if (r.stdout.replace(/\s+/g, '').includes(text)) return page;
  }
  return 0;
}

async function pagesOfPair(fillers: number, keep: boolean): Promise<[number, number]> {
  const file = join(dir, `keep-${fillers}-${keep}.pdf`);
  writeFileSync(file, await renderPdf(document(fillers, keep)));
  return [pageOf(file, 'กลุ่มทดสอบ'), pageOf(file, 'แถวแรกของกลุ่ม')];
}

describe.skipIf(!ok)('rows kept with the next row', () => {
  it('a group heading row never stays alone at the foot of a page', async () => {
    let splitWithout = 0;
    for (let fillers = 26; fillers <= 38; fillers++) {
      const [group, first] = await pagesOfPair(fillers, true);
      expect(group, `${fillers} filler rows`).toBeGreaterThan(0);
      expect(group, `${fillers} filler rows`).toBe(first);
      const [g2, f2] = await pagesOfPair(fillers, false);
      if (g2 !== f2) splitWithout++;
    }
    // Control: without the mark some of these layouts do leave the heading behind.
    expect(splitWithout).toBeGreaterThan(0);
  }, 120_000);

  it('a group heading stays with the start of a long row that may run across pages, and the row does run across', async () => {
    // A row of 25 lines may split (rowsAcrossPages); moved whole with its heading it would leave much of a page blank.
    const long = Array.from({ length: 25 }, (_, i) => `บรรทัดยาวที่ ${i + 1}`);
    let runsAcross = 0;
    for (let fillers = 26; fillers <= 38; fillers += 2) {
      const doc = testDocument([
        {
          type: 'table',
          widths: [1],
          borders: 'all',
          rows: [
            row('หัวตาราง', { header: true }),
            ...Array.from({ length: fillers }, (_, i) => row(`แถวที่ ${i + 1}`)),
            row('กลุ่มทดสอบ', { keepWithNext: true }),
            {
              type: 'row',
              header: false,
              cantSplit: false,
              cells: [{ type: 'cell', column: 0, colspan: 1, rowspan: 1, children: long.map((l) => ({ type: 'paragraph', children: [{ type: 'text', value: l }] })) }],
            },
          ],
        },
      ]);
      const file = join(dir, `soft-${fillers}.pdf`);
      writeFileSync(file, await renderPdf(doc));
      const group = pageOf(file, 'กลุ่มทดสอบ');
      expect(group, `${fillers} filler rows`).toBe(pageOf(file, 'บรรทัดยาวที่1'));
      // Where the page has room, the heading and the row's start follow the last filler row on its page, and the row
      // runs onto the next page.
      if (pageOf(file, `แถวที่${fillers}`) === group && pageOf(file, 'บรรทัดยาวที่25') > group) runsAcross++;
    }
    expect(runsAcross).toBeGreaterThan(2);
  }, 120_000);

  it('a group heading right under the table header moves with the header and the first row, header drawn once', async () => {
    for (let fillers = 28; fillers <= 40; fillers += 2) {
      const doc: DocumentNode = afterFillers(fillers, [
        {
          type: 'table',
          widths: [1],
          borders: 'all',
          rows: [row('หัวตาราง', { header: true }), row('กลุ่มทดสอบ', { keepWithNext: true }), row(`แถวแรกของกลุ่ม ${tall}`), row('แถวสุดท้าย')],
        },
      ]);
      const file = join(dir, `header-${fillers}.pdf`);
      writeFileSync(file, await renderPdf(doc));
      const pages = [1, 2, 3].map(
        (page) => spawnSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ''),
      );
      for (const text of pages) expect(text.split('หัวตาราง').length - 1, `${fillers} paragraphs`).toBeLessThanOrEqual(1);
      const groupPage = pages.findIndex((t) => t.includes('กลุ่มทดสอบ'));
      expect(groupPage, `${fillers} paragraphs`).toBeGreaterThanOrEqual(0);
      expect(pages[groupPage]).toContain('หัวตาราง');
      expect(pages[groupPage]).toContain('แถวแรกของกลุ่ม');
    }
  }, 120_000);

  it('a heading above a bold lead-in, both kept with the next block, moves on with it as one chain', async () => {
    // The chain moves as one: within the pass (the look-ahead lays the chain out ahead) or in the next (layout.ts
    // chainStart). Wherever the page ends, the heading, the lead-in and the paragraph's first lines share a page.
    const body = Array.from({ length: 12 }, (_, i) => `ข้อความของย่อหน้าที่ตามหัวข้อ ประโยคที่ ${i + 1}`).join(' ');
    for (let fillers = 30; fillers <= 40; fillers++) {
      const doc: DocumentNode = afterFillers(fillers, [
        { type: 'heading', level: 1, keepNext: true, children: [{ type: 'text', value: 'หัวข้อของลูกโซ่' }] },
        { type: 'paragraph', keepNext: true, children: [{ type: 'text', value: 'คำนำหน้าตัวหนา', bold: true }] },
        { type: 'paragraph', children: [{ type: 'text', value: `ต้นย่อหน้า ${body}` }] },
      ]);
      const file = join(dir, `chain-${fillers}.pdf`);
      writeFileSync(file, await renderPdf(doc));
      const start = pageOf(file, 'ต้นย่อหน้า');
      expect([pageOf(file, 'หัวข้อของลูกโซ่'), pageOf(file, 'คำนำหน้าตัวหนา')], `${fillers} paragraphs`).toEqual([start, start]);
    }
  }, 120_000);

  it('a heading kept with the next block never ends a page above a table whose first rows moved on', async () => {
    for (let fillers = 28; fillers <= 40; fillers += 2) {
      const doc: DocumentNode = afterFillers(fillers, [
        { type: 'heading', level: 1, keepNext: true, children: [{ type: 'text', value: 'หัวข้อก่อนตาราง' }] },
        {
          type: 'table',
          widths: [1],
          borders: 'all',
          rows: [row('หัวตาราง', { header: true }), row('กลุ่มทดสอบ', { keepWithNext: true }), row(`แถวแรกของกลุ่ม ${tall}`)],
        },
      ]);
      const file = join(dir, `heading-${fillers}.pdf`);
      writeFileSync(file, await renderPdf(doc));
      expect(pageOf(file, 'หัวข้อก่อนตาราง'), `${fillers} paragraphs`).toBe(pageOf(file, 'หัวตาราง'));
    }
  }, 120_000);
});

