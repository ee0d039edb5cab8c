/**
 * Enumerated fields take Thai values beside the English codes (issue 14), read as the code, and messages list both.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, loadInputText } from '../../src/input/index.js';

const tak = JSON.parse(readFileSync(new URL('../../samples/tak-2568.json', import.meta.url), 'utf8'));

function load(input: unknown) {
  return loadInputText(JSON.stringify(input), 'thai.json');
}

function refused(input: unknown): InputError {
  try {
    load(input);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('accepted');
}

describe('Thai values of enumerated fields', () => {
  it('progress statuses in Thai are read as their codes', () => {
    const statuses = ['ดำเนินการแล้ว', 'อยู่ระหว่างดำเนินการ', 'ยังไม่ได้ดำเนินการ', 'ยังไม่ดำเนินการ'];
    const items = tak.measures.slice(0, 4).map((m: { id: string }, i: number) => ({ measure: m.id, status: statuses[i] }));
    const { input } = load({ ...tak, progress: { round: 6, items } });
    expect(input.progress!.items.map((p) => p.status)).toEqual(['done', 'in-progress', 'not-started', 'not-started']);
  });

  it('agency kind, scheme, letter kind, urgency, digits, step style and columns in Thai', () => {
    const { input } = load({
      ...tak,
      agency: { ...tak.agency, kind: 'โรงพยาบาล' },
      scheme: 'สธ.',
      settings: { digits: 'อารบิก' },
      measuresTable: { ...tak.measuresTable, stepStyle: 'ขีด', columns: ['มาตรการ', 'ขั้นตอน', 'ผู้รับผิดชอบ'], widths: undefined, labels: { มาตรการ: 'มาตรการ/โครงการ' } },
      letter: {
        kind: 'หนังสือเวียน',
        urgency: 'most-urgent',
        number: 'ตก ๐๐๑๗/ว ๑',
        date: '2567-10-01',
        subject: 'มาตรการ',
        to: 'ส่วนราชการ',
        signatory: { name: 'นายทดสอบ ระบบ', position: 'ผู้ว่าราชการจังหวัดตาก' },
      },
    });
    expect(input.agency.kind).toBe('hospital');
    expect(input.scheme).toBe('moph');
    expect(input.settings!.digits).toBe('arabic');
    expect(input.measuresTable!.stepStyle).toBe('dash');
    expect(input.measuresTable!.columns).toEqual(['measure', 'steps', 'responsible']);
    expect(input.measuresTable!.labels).toEqual({ measure: 'มาตรการ/โครงการ' });
    expect(input.letter!.kind).toBe('external');
    expect(input.letter!.urgency).toBe('ด่วนที่สุด');
  });

  it('an outline block type in Thai is read as its code', () => {
    const { input } = load({ ...tak, outline: [{ heading: 'ส่วนที่ ๑', blocks: [{ type: 'ย่อหน้า', text: 'ข้อความ', align: 'กึ่งกลาง' }, { type: 'ตารางมาตรการ' }] }] });
    expect(input.outline![0]!.blocks.map((b) => b.type)).toEqual(['paragraphs', 'measures-table']);
  });

  it('an unknown value is refused with the Thai values listed beside the codes', () => {
    const e = refused({ ...tak, progress: { round: 6, items: [{ measure: tak.measures[0].id, status: 'เสร็จ' }] } });
    const p = e.problems.find((x) => x.path === 'progress.items[0].status')!;
    expect(p.expected.th).toContain('"ดำเนินการแล้ว" ("done")');
    expect(p.expected.th).toContain('"ยังไม่ได้ดำเนินการ" หรือ "ยังไม่ดำเนินการ" ("not-started")');
    expect(p.expected.en).toContain('"in-progress" ("อยู่ระหว่างดำเนินการ")');
  });

  it('an unknown outline block type lists the block types in Thai and English', () => {
    const e = refused({ ...tak, outline: [{ blocks: [{ type: 'กราฟ' }] }] });
    const p = e.problems.find((x) => x.path === 'outline[0].blocks[0].type')!;
    expect(p.expected.en).toContain('"bar-chart" ("แผนภูมิแท่ง")');
    expect(p.expected.th).toContain('"แผนภูมิแท่ง" ("bar-chart")');
  });

  it('a column labelled in English and in Thai is refused: one heading would be lost', () => {
    const e = refused({ ...tak, measuresTable: { labels: { measure: 'ก', มาตรการ: 'ข' } } });
    expect(e.problems.map((p) => p.path)).toContain('measuresTable.labels.มาตรการ');
    expect(e.message).toContain('each column once');
  });
});
