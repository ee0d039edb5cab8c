/**
 * The PDF handlers, on the readable intermediate: the pdfmake definition of a small hand-built tree that holds every
 * block node type.
 */
import { describe, expect, it } from 'vitest';
import type { BlockNode, DocumentNode, TextNode } from '../../../src/document/nodes.js';
import { blockHandlers } from '../../../src/render/pdf/block-handlers.js';
import { inlineHandlers } from '../../../src/render/pdf/inline-text.js';
import type { PdfColumns, PdfContent, PdfStack, PdfTable, PdfText, PdfTextRun } from '../../../src/render/pdf/pdf-definition.js';
import { runningHandlers } from '../../../src/render/pdf/running-handlers.js';
import { toPdfDefinition } from '../../../src/render/pdf/to-pdf-definition.js';
import { fontsFor, thaiWords } from '../../helpers.js';
import { finishTree, running } from '../../trees.js';

const CM = 72 / 2.54;
const resources = fontsFor();
const t = (value: string, style: Omit<TextNode, 'type' | 'value'> = {}): TextNode => ({ type: 'text', value, ...style });
/** A 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

function documentOf(children: BlockNode[], page: Partial<DocumentNode['page']> = {}): DocumentNode {
  return finishTree({
    type: 'document',
    kind: 'memo',
    meta: { title: 'ชื่อเรื่อง', author: 'หน่วยงาน', subject: 'O42', keywords: ['ITA', 'O42'], language: 'th-TH', created: '2020-06-18T00:00:00Z' },
    page: { width: 595.28, height: 841.89, top: 2.5 * CM, bottom: 2 * CM, left: 3 * CM, right: 2 * CM, ...page },
    running: running(true),
    font: 'TH SarabunPSK',
    size: 16,
    children,
  });
}

/** The visible text of runs, without break marks. */
const plain = (runs: PdfText['text']) => (typeof runs === 'string' ? runs : runs.map((r) => r.text).join('')).replace(/\u200b/g, '');
const runsOf = (block: PdfContent) => (block as PdfText).text as PdfTextRun[];

const TEXT_WIDTH = 16 * CM;

