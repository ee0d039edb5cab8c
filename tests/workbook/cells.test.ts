/** One value ⇄ one cell: each kind's natural form, and JSON whenever the natural form would not give the value back. */
import { describe, expect, it } from 'vitest';
import { decodeCell, encodeCell, JSON_PREFIX } from '../../src/workbook/cells.js';
import type { Kind } from '../../src/workbook/schema-info.js';

const round = (value: unknown, kind: Kind, pattern = '') => {
  const cell = encodeCell(value, kind, pattern);
  const back = decodeCell(cell, kind, pattern);
  return { cell, back: 'value' in back ? back.value : back };
};

describe('cells', () => {
  it.each<[string, unknown, Kind, unknown]>([
    ['a paragraph', 'ย่อหน้า', { type: 'paragraphs' }, 'ย่อหน้า'],
    ['paragraphs, one a line', ['หนึ่ง', 'สอง'], { type: 'paragraphs' }, 'หนึ่ง\nสอง'],
    ['a list of one paragraph ends with an empty line', ['หนึ่ง'], { type: 'paragraphs' }, 'หนึ่ง\n'],
    [
      'a drop-down shows the code and its Thai words',
      'done',
      { type: 'enum', values: ['done', 'ดำเนินการแล้ว', 'in-progress', 'อยู่ระหว่างดำเนินการ', 'not-started', 'ยังไม่ได้ดำเนินการ', 'ยังไม่ดำเนินการ'] },
      'done – ดำเนินการแล้ว',
    ],
    ['a Thai value typed by hand stays as typed', 'ยังไม่ดำเนินการ', { type: 'enum', values: ['done', 'ดำเนินการแล้ว', 'in-progress', 'อยู่ระหว่างดำเนินการ', 'not-started', 'ยังไม่ได้ดำเนินการ', 'ยังไม่ดำเนินการ'] }, 'ยังไม่ดำเนินการ'],
    ['true and false too', true, { type: 'boolean' }, 'true – ใช่'],
    ['numbers stay numbers', 92.69, { type: 'scalar' }, 92.69],
    ['Thai digits stay text', '๙๒.๖๙', { type: 'scalar' }, '๙๒.๖๙'],
    ['lists of numbers and codes', [7, 'E6'], { type: 'lines', item: { type: 'scalar' } }, '7\nE6'],
    ['answer shares', { มากที่สุด: 60.5, มาก: 20 }, { type: 'answers' }, 'มากที่สุด: 60.5\nมาก: 20'],
    ['table rows', [['ก', '', 'ค'], ['ง']], { type: 'rows' }, 'ก |  | ค\nง'],
    ['nested list items', ['ก', { text: 'ข', items: ['ค', { text: 'ง', items: ['จ'] }] }], { type: 'list' }, 'ก\nข\n- ค\n- ง\n- - จ'],
    ['objects, one a line', [{ title: 'มาตรการ', quantity: '๑ ชุด' }, { title: 'แบบฟอร์ม' }], { type: 'objects', fields: ['title', 'quantity'] }, 'มาตรการ | ๑ ชุด\nแบบฟอร์ม'],
  ])('%s', (_, value, kind, cell) => {
    const pattern = kind.type === 'enum' ? 'progress.items[].status' : '';
    const r = round(value, kind, pattern);
    expect(r.cell).toEqual(cell);
    expect(r.back).toEqual(value);
  });

  it.each<[string, unknown, Kind]>([
    ['a paragraph holding a line break', 'บรรทัด\nสอง', { type: 'paragraphs' }],
    ['text that starts like a JSON cell', 'JSON: ไม่ใช่', { type: 'text' }],
    ['text Excel would decode', 'ก _x0041_ ข', { type: 'text' }],
    ['a carriage return', 'ก\r\nข', { type: 'text' }],
    ['a number written as text in a list of numbers', ['7'], { type: 'lines', item: { type: 'scalar' } }],
    ['an empty list', [], { type: 'lines', item: { type: 'text' } }],
    ['a list item with no sub-items', [{ text: 'ก' }], { type: 'list' }],
    ['a table cell holding the separator', [['ก | ข']], { type: 'rows' }],
  ])('%s goes as JSON', (_, value, kind) => {
    const r = round(value, kind);
    expect(String(r.cell).startsWith(JSON_PREFIX)).toBe(true);
    expect(String(r.cell)).not.toMatch(/_x[0-9a-f]{4}_|\r/i);
    expect(r.back).toEqual(value);
  });

  it('reads a clerk\'s typing: blank lines dropped, the bare code, Thai words, CRLF', () => {
    expect(decodeCell('หนึ่ง\r\n\r\nสอง', { type: 'paragraphs' }, '')).toEqual({ value: ['หนึ่ง', 'สอง'] });
    expect(decodeCell(' done ', { type: 'enum', values: ['done'] }, 'progress.items[].status')).toEqual({ value: 'done' });
    expect(decodeCell('ใช่', { type: 'boolean' }, '')).toEqual({ value: true });
    expect(decodeCell(12, { type: 'text' }, '')).toEqual({ value: '12' });
    expect(decodeCell(new Date(Date.UTC(2024, 9, 1)), { type: 'text' }, '', { month: true })).toEqual({ value: '2567-10' });
    expect(decodeCell('JSON:[1,', { type: 'text' }, '')).toHaveProperty('problem');
  });
});
