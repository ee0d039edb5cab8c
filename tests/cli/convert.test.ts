/** `itadoc convert` and workbooks wherever an input is read: validate, analyze, render, batch (a province workbook too). */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';
import { columnOf, edited } from '../workbook/helpers.js';

const temp = () => mkdtempSync(join(tmpdir(), 'itadoc-convert-'));
const sample = (name: string) => JSON.parse(readFileSync(join(ROOT, 'samples', `${name}.json`), 'utf8'));

describe('itadoc convert', () => {
  it('turns a JSON input into a workbook and back, the same input', () => {
    const dir = temp();
    copyFileSync(join(ROOT, 'samples', 'tak-2568.json'), join(dir, 'tak.json'));
    const r1 = runCli(['convert', 'tak.json', 'tak.xlsx'], { cwd: dir });
    expect(r1.code).toBe(0);
    expect(readFileSync(join(dir, 'tak.xlsx')).subarray(0, 2).toString()).toBe('PK');
    const r2 = runCli(['convert', 'tak.xlsx', 'tak.json', '--force'], { cwd: dir });
    expect(r2.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'tak.json'), 'utf8'))).toEqual(sample('tak-2568'));
  });

  it('validates, analyses and renders a workbook directly', () => {
    const dir = temp();
    expect(runCli(['convert', 'samples/pathumthani-2563.json', join(dir, 'p.xlsx')]).code).toBe(0);
    const v = runCli(['validate', join(dir, 'p.xlsx')]);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('จังหวัดปทุมธานี');
    const r = runCli(['render', join(dir, 'p.xlsx'), '--out', join(dir, 'out'), '--format', 'docx', '--doc', 'o42']);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'out', 'o42.docx'))).toBe(true);
  });

  it('refuses bad arguments with exit 2 and a clear message', () => {
    const dir = temp();
    const same = runCli(['convert', 'samples/tak-2568.json', join(dir, 'x.json')]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('.json กับ .xlsx');
    const old = runCli(['convert', join(dir, 'x.xls'), join(dir, 'x.json')]);
    expect(old.code).toBe(2);
    expect(old.stderr).toContain('Excel Workbook (.xlsx)');
    writeFileSync(join(dir, 'there.xlsx'), 'x');
    const exists = runCli(['convert', 'samples/tak-2568.json', join(dir, 'there.xlsx')]);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('--force');
    for (const r of [same, old, exists]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses with exit 2 what a workbook cannot hold, naming the field', () => {
    const dir = temp();
    const input = { ...sample('tak-2568'), preface: ['ก'.repeat(40_000)] };
    writeFileSync(join(dir, 'long.json'), JSON.stringify(input));
    const r = runCli(['convert', join(dir, 'long.json'), join(dir, 'long.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('preface');
    expect(r.stderr).toContain('32767');
    expect(existsSync(join(dir, 'long.xlsx'))).toBe(false);
  });

  it('refuses an invalid JSON input with its usual message (exit 2)', () => {
    const r = runCli(['convert', 'tests/fixtures/bad-inputs/score-above-100.json', join(temp(), 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('scores.indicators.1');
  });
});

describe('batch with workbooks', () => {
  it('a province workbook — shared sheets and one row per agency — renders each agency; errors name the row cell', async () => {
    const dir = temp();
    const shared = sample('tak-2568');
    delete shared.agency;
    delete shared.$schema;
    const province = {
      shared,
      agencies: [
        { agency: { name: 'สำนักงานจังหวัดตาก', kind: 'regional-office' }, scores: { indicators: { 1: 91.5, 2: 88 } } },
        { agency: { name: 'สำนักงานสาธารณสุขจังหวัดตาก', kind: 'regional-office' } },
      ],
    };
    writeFileSync(join(dir, 'tak.json'), JSON.stringify(province));
    expect(runCli(['convert', join(dir, 'tak.json'), join(dir, 'tak.xlsx')]).code).toBe(0);
    // The workbook converts back to the same province file.
    expect(runCli(['convert', join(dir, 'tak.xlsx'), join(dir, 'back.json')]).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'back.json'), 'utf8'))).toEqual(province);

    mkdirSync(join(dir, 'in'));
    copyFileSync(join(dir, 'tak.xlsx'), join(dir, 'in', 'tak.xlsx'));
    writeFileSync(join(dir, 'in', '~$tak.xlsx'), 'an Excel lock file');
    const r = runCli(['batch', join(dir, 'in'), '--out', join(dir, 'out'), '--format', 'docx', '--doc', 'o42', '--jobs', '1', '--quiet']);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['summary.json', 'สำนักงานจังหวัดตาก', 'สำนักงานสาธารณสุขจังหวัดตาก']);

    const bad = await edited(readFileSync(join(dir, 'tak.xlsx')), (wb) => {
      const ws = wb.getWorksheet('หน่วยงานในจังหวัด')!;
      ws.getCell(4, columnOf(ws, 'agency.kind')).value = 'ministry';
    });
    writeFileSync(join(dir, 'bad.xlsx'), bad);
    const b = runCli(['batch', join(dir, 'bad.xlsx'), '--out', join(dir, 'out-bad'), '--format', 'docx', '--doc', 'o42', '--jobs', '1', '--quiet']);
    expect(b.code).toBe(1);
    const summary = JSON.parse(readFileSync(join(dir, 'out-bad', 'summary.json'), 'utf8'));
    expect(summary.inputs.map((e: { status: string }) => e.status)).toEqual(['ok', 'failed']);
    expect(summary.inputs[1].error).toContain('หน่วยงานในจังหวัด!C4');
    expect(summary.inputs[1].error).toContain('agency.kind');

    // validate, render and analyze read one agency: a province workbook is for batch.
    const v = runCli(['validate', join(dir, 'tak.xlsx')]);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('itadoc batch');
  });
});
