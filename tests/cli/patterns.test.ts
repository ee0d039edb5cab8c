/**
 * Patterns that reach itadoc unexpanded — quoted, or typed on Windows, whose shells never expand them — are expanded by
 * itadoc (issue 14: `'samples/*.json'` failed with "ไม่พบไฟล์"). Thai file and folder names work throughout.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputPatterns } from '../../src/batch/input-patterns.js';
import { ROOT, runCli } from '../helpers.js';

/** A folder "ข้อมูล ๒๕๗๐" with two inputs named in Thai, and a folder whose name looks like a pattern. */
function workspace() {
  const cwd = mkdtempSync(join(tmpdir(), 'itadoc-glob-'));
  const folder = join(cwd, 'ข้อมูล ๒๕๗๐');
  mkdirSync(folder);
  copyFileSync(join(ROOT, 'samples/tak-2568.json'), join(folder, 'จังหวัดตาก.json'));
  copyFileSync(join(ROOT, 'samples/nakhonpathom-2564.json'), join(folder, 'นครปฐม.jsonc'));
  mkdirSync(join(cwd, '[2568]'));
  copyFileSync(join(ROOT, 'samples/tak-2568.json'), join(cwd, '[2568]', 'ตาก.json'));
  return cwd;
}

describe('input patterns', () => {
  it('expand to the matching files, sorted; a path that exists is never a pattern', () => {
    const cwd = workspace();
    expect(expandInputPatterns(['ข้อมูล ๒๕๗๐/*.json*'], cwd)).toEqual(['ข้อมูล ๒๕๗๐/จังหวัดตาก.json', 'ข้อมูล ๒๕๗๐/นครปฐม.jsonc']);
    expect(expandInputPatterns(['ข้อมูล ๒๕๗๐/{นครปฐม,ไม่มี}.jsonc'], cwd)).toEqual(['ข้อมูล ๒๕๗๐/นครปฐม.jsonc']);
    expect(expandInputPatterns([join(cwd, '[2568]')], cwd)).toEqual([join(cwd, '[2568]')]);
  });

  it('render with a quoted pattern renders every match into its own folder', () => {
    const cwd = workspace();
    const r = runCli(['render', 'ข้อมูล ๒๕๗๐/*.json*', '--out', 'ผลลัพธ์', '--format', 'docx'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(cwd, 'ผลลัพธ์', 'จังหวัดตาก', 'o42.docx'))).toBe(true);
    expect(existsSync(join(cwd, 'ผลลัพธ์', 'นครปฐม', 'o42.docx'))).toBe(true);
  });

  it('batch with a quoted pattern takes every match', () => {
    const cwd = workspace();
    const r = runCli(['batch', 'ข้อมูล ๒๕๗๐/*.json', '--out', 'ผลลัพธ์', '--format', 'docx', '--quiet'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(join(cwd, 'ผลลัพธ์', 'summary.json'), 'utf8'));
    expect(summary.inputs.map((e: { input: string }) => e.input)).toEqual(['ข้อมูล ๒๕๗๐/จังหวัดตาก.json']);
  });

  it('a pattern that matches nothing is an error naming it (exit 2 for render, a failed input for batch)', () => {
    const cwd = workspace();
    const r = runCli(['render', 'ไม่มี/*.json', '--out', 'out'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no file matches the pattern "ไม่มี/*.json"');
    const b = runCli(['batch', 'ไม่มี/*.json', 'ข้อมูล ๒๕๗๐/*.json', '--out', 'out', '--format', 'docx', '--quiet'], { cwd });
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('no file matches the pattern "ไม่มี/*.json"');
  });

  it('validate takes a pattern that matches one file, and refuses one that matches several', () => {
    const cwd = workspace();
    expect(runCli(['validate', 'ข้อมูล ๒๕๗๐/จังหวัด*.json'], { cwd }).code).toBe(0);
    const r = runCli(['validate', 'ข้อมูล ๒๕๗๐/*'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('matches 2 files: give one');
  });

  it('a folder whose name holds brackets is read as the folder it is', () => {
    const cwd = workspace();
    const r = runCli(['batch', '[2568]', '--out', 'out', '--format', 'docx', '--quiet'], { cwd });
    expect(r.code, r.stderr).toBe(0);
  });
});
