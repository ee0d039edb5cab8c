/** What the templates print for inputs the samples do not show: emblem images, O43 wording, letter defaults. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputError, loadInputText } from '../../src/input/index.js';
import { buildTree as buildDocument, png, renderDocx, treeText } from '../helpers.js';

const base = {
  agency: { name: 'สำนักงานทดสอบ', kind: 'regional-office', owningUnit: 'กลุ่มงานอำนวยการ' },
  fiscalYear: 2565,
  measures: [
    { id: 'M1', title: 'มาตรการแรก', steps: ['ขั้นตอน'] },
    { id: 'M2', title: 'มาตรการที่สอง' },
    { id: 'M3', title: 'มาตรการที่สาม' },
  ],
  letter: {
    kind: 'memo',
    number: 'ทส 0001/ว 12',
    date: '2565-01-10',
    subject: 'มาตรการส่งเสริมคุณธรรม',
    to: 'ผู้อำนวยการ',
    urgency: 'ด่วนที่สุด',
    signatory: { name: 'นายทดสอบ ระบบ', position: 'ผู้อำนวยการ' },
  },
};

function load(extra: object, dir?: string) {
  const file = dir ? join(dir, 'input.json') : 'input.json';
  return loadInputText(JSON.stringify({ ...base, ...extra }), file);
}

describe('emblem', () => {
  it('places the agency image in the memo, scaled to 1.5 cm high', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'itadoc-emblem-'));
    writeFileSync(join(dir, 'garuda.png'), png(60, 66));
    const loaded = load({ agency: { ...base.agency, emblem: 'garuda.png' } }, dir);
    const doc = buildDocument(loaded, 'memo');
    const table = doc.children.find((b) => b.type === 'table');
    const emblem = table?.type === 'table' ? table.rows[0]!.cells[0]!.children[0] : undefined;
    expect(emblem).toMatchObject({ type: 'emblem', image: { kind: 'png', width: 60, height: 66 } });
    const files = unzipSync(new Uint8Array(await renderDocx(doc)));
    expect(Object.keys(files).some((f) => f.startsWith('word/media/'))).toBe(true);
    // 1.5 cm high = 540000 EMU; width keeps the image's proportions.
    expect(strFromU8(files['word/document.xml']!)).toMatch(/<wp:extent cx="\d+" cy="5\d{5}"/);
  });

  it('keeps the space empty without an image, and a missing file is an input error naming agency.emblem', () => {
    const doc = buildDocument(load({}), 'memo');
    expect(JSON.stringify(doc)).not.toContain('"image"');
    const dir = mkdtempSync(join(tmpdir(), 'itadoc-emblem-'));
    expect(() => buildDocument(load({ agency: { ...base.agency, emblem: 'nope.png' } }, dir), 'memo')).toThrowError(InputError);
    try {
      buildDocument(load({ agency: { ...base.agency, emblem: 'nope.png' } }, dir), 'memo');
    } catch (e) {
      expect((e as InputError).problems[0]!.path).toBe('agency.emblem');
    }
  });

  it('reads only a regular file of a sensible size: a device that never ends is an input error, not a hang', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itadoc-emblem-'));
    expect(() => buildDocument(load({ agency: { ...base.agency, emblem: '/dev/zero' } }, dir), 'memo')).toThrowError(/not an image file of at most 5 MB/);
    expect(() => buildDocument(load({ agency: { ...base.agency, emblem: dir } }, dir), 'memo')).toThrowError(InputError);
  });
});

describe('memo', () => {
  it('prints the urgency in red beside the emblem, a default body from the analysis, and the signatory', () => {
    const doc = buildDocument(load({}), 'memo');
    // FORMAT: the urgency between the emblem and the title, on their row, not above them.
    const first = doc.children[0];
    expect(first).toMatchObject({ type: 'table', borders: 'none' });
    const row = first!.type === 'table' ? first!.rows[0]!.cells.map((c) => c.children[0]) : [];
    expect(row[0]).toMatchObject({ type: 'emblem' });
    expect(row[1]).toMatchObject({ type: 'paragraph', children: [{ value: 'ด่วนที่สุด', color: 'C00000', bold: true, size: 32 }] });
    expect(row[2]).toMatchObject({ type: 'paragraph', children: [{ value: 'บันทึกข้อความ' }] });
    const text = treeText(doc);
    expect(text).toContain('ประจำปีงบประมาณ พ.ศ. ๒๕๖๕');
    expect(text).toContain('(O๔๒)'); // item code of FY2565
    expect(text).toContain('(นายทดสอบ ระบบ)');
    expect(text).toContain('๑๐ มกราคม ๒๕๖๕');
  });
});

describe('O43 report', () => {
  const progress = {
    round: 12,
    items: [
      { measure: 'M1', status: 'done', done: ['ทำแล้ว'], problems: 'none', recommendations: 'none' },
      { measure: 'M2', status: 'in-progress', percent: 40, problems: ['งบประมาณไม่พอ'] },
    ],
  };

  it('lists every measure in order, says ไม่มี where the input says none, and never leaves a measure silently empty', () => {
    const doc = buildDocument(load({ progress }), 'o43');
    const text = treeText(doc);
    expect(text).toContain('รอบ ๑๒ เดือน (ตุลาคม ๒๕๖๔ – กันยายน ๒๕๖๕)');
    const order = ['มาตรการแรก', 'มาตรการที่สอง', 'มาตรการที่สาม'].map((t) => text.indexOf(t));
    expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]!))).toBe(true);
    expect(text).toContain('ไม่มี');
    expect(text).toContain('(ยังไม่ได้ระบุ)'); // M2 gave no recommendations
    expect(text).toContain('ยังไม่ได้รายงาน'); // M3 has no progress item
    expect(text).toContain('ร้อยละ ๔๐');
  });

  it('counts measures by status', () => {
    const doc = buildDocument(load({ progress }), 'o43');
    const summary = doc.children.find((b) => b.type === 'table');
    const rows = summary?.type === 'table' ? summary.rows.map((r) => r.cells.map((c) => JSON.stringify(c.children)).join('|')) : [];
    expect(rows.find((r) => r.includes('ดำเนินการแล้วเสร็จ'))).toContain('๑');
    expect(rows.find((r) => r.includes('อยู่ระหว่างดำเนินการ'))).toContain('๑');
    expect(rows.find((r) => r.includes('ยังไม่ได้รายงาน'))).toContain('๑');
    expect(rows.find((r) => r.includes('รวม'))).toContain('๓');
  });
});

describe('O42 parts the samples do not show', () => {
  it('prints question sub-items and answer shares, budgets in digits and words, report-by dates and the sign-off', () => {
    const loaded = load({
      scores: {
        indicators: { '1': 90, '2': 90, '3': 90, '4': 90, '5': 90, '6': 80, '7': 90, '8': 90, '9': 100, '10': 100 },
        questions: [
          {
            code: 'E1',
            text: 'เจ้าหน้าที่ปฏิบัติงานตามประเด็นดังต่อไปนี้',
            score: 91.43,
            subItems: [
              { text: 'เป็นไปตามขั้นตอนที่กำหนด', score: 91.93 },
              { text: 'เป็นไปตามระยะเวลาที่กำหนด', score: 90.93 },
            ],
            answers: { น้อยที่สุดหรือไม่มีเลย: 1.5, มากที่สุด: 60.25 },
          },
        ],
      },
      measures: [
        { id: 'M1', title: 'มาตรการแรก', steps: ['ขั้นตอน'], budget: 1250000.5, reportBy: '2565-03-31', responsible: 'สำนักปลัด' },
      ],
      signOff: {
        preparedBy: { name: 'นางสาวผู้จัดทำ ทดสอบ', position: 'นักวิเคราะห์นโยบายและแผน' },
        approvedBy: { name: 'นายผู้อนุมัติ ทดสอบ', position: 'ผู้อำนวยการ' },
      },
    });
    const text = treeText(buildDocument(loaded, 'o42'));
    const tree = buildDocument(loaded, 'o42');
    // The question table: a column per answer choice, and a row per sub-item with its own score.
    const questions = tree.children.find((b) => b.type === 'table' && treeText({ ...tree, children: [b] }).includes('เป็นไปตามขั้นตอนที่กำหนด'));
    expect(questions?.type).toBe('table');
    if (questions?.type === 'table') {
      const cells = questions.rows.map((r) => r.cells.map((c) => treeText({ ...tree, children: c.children })));
      expect(cells[0]).toEqual(['ข้อ', 'ประเด็นการประเมิน', 'น้อยที่สุดหรือไม่มีเลย (ร้อยละ)', 'มากที่สุด (ร้อยละ)', 'คะแนนที่ได้']);
      expect(cells[1]).toEqual(['E๑', 'เจ้าหน้าที่ปฏิบัติงานตามประเด็นดังต่อไปนี้', '๑.๕๐', '๖๐.๒๕', '๙๑.๔๓']);
      expect(cells[2]).toEqual(['', '- เป็นไปตามขั้นตอนที่กำหนด', '', '', '๙๑.๙๓']);
    }
    for (const expected of [
      '๑,๒๕๐,๐๐๐.๕๐',
      '(หนึ่งล้านสองแสนห้าหมื่นบาทห้าสิบสตางค์)',
      '๓๑ มี.ค. ๒๕๖๕',
      'ผู้จัดทำ',
      '(นางสาวผู้จัดทำ ทดสอบ)',
      '(นายผู้อนุมัติ ทดสอบ)',
    ]) {
      expect(text).toContain(expected);
    }
  });
});

