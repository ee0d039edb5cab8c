/**
 * A measure's id may be left out (issue 14): it is then "M" and the measure's place in the list, and the progress
 * report names measures by it. A generated id that another measure gives is refused, saying why.
 */
import { describe, expect, it } from 'vitest';
import { InputError, loadInputText } from '../../src/input/index.js';

const base = { agency: { name: 'โรงพยาบาลทดสอบ', kind: 'hospital' }, fiscalYear: 2569 };

function refused(input: unknown): InputError {
  try {
    loadInputText(JSON.stringify(input), 'ids.json');
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('accepted');
}

describe('measure ids', () => {
  it('a measure without an id is M and its place in the list, and progress can name it', () => {
    const { input } = loadInputText(
      JSON.stringify({
        ...base,
        measures: [{ title: 'ก' }, { id: 'พิเศษ', title: 'ข' }, { title: 'ค' }],
        progress: { round: 6, items: [{ measure: 'M3', status: 'ดำเนินการแล้ว' }] },
      }),
      'ids.json',
    );
    expect(input.measures!.map((m) => m.id)).toEqual(['M1', 'พิเศษ', 'M3']);
  });

  it('a generated id that another measure gives is refused, saying where it came from', () => {
    const e = refused({ ...base, measures: [{ id: 'M2', title: 'ก' }, { title: 'ข' }] });
    const p = e.problems.find((x) => x.path === 'measures[1].id')!;
    expect(p.found).toContain('no id, so "M2"');
    expect(p.fix?.en).toContain('give this measure an id');
  });

  it('a progress item naming no measure lists the ids there are', () => {
    const e = refused({ ...base, measures: [{ title: 'ก' }, { title: 'ข' }], progress: { round: 6, items: [{ measure: 'M9', status: 'done' }] } });
    const p = e.problems.find((x) => x.path === 'progress.items[0].measure')!;
    expect(p.expected.en).toBe('the id of a measure in measures: M1, M2');
  });
});
