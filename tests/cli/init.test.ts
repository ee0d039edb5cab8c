/**
 * `itadoc init` writes a starter that validates and renders as it is, with a Thai comment above every field; it asks
 * nothing when standard input is not a terminal, and never replaces a file without --force. `itadoc schema` writes
 * the JSON Schemas beside the user's files (issue 14).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { fiscalYearOf } from '../../src/cli/init-command.js';
import { agencyKinds, loadInputText, starterText, STARTER_DOCUMENTS } from '../../src/input/index.js';
import { inputJsonSchema } from '../../src/input/json-schema.js';
import { toStrictJson } from '../../src/input/jsonc.js';
import { availableDocuments } from '../../src/pipeline/document-kinds.js';
import { runCli } from '../helpers.js';

const temp = () => mkdtempSync(join(tmpdir(), 'itadoc-init-'));

describe('itadoc init', () => {
  it('writes a starter that validates and renders as it is (no questions without a terminal)', () => {
    const dir = temp();
    const file = join(dir, 'โรงพยาบาล.jsonc');
    const init = runCli(['init', file, '--kind', 'โรงพยาบาล', '--year', '2570', '--docs', 'o42,o43,memo'], { input: '' });
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain(`wrote ${file}`);
    expect(existsSync(join(dir, 'itadoc-input.schema.json'))).toBe(true);
    expect(existsSync(join(dir, 'itadoc-province.schema.json'))).toBe(true);
    const validate = runCli(['validate', file]);
    expect(validate.code, validate.stderr).toBe(0);
    const render = runCli(['render', file, '--out', join(dir, 'ผลลัพธ์')]);
    expect(render.code, render.stderr).toBe(0);
    for (const name of ['o42', 'o43', 'memo']) for (const ext of ['docx', 'pdf']) expect(existsSync(join(dir, 'ผลลัพธ์', `${name}.${ext}`))).toBe(true);
  });

  it('--year 2570 writes FY2570 measures analysing ITA 2569, and says what ITA 2569 used for the item code', () => {
    const text = starterText({ kind: 'province', fiscalYear: 2570, documents: ['o42'] });
    const { input, framework } = loadInputText(text, 'starter.jsonc');
    expect([input.fiscalYear, framework.assessmentYear, framework.levelSystem]).toEqual([2570, 2569, 'pass']);
    expect(text).toContain('ในการประเมินปี 2569 ใช้ข้อ O25');
    expect(text).toContain('// "framework": { "measuresItem": { "code": "O25" } },');
  });

  it('a starter for every kind, year system and set of documents validates, passes the JSON Schema and has the documents asked for', () => {
    const ajv = new Ajv2020({ strict: false, multipleOfPrecision: 9 });
    const validate = ajv.compile(inputJsonSchema());
    const sets = [['o42'], ['o42', 'o43'], ['o42', 'memo'], ['o42', 'o43', 'letter', 'form'], ['o43']] as const;
    for (const { code } of agencyKinds()) {
      for (const fiscalYear of [2564, 2567, 2569, 2570]) {
        for (const documents of sets) {
          const text = starterText({ kind: code, fiscalYear, documents: [...documents] });
          const loaded = loadInputText(text, `${code}-${fiscalYear}.jsonc`);
          expect(validate(JSON.parse(toStrictJson(text))), JSON.stringify(validate.errors)).toBe(true);
          const available = availableDocuments(loaded);
          for (const doc of documents) expect(available).toContain(doc);
        }
      }
    }
    expect(STARTER_DOCUMENTS).toEqual(['o42', 'o43', 'memo', 'letter', 'form']);
  });

  it('has a Thai comment above every field where it first appears', () => {
    const lines = starterText({ kind: 'hospital', fiscalYear: 2570, documents: ['o42', 'o43', 'memo'] }).split('\n');
    const explained = new Set<string>();
    const unexplained: string[] = [];
    lines.forEach((line, i) => {
      const key = /^\s*"([^"]+)":/.exec(line)?.[1];
      if (!key || /^\d+$/.test(key)) return; // scores per indicator: explained above the record
      if (/^\s*\/\/ .*[\u0e00-\u0e7f]/.test(lines[i - 1]!)) explained.add(key);
      else if (!explained.has(key)) unexplained.push(key);
    });
    expect(unexplained).toEqual([]);
    // Fields not filled in are there, commented out, with their example.
    expect(lines).toContain('    // "fax": "๐ ๒๔๔๗ ๑๐๐๑",');
  });

  it('never replaces a file without --force', () => {
    const dir = temp();
    const file = join(dir, 'input.jsonc');
    writeFileSync(file, 'ของเดิม');
    const r = runCli(['init', file, '--kind', 'province', '--year', '2570'], { input: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('exists: give another name, or --force to replace it');
    expect(readFileSync(file, 'utf8')).toBe('ของเดิม');
    expect(runCli(['init', file, '--kind', 'province', '--year', '2570', '--force'], { input: '' }).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('"fiscalYear": 2570');
  });

  it('names the file by the year when none is given, and refuses what it cannot write', () => {
    const dir = temp();
    const r = runCli(['init', '--kind', 'school', '--year', '๒๕๖๙'], { cwd: dir, input: '' });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'itadoc-2569.jsonc'))).toBe(true);
    expect(runCli(['init', 'x.jsonc', '--kind', 'ministry'], { cwd: dir, input: '' }).stderr).toContain('unknown --kind "ministry"');
    expect(runCli(['init', 'y.jsonc', '--kind', 'province', '--docs', 'memo,letter'], { cwd: dir, input: '' }).code).toBe(2);
    expect(runCli(['init', 'z.jsonc', '--kind', 'province', '--year', '1999'], { cwd: dir, input: '' }).stderr).toContain('B.E. fiscal year');
  });

  it('takes the fiscal year from the date: October starts the next one', () => {
    expect(fiscalYearOf(new Date(2026, 8, 30))).toBe(2569);
    expect(fiscalYearOf(new Date(2026, 9, 1))).toBe(2570);
  });
});

describe('itadoc schema', () => {
  it('writes both schemas into the folder, replaces its own, and keeps another file of the same name without --force', () => {
    const dir = join(temp(), 'ข้อมูล');
    expect(runCli(['schema', dir]).code).toBe(0);
    const schema = JSON.parse(readFileSync(join(dir, 'itadoc-input.schema.json'), 'utf8'));
    expect(schema.$id).toBe('https://itadoc.invalid/schema/itadoc-input.schema.json');
    expect(JSON.parse(readFileSync(join(dir, 'itadoc-province.schema.json'), 'utf8')).$id).toBe('https://itadoc.invalid/schema/itadoc-province.schema.json');
    expect(runCli(['schema', dir]).code).toBe(0);
    writeFileSync(join(dir, 'itadoc-input.schema.json'), '{"mine": true}');
    const r = runCli(['schema', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not an itadoc schema: use --force');
    expect(runCli(['schema', dir, '--force']).code).toBe(0);
  });
});
