/**
 * The O42's outline: every block the input can name, the user's sections and numbers, the analysis in the input's
 * groups, question tables per indicator or code list, emphasis, images and charts in the tree, and clear errors.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BlockNode, ChartNode, DocumentNode, ImageNode, TableNode } from '../../src/document/nodes.js';
import { InputError, loadInputText } from '../../src/input/index.js';
import { buildTree, treeText } from '../helpers.js';

const FIXTURE = 'tests/fixtures/outline/every-block.json';
const raw = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
const load = (over: object = {}) => loadInputText(JSON.stringify({ ...raw, ...over }), FIXTURE);

/** Every block of a tree, tables' cells included, in document order. */
function allBlocks(doc: DocumentNode): BlockNode[] {
  const out: BlockNode[] = [];
  const visit = (bs: BlockNode[]) => {
    for (const b of bs) {
      out.push(b);
      if (b.type === 'table') for (const r of b.rows) for (const c of r.cells) visit(c.children);
    }
  };
  visit(doc.children);
  return out;
}

const headings = (doc: DocumentNode) =>
  doc.children.filter((b) => b.type === 'heading').map((b) => treeText({ ...doc, children: [b] }));

describe('an outline of sections and blocks', () => {
  const tree = buildTree(load(), 'o42');
  const text = treeText(tree);

  it('prints the sections in the input order, headed and numbered as the input words them', () => {
    expect(headings(tree).filter((h) => /^[๐-๙]\./u.test(h))).toEqual([
      '๑. คำสั่งแต่งตั้งคณะทำงาน',
      '๒. ความเป็นมา',
      '๓. ผลการประเมิน',
      '๔. การวิเคราะห์ผลการประเมิน',
      '๕. ภาพกิจกรรม',
      '๖. มาตรการ',
    ]);
  });

  it('writes free paragraphs, nested lists, a simple table, a heading and emphasis', () => {
    expect(text).toContain('แต่งตั้งคณะทำงานวิเคราะห์ผลการประเมิน ITA ประกอบด้วย');
    const list = tree.children.find((b) => b.type === 'list' && b.items.length === 3);
    expect(list?.type === 'list' && list.items.map((i) => i.label)).toEqual(['๑.', '๒.', '๓.']);
    expect(list?.type === 'list' && list.items[1]!.list?.items.map((i) => treeText({ ...tree, children: [{ type: 'paragraph', children: i.children }] }))).toEqual([
      'รับผิดชอบการจัดทำมาตรการ',
      'ติดตามผลการดำเนินงาน',
    ]);
    expect(text).toContain('www.tessob.go.th');
    expect(headings(tree)).toContain('หมายเหตุ');
    const emphasis = allBlocks(tree).flatMap((b) => (b.type === 'paragraph' ? b.children : [])).filter((c) => c.type === 'text');
    expect(emphasis).toContainEqual({ type: 'text', value: 'ตัวเอียง', italic: true });
    expect(emphasis).toContainEqual({ type: 'text', value: 'ขีดเส้นใต้', underline: true });
    expect(emphasis).toContainEqual({ type: 'text', value: 'สะดวก', bold: true });
  });

  it('groups the per-indicator analysis as the input defines and orders it', () => {
    const lines = text.split('\n');
    const at = (s: string) => lines.findIndex((l) => l.includes(s));
    // To fix urgently: the weak indicators, lowest first; to develop: 85–95; strengths: 95 up, highest first.
    const urgent = at('ประเด็นที่ต้องแก้ไขโดยเร่งด่วน');
    const develop = at('ประเด็นที่ต้องพัฒนาให้ดีขึ้น');
    const strengths = at('จุดแข็ง');
    expect(urgent).toBeLessThan(develop);
    expect(develop).toBeLessThan(strengths);
    const order = (from: number, to: number) =>
      lines.slice(from, to).flatMap((l) => (/^ตัวชี้วัดที่ ([๐-๙]+) .* ได้คะแนน/u.exec(l) ? [/^ตัวชี้วัดที่ ([๐-๙]+)/u.exec(l)![1]] : []));
    expect(order(urgent, develop)).toEqual(['๘', '๗', '๖']);
    expect(order(develop, strengths)).toEqual(['๔']);
    expect(order(strengths, lines.length)[0]).toBe('๑๐');
  });

  it('puts a question table under the indicator it explains, a column per answer choice and a row per sub-item', () => {
    const tables = allBlocks(tree).filter((b): b is TableNode => b.type === 'table');
    const withChoices = tables.filter((t) => treeText({ ...tree, children: [t] }).includes('มากที่สุด (ร้อยละ)'));
    expect(withChoices.length).toBeGreaterThanOrEqual(3);
    const rows = withChoices[0]!.rows.map((r) => r.cells.map((c) => treeText({ ...tree, children: c.children })));
    expect(rows[0]).toEqual(['ข้อ', 'ประเด็นการประเมิน', 'น้อยที่สุดหรือไม่มีเลย (ร้อยละ)', 'น้อย (ร้อยละ)', 'มาก (ร้อยละ)', 'มากที่สุด (ร้อยละ)', 'คะแนนที่ได้']);
    expect(rows[2]).toEqual(['', '- เป็นไปตามขั้นตอนที่กำหนด', '๒.๐๐', '๑๐.๐๐', '๔๑.๐๐', '๔๗.๐๐', '๘๑.๙๓']);
    // The block naming codes keeps the input's order.
    expect(text.indexOf('ตารางที่ ๓ ข้อคำถามที่เลือก')).toBeGreaterThan(0);
  });

  it('holds the images, scaled to their width, and the charts with every text decided', () => {
    const images = allBlocks(tree).filter((b): b is ImageNode => b.type === 'image');
    expect(images.map((i) => [i.image.kind, Math.round(i.width)])).toEqual([
      ['png', 227],
      ['svg', 283],
    ]);
    expect(images[0]!.height / images[0]!.width).toBeCloseTo(160 / 240, 3);
    const charts = allBlocks(tree).filter((b): b is ChartNode => b.type === 'chart');
    expect(charts.map((c) => c.kind)).toEqual(['radar', 'bar']);
    expect(charts[0]!.points).toHaveLength(10);
    expect(charts[0]!.points[0]).toMatchObject({ label: 'การปฏิบัติหน้าที่', value: 97.81, text: '๙๗.๘๑' });
    expect(charts[0]!.ticks.map((t) => t.text)).toEqual(['๒๐', '๔๐', '๖๐', '๘๐', '๑๐๐']);
    expect(charts[1]!.legend).toEqual({ current: 'ปี ๒๕๖๖', previous: 'ปี ๒๕๖๕' });
    expect(charts[1]!.points[0]!.previous).toBe(90.1);
  });

  it('ends with the contact block and the closing mark', () => {
    expect(text).toContain('สำนักปลัด องค์การบริหารส่วนตำบลทดสอบ\nหมู่ที่ ๓ ตำบลทดสอบ อำเภอเมือง');
    expect(text).toContain('โทรศัพท์ ๐-๒๕๘๑-๖๐๓๘');
    expect(text.trim().endsWith('-----------------------------------')).toBe(true);
  });
});

