/**
 * Comments and trailing commas (JSONC) are accepted in every input, and every position in a message is that of the
 * file as typed (issue 14).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, loadInputText } from '../../src/input/index.js';
import { toStrictJson } from '../../src/input/jsonc.js';
import { runCli } from '../helpers.js';

const JSONC = `{
  // หน่วยงาน: ชื่อและประเภท
  "agency": {
    "name": "โรงพยาบาลทดสอบ", /* ชื่อเต็ม [ไม่ใช่ชื่อย่อ] */
    "kind": "hospital", // trailing comma next
  },
  /* ปีงบประมาณ
     ของมาตรการ { } [ ] */
  "fiscalYear": 2570,
  "measures": [
    { "id": "M1", "title": "มาตรการ // ไม่ใช่หมายเหตุ", },
  ],
}
`;

function problemsOf(text: string): InputError {
  try {
    loadInputText(text, 'in.jsonc');
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('accepted');
}

describe('JSONC inputs', () => {
  it('an input with line and block comments and trailing commas validates', () => {
    const { input } = loadInputText(JSONC, 'in.jsonc');
    expect(input.agency.name).toBe('โรงพยาบาลทดสอบ');
    expect(input.fiscalYear).toBe(2570);
    // "//" inside a string is text, not a comment.
    expect(input.measures![0]!.title).toEqual(['มาตรการ // ไม่ใช่หมายเหตุ']);
  });

  it('a problem after comments is reported at its line and column in the file as typed', () => {
    const text = JSONC.replace('"kind": "hospital"', '"kind": "hospitel"');
    const e = problemsOf(text);
    const p = e.problems.find((x) => x.path === 'agency.kind')!;
    expect(p).toBeDefined();
    expect([p.line, p.column]).toEqual([5, 5]);
    expect(e.message).toContain('in.jsonc:5:5');
  });

  it('a problem inside a list after a comment has its real column', () => {
    const text = JSONC.replace('"title": "มาตรการ', '"title": 12, "x": "มาตรการ');
    const e = problemsOf(text);
    const p = e.problems.find((x) => x.path === 'measures[0].x')!;
    expect([p.line, p.column]).toEqual([11, 32]);
  });

  it('an unclosed comment is refused at the line and column where it starts', () => {
    const e = problemsOf('{\n  "fiscalYear": 2570 /* ไม่ได้ปิด\n}\n');
    expect(e.problems[0]).toMatchObject({ line: 2, column: 22 });
    expect(e.message).toContain('an unclosed comment');
  });

  it('two commas in a row are still malformed', () => {
    const e = problemsOf('{\n  "fiscalYear": 2570,,\n}\n');
    expect(e.problems[0]).toMatchObject({ line: 2, column: 22 });
  });

  it('blanking keeps every offset and line break', () => {
    const text = '{ "a": 1, // x\n /* y\n z */ "b": [1, 2,], }';
    const strict = toStrictJson(text);
    expect(strict.length).toBe(text.length);
    expect(strict.split('\n').length).toBe(text.split('\n').length);
    expect(JSON.parse(strict)).toEqual({ a: 1, b: [1, 2] });
  });

  it('brackets inside comments do not count towards the nesting limit', () => {
    const text = `{ // ${'['.repeat(100)}\n "agency": {"name": "ก", "kind": "other"}, "fiscalYear": 2570 }`;
    expect(loadInputText(text, 'deep.jsonc').input.fiscalYear).toBe(2570);
  });

  it('the CLI validates a .jsonc file and a .json file with comments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itadoc-jsonc-'));
    for (const name of ['input.jsonc', 'input.json']) {
      writeFileSync(join(dir, name), JSONC);
      const r = runCli(['validate', join(dir, name)]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('โรงพยาบาลทดสอบ');
    }
  });
});
