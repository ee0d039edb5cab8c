/**
 * Messages name what a field is for, from the schema's descriptions (issue 14): `period` names `start` and `end`
 * however it is mistyped, a missing field gives its meaning and an example, a misspelt name gets the nearest one.
 */
import { describe, expect, it } from 'vitest';
import { InputError, loadInputText } from '../../src/input/index.js';

function problems(measure: object) {
  try {
    loadInputText(JSON.stringify({ agency: { name: 'ก', kind: 'other' }, fiscalYear: 2570, measures: [{ title: 'ก', ...measure }] }), 'm.json');
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  throw new Error('accepted');
}

describe('messages about a field', () => {
  it.each([
    ['a text', 'ต.ค. 69 – ก.ย. 70'],
    ['a list', ['2569-10', '2570-09']],
  ])('period given as %s names start and end', (_, period) => {
    const p = problems({ period }).find((x) => x.path === 'measures[0].period')!;
    expect(p.expected.en).toContain('with "start", "end"');
    expect(p.expected.th).toContain('ที่มีช่อง "start", "end"');
  });

  it('period with other field names lists start and end, and the missing ones say what they hold', () => {
    const all = problems({ period: { from: '2569-10', to: '2570-09' } });
    expect(all.find((x) => x.path === 'measures[0].period.from')!.expected.en).toContain('the fields here: "start", "end"');
    expect(all.find((x) => x.path === 'measures[0].period.start')!.expected.en).toBe('text (this field is required): the first month, such as "2569-10"');
    expect(all.find((x) => x.path === 'measures[0].period.end')!.expected.th).toBe('ข้อความ (ต้องมีช่องนี้): เดือนที่สิ้นสุด เช่น "2570-09"');
  });

  it('a misspelt field gets the nearest name', () => {
    const p = problems({ responsable: 'กลุ่มงานบริหาร' }).find((x) => x.path === 'measures[0].responsable')!;
    expect(p.fix!.en).toContain('did you mean "responsible"?');
  });
});