describe('toPdfDefinition', () => {
  const doc = documentOf([
    { type: 'paragraph', align: 'thai', firstLine: 2.5 * CM, before: 6, children: [t('การดำเนินงาน '), t('น้ำ', { bold: true, size: 20, color: 'C00000' })] },
    { type: 'paragraph', children: [t('ค่าคะแนน', { dotted: true }), t(' '), t('ขีด', { underline: true, italic: true })] },
    { type: 'heading', level: 0, children: [t('บันทึกข้อความ')] },
    { type: 'heading', level: 1, before: 12, children: [t('๑. ความเป็นมา')] },
    { type: 'list', marker: 'paren', start: 9, indent: 1.25 * CM, items: [{ type: 'list-item', label: '', children: [t('ข้อหนึ่ง')] }, { type: 'list-item', label: '', children: [t('ข้อสอง')] }] },
    {
      type: 'table',
      widths: [1, 3],
      size: 14,
      borders: 'all',
      rows: [
        { type: 'row', header: true, cantSplit: true, cells: [cell('ลำดับ', { align: 'center', valign: 'middle' }), cell('รายการ')] },
        { type: 'row', header: false, cantSplit: true, cells: [cell('กลุ่ม', { colspan: 2, shade: 'F2F2F2' })] },
        { type: 'row', header: false, cantSplit: false, cells: [cell('๑', { rowspan: 2, valign: 'middle' }), cell('ก')] },
        { type: 'row', header: false, cantSplit: false, cells: [cell('ข')] },
      ],
    },
    { type: 'signature', space: 3, axis: 0.62, lines: [[t('(นายสมชาย ใจดี)')], [t('ผู้ว่าราชการจังหวัด')]] },
    { type: 'emblem', height: 1.5 * CM, align: 'left' },
    { type: 'emblem', height: 3 * CM, align: 'center', image: { data: PNG, kind: 'png', width: 100, height: 120 } },
    { type: 'space', lines: 2 },
    { type: 'page-break' },
    { type: 'paragraph', keepNext: true, tabs: [{ position: 16 * CM, align: 'right' }], children: [t('เรื่อง', { bold: true }), t(' ค่า', { dotted: true }), { type: 'tab', dotted: true }] },
  ]);
  const def = toPdfDefinition(doc, resources, thaiWords);
  const [body, styled, title, heading, list, table, signature, emptyEmblem, emblem, space, pageBreak, tabbed] = def.content;

  it('sets up the page, metadata and default style from the tree', () => {
    expect(def.pageSize).toEqual({ width: 595.28, height: 841.89 });
    expect(def.pageMargins).toEqual([85.039, 70.866, 56.693, 56.693]);
    expect(def.language).toBe('th-TH');
    expect(def.info).toMatchObject({ title: 'ชื่อเรื่อง', author: 'หน่วยงาน', subject: 'O42', keywords: 'ITA, O42', created: '2020-06-18T00:00:00Z' });
    // TH SarabunPSK 16 pt is drawn as Sarabun 10.56 pt, its lines 1.257 × 16 = 20.1 pt apart (Word's single spacing);
    // pdfmake's line height is Sarabun's ascent + descent (1.3 em) times the factor.
    expect(def.defaultStyle.fontSize).toBe(10.56);
    expect(def.defaultStyle.lineHeight * 10.56 * 1.3).toBeCloseTo(20.1, 1);
    expect(JSON.parse(JSON.stringify(def))).toEqual(def);
  });

  it('sets a Thai-distributed body paragraph as justified runs with break marks between words', () => {
    expect(body).toMatchObject({ alignment: 'justify', leadingIndent: 70.866, margin: [0, 6, 0, 0] });
    const runs = runsOf(body!);
    expect(plain(runs)).toBe('การดำเนินงาน น้ำ');
    // One run per style; breaks only between words (การ|ดำเนินงาน), never inside one. The line writer spreads a
    // justified line's slack between clusters (line-writer.test.ts).
    expect(runs.map((r) => r.text)).toEqual(['การ\u200bดำเนินงาน ', 'น้ำ']);
    expect(runs.at(-1)).toEqual({ text: 'น้ำ', bold: true, fontSize: 13.2, color: '#C00000' });
  });

  it('sets left-aligned text as one run per style with break marks between Thai words, dotted and plain underlines', () => {
    expect(styled).toMatchObject({ alignment: 'left' });
    expect(runsOf(styled!)).toEqual([
      { text: 'ค่า\u200bคะแนน', decoration: 'underline', decorationStyle: 'dotted' },
      { text: ' ' },
      { text: 'ขีด', decoration: 'underline', italics: true },
    ]);
  });

  it('sets the title bold and centred at 20 pt and headings bold, all kept with the next block', () => {
    expect(title).toMatchObject({ alignment: 'center', fontSize: 13.2, headlineLevel: 1 });
    expect(runsOf(title!).every((r) => r.bold)).toBe(true);
    expect(heading).toMatchObject({ alignment: 'left', margin: [0, 12, 0, 0], headlineLevel: 1 });
    expect(runsOf(heading!).every((r) => r.bold)).toBe(true);
  });

  it('numbers list items with Thai digits in a hanging marker column after the indent', () => {
    const items = (list as PdfStack).stack as PdfColumns[];
    // The indent is a column of its own: pdfmake loses a margin around columns that run over a page break.
    expect(list).not.toHaveProperty('margin');
    expect(items.map((i) => i.columns[0])).toEqual([
      { width: 35.433, text: '' },
      { width: 35.433, text: '' },
    ]);
    expect(items.map((i) => i.columns[1]!.text)).toEqual(['(๙)', '(๑๐)']);
    expect(items[0]!.columns[1]!.width).toBeGreaterThanOrEqual(0.75 * CM);
    expect(items[0]!.columns[2]!.width).toBe('*');
    expect(plain(items[1]!.columns[2]!.text as PdfTextRun[])).toBe('ข้อสอง');
  });

  it('shares the text width out by the relative widths, with spans, header rows and rows kept whole', () => {
    const { table: tab, layout, fontSize } = table as PdfTable;
    expect(layout).toBe('itadoc-grid');
    expect(fontSize).toBe(9.24);
    // Content widths + padding (5.4 pt each side) + ½ pt rules = the 16 cm text width.
    const total = tab.widths.reduce((a, b) => a + b, 0) + 2 * 2 * 5.4 + 3 * 0.5;
    expect(total).toBeCloseTo(TEXT_WIDTH, 2);
    expect(tab.widths[1]! / tab.widths[0]!).toBeCloseTo(3, 5);
    expect(tab.headerRows).toBe(1);
    expect(tab.keepWithHeaderRows).toBe(1);
    expect(tab.cantSplitRows).toEqual([true, true, false, false]);
    const [head, group, first, second] = tab.body;
    expect(head![0]).toMatchObject({ verticalAlignment: 'middle' });
    expect(group).toEqual([expect.objectContaining({ colSpan: 2, fillColor: '#F2F2F2' }), {}]);
    // A cell spanning rows is not centred: pdfmake centres within one page only.
    expect(first![0]).toMatchObject({ rowSpan: 2 });
    expect(first![0]).not.toHaveProperty('verticalAlignment');
    expect(second![0]).toEqual({});
    expect(plain(((second![1] as PdfStack).stack[0] as PdfText).text)).toBe('ข');
    // Cell alignment reaches the paragraphs inside.
    expect(((head![0] as PdfStack).stack[0] as PdfText).alignment).toBe('center');
  });

  it('centres signature lines on the axis after blank lines, kept on one page', () => {
    const { stack, unbreakable } = signature as PdfStack;
    expect(unbreakable).toBe(true);
    expect(stack[0]).toEqual({ stack: [], margin: [0, expect.closeTo(3 * 16 * 1.257, 2), 0, 0] });
    const line = stack[1] as PdfText;
    const [left, , right] = line.margin!;
    expect(line.alignment).toBe('center');
    // The line's box is centred on 0.62 of the text width.
    expect((left + (TEXT_WIDTH - right)) / 2).toBeCloseTo(0.62 * TEXT_WIDTH, 2);
  });

  it('scales an emblem image to its height, or keeps its space empty', () => {
    expect(emptyEmblem).toEqual({ stack: [], margin: [0, 42.52, 0, 0] });
    expect(emblem).toEqual({ image: 'image-1', height: 85.039, width: expect.closeTo(70.866, 2), alignment: 'center', role: 'Artifact' });
    expect(def.images['image-1']).toBe(`data:image/png;base64,${PNG}`);
  });

  it('turns space into blank lines and a page break into a break before what follows', () => {
    expect(space).toEqual({ stack: [], margin: [0, expect.closeTo(2 * 16 * 1.257, 2), 0, 0] });
    expect(pageBreak).toEqual({ stack: [], pageBreak: 'before' });
  });

  it('lays tabs out as columns, drawing a dotted tab as a dotted leader to the stop', () => {
    const { columns, headlineLevel } = tabbed as PdfColumns;
    expect(headlineLevel).toBe(1);
    // One column: the tab stop is at the right margin and nothing follows the tab.
    expect(columns).toHaveLength(1);
    const runs = columns[0]!.text as PdfTextRun[];
    expect(columns[0]!.width).toBeCloseTo(TEXT_WIDTH, 2);
    const leader = runs.at(-1)!;
    expect(leader).toMatchObject({ decoration: 'underline', decorationStyle: 'dotted', preserveTrailingSpaces: true });
    expect(leader.text.trim()).toBe('');
    // Text and leader fill the column to within a point.
    const style = (r: PdfTextRun) => (r.bold ? 'bold' : 'normal') as 'bold' | 'normal';
    const width = runs.reduce(
      (sum, r) => sum + resources.measure(r.text, style(r), 16) + (r.characterSpacing ?? 0) * (r.text.length - 1),
      0,
    );
    expect(width).toBeGreaterThan(TEXT_WIDTH - 1.5);
    expect(width).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  it('names each block’s role in the structure tree', () => {
    expect([body, styled].map((b) => b!.role)).toEqual(['P', 'P']);
    expect([title, heading].map((b) => b!.role)).toEqual(['H1', 'H1']);
    expect(list!.role).toBe('L');
    const item = (list as PdfStack).stack[0] as PdfColumns;
    expect(item.role).toBe('LI');
    expect(item.columns.map((c) => c.role).filter(Boolean)).toEqual(['Lbl', 'LBody']);
    expect(table!.role).toBe('Table');
    expect((table as PdfTable).table.body.flat().map((c) => (c as { role?: string }).role).filter(Boolean)).toContain('TD');
    expect(signature!.role).toBe('Div');
    expect(emblem!.role).toBe('Artifact');
    expect(tabbed!.role).toBe('P');
    expect(space!.role).toBeUndefined();
  });

  it('has a handler for every node type of every kind', () => {
    expect(Object.keys(blockHandlers).sort()).toEqual(['chart', 'emblem', 'heading', 'image', 'list', 'page-break', 'page-foot', 'paragraph', 'signature', 'space', 'table']);
    expect(Object.keys(inlineHandlers).sort()).toEqual(['break', 'tab', 'text']);
    expect(Object.keys(runningHandlers).sort()).toEqual(['continuation', 'page-number']);
  });
});

describe('tabs', () => {
  it('places text after a left stop at the stop and text before a right stop against it', () => {
    const def = toPdfDefinition(
      documentOf([
        {
          type: 'paragraph',
          tabs: [
            { position: 8.5 * CM, align: 'left' },
            { position: 16 * CM, align: 'right' },
          ],
          children: [t('ที่ ปท ๐๐๑๗'), { type: 'tab', dotted: true }, t('วันที่ ๑๘'), { type: 'tab' }, t('ขวา')],
        },
      ]),
      resources,
      thaiWords,
    );
    const { columns } = def.content[0] as PdfColumns;
    expect(columns).toHaveLength(3);
    expect(columns[0]!.width).toBeCloseTo(8.5 * CM, 2);
    const right = resources.measure('ขวา', 'normal', 16);
    expect((columns[0]!.width as number) + (columns[1]!.width as number)).toBeCloseTo(16 * CM - right, 2);
    expect(columns[2]!.width).toBe('*');
    // Only the dotted tab has a leader.
    expect((columns[0]!.text as PdfTextRun[]).at(-1)!.decorationStyle).toBe('dotted');
    expect((columns[1]!.text as PdfTextRun[]).some((r) => r.decoration)).toBe(false);
  });
});

describe('tabs after an indent', () => {
  it('starts the first column at the indent with an empty column, not a margin', () => {
    const def = toPdfDefinition(
      documentOf([{ type: 'paragraph', indent: 2.5 * CM, tabs: [{ position: 8 * CM, align: 'left' }], children: [t('ก'), { type: 'tab' }, t('ข')] }]),
      resources,
      thaiWords,
    );
    const block = def.content[0] as PdfColumns;
    expect(block).not.toHaveProperty('margin');
    expect(block.columns.map((c) => c.width)).toEqual([70.866, expect.closeTo(5.5 * CM, 2), '*']);
  });
});

function cell(text: string, options: { colspan?: number; rowspan?: number; align?: 'center'; valign?: 'middle'; shade?: string } = {}) {
  return {
    type: 'cell' as const,
    column: 0,
    colspan: options.colspan ?? 1,
    rowspan: options.rowspan ?? 1,
    ...(options.align ? { align: options.align } : {}),
    ...(options.valign ? { valign: options.valign } : {}),
    ...(options.shade ? { shade: options.shade } : {}),
    children: [{ type: 'paragraph' as const, children: [t(text)] }],
  };
}
