/**
 * Every problem of a province file's agency is reported at its real line and column in the province file, with its
 * JSON path there (issue 14: they pointed at "prov.json#agencies[1]:1:116", a line of JSON itadoc had rebuilt).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { provinceError, readProvinceFile } from '../../src/batch/province-file.js';
import { InputError, loadInputText } from '../../src/input/index.js';
import { runCli } from '../helpers.js';

// Line numbers matter below: each line's number is in its comment.
const PROVINCE = `{                                                         // 1
  // ส่วนกลางของทุกหน่วยงาน                                        // 2
  "shared": {                                                 // 3
    "fiscalYear": 2570,                                       // 4
    "scores": { "overall": 999 },                             // 5
    "measures": [                                             // 6
      { "title": "มาตรการเผยแพร่ข้อมูล", "period": { "start": "2569-10", "end": "2570-13" } }, // 7
    ],                                                        // 8
  },                                                          // 9
  "agencies": [                                               // 10
    { "agency": { "name": "สำนักงานจังหวัดตาก", "kind": "regional-office" }, "scores": { "overall": 91.5 } }, // 11
    { "agency": { "name": "สำนักงานสาธารณสุขจังหวัดตาก", "kind": "ministry" }, // 12
      "measures": [ { "title": "มาตรการของหน่วยงาน", "responsable": "x" } ] }, // 13
    { "agency": { "name": "อำเภอแม่สอด" }, "scores": { "overall": 88 } }, // 14
  ],                                                          // 15
}
`;

function problemsOf(index: number) {
  const province = readProvinceFile(PROVINCE, 'ตาก/จังหวัด.jsonc')!;
  try {
    loadInputText(province.inputText(index), 'rebuilt.json');
  } catch (e) {
    if (e instanceof InputError) return provinceError(province, index, e);
    throw e;
  }
  throw new Error('accepted');
}

const where = (e: InputError) => e.problems.map((p) => `${p.line}:${p.column} ${p.path}`).sort();

describe('problems of a province file’s agencies', () => {
  it('a value from the agency’s entry: its line, column and path in the province file', () => {
    const e = problemsOf(1);
    expect(where(e)).toContain('12:58 agencies[1].agency.kind');
    // The agency's list replaces the shared one: its items are the agency's.
    expect(where(e)).toContain('13:54 agencies[1].measures[0].responsable');
    expect(e.message).toContain('ตาก/จังหวัด.jsonc:12:58  agencies[1].agency.kind');
    expect(e.message).not.toContain('rebuilt.json');
  });

  it('a value from shared: its line in shared, for each agency that takes it', () => {
    const e = problemsOf(0);
    expect(where(e)).toEqual(['7:74 shared.measures[0].period.end']);
  });

  it('a value the agency gives over shared is the agency’s; shared’s is not blamed', () => {
    expect(where(problemsOf(0))).not.toContain('5:17 shared.scores.overall');
  });

  it('a missing field points at the nearest field there is, in the agency’s entry', () => {
    const e = problemsOf(2);
    expect(where(e)).toContain('14:7 agencies[2].agency.kind');
  });
});

describe('itadoc batch with a province file', () => {
  it('prints each problem at its line in the province file, in Thai folder and file names', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'itadoc-prov-')), 'จังหวัดตาก');
    mkdirSync(dir);
    const file = join(dir, 'หน่วยงาน.jsonc');
    writeFileSync(file, PROVINCE);
    const out = join(dir, 'ผลลัพธ์');
    const r = runCli(['batch', file, '--out', out, '--format', 'docx', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:12:58  agencies[1].agency.kind`);
    expect(r.stderr).toContain(`${file}:7:74  shared.measures[0].period.end`);
    expect(r.stderr).not.toMatch(/#agencies\[\d\]:1:\d/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.inputs[1].error).toContain(`${file}:12:58`);
  });
});

describe('itadoc validate with a province file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'itadoc-prov-validate-'));

  it('validates every agency and names each problem at its line in the province file (exit 2)', () => {
    const file = join(dir, 'จังหวัดตาก.jsonc');
    writeFileSync(file, PROVINCE);
    const r = runCli(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:12:58  agencies[1].agency.kind`);
    expect(r.stderr).toContain('3 of 3 agencies are not valid');
  });

  it('a valid province file: each agency listed, exit 0', () => {
    const file = join(dir, 'valid.jsonc');
    writeFileSync(file, PROVINCE.replace('"end": "2570-13"', '"end": "2570-09"').replace('"ministry"', '"regional-office"').replace(', "responsable": "x"', '').replace('"overall": 999', '"overall": 90').replace('{ "name": "อำเภอแม่สอด" }', '{ "name": "อำเภอแม่สอด", "kind": "district" }'));
    const r = runCli(['validate', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`valid: ${file}#agencies[2] — อำเภอแม่สอด`);
  });

  it('render on a province file says to use batch', () => {
    const file = join(dir, 'render.jsonc');
    writeFileSync(file, PROVINCE);
    const r = runCli(['render', file, '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('this is a province file (shared and agencies): use itadoc batch');
  });
});