describe('outline errors', () => {
  const problem = (over: object) => {
    try {
      const tree = buildTree(load(over), 'o42');
      return `rendered ${tree.children.length} blocks`;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      return e.problems.map((p) => `${p.path}: ${p.found} → ${p.expected.en}`).join('\n');
    }
  };

  it('a missing image names the field and the file', () => {
    const outline = structuredClone(raw.outline) as { blocks: { src?: string }[] }[];
    outline[4]!.blocks[0]!.src = 'photos/missing.png';
    expect(problem({ outline })).toMatch(/^outline\[4\]\.blocks\[0\]\.src: "photos\/missing\.png" \(.*no such file.*missing\.png\) → an existing PNG, JPEG or SVG file$/u);
  });

  it('an unknown block type, indicator or question is named with its path', () => {
    expect(problem({ outline: [{ blocks: [{ type: 'pie-chart' }] }] })).toMatch(/^outline\[0\]\.blocks\[0\]\.type/u);
    expect(problem({ outline: [{ blocks: [{ type: 'question-table', indicator: 12 }] }] })).toMatch(/^outline\[0\]\.blocks\[0\]\.indicator: 12/u);
    expect(problem({ outline: [{ blocks: [{ type: 'question-table', codes: ['E99'] }] }] })).toMatch(/^outline\[0\]\.blocks\[0\]\.codes\[0\]/u);
  });

  it('user text stays literal: markup and Handlebars in a paragraph print as typed', () => {
    const typed = '<table><tr><td>x</td></tr></table> {{agency.name}} & **หนา**';
    const tree = buildTree(load({ outline: [{ heading: 'ทดสอบ', blocks: [{ type: 'paragraphs', text: typed }] }] }), 'o42');
    expect(treeText(tree)).toContain('<table><tr><td>x</td></tr></table> {{agency.name}} & หนา');
    expect(tree.children.filter((b) => b.type === 'table')).toHaveLength(0);
  });
});
