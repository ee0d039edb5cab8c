/**
 * A workbook as a clerk's spreadsheet program leaves it: opened and saved again by LibreOffice Calc, it still reads
 * back as the same input — cell types, multi-line cells, drop-down labels and JSON cells survive — and keeps its
 * drop-down lists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/workbook/index.js';
import { rawJson, workbookOf } from '../workbook/helpers.js';
import { requireTools, sofficeProfileArg } from './tools.js';

/** LibreOffice with its spreadsheet (Calc) installed: libreoffice-calc-nogui on Debian. */
const CALC = '/usr/lib/libreoffice/program/libsclo.so';
const hasCalc = (): boolean => {
  if (!requireTools('soffice')) return false;
  if (existsSync(CALC)) return true;
  if (process.env.ITADOC_REQUIRE_E2E) throw new Error(`LibreOffice Calc missing (${CALC})`);
  return false;
};

const FILES = ['samples/pathumthani-2563.json', 'tests/fixtures/outline/every-block.json'];

describe.skipIf(!hasCalc())('a workbook saved by LibreOffice Calc', () => {
  it('reads back as the same input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'itadoc-calc-'));
    const names = FILES.map((_, i) => join(dir, `in-${i}.xlsx`));
    await Promise.all(FILES.map(async (f, i) => writeFileSync(names[i]!, await workbookOf(f))));
    const r = spawnSync('soffice', [sofficeProfileArg(dir), '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'out'), ...names], {
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(r.status, r.stderr).toBe(0);
    for (const [i, f] of FILES.entries()) {
      const saved = readFileSync(join(dir, 'out', `in-${i}.xlsx`));
      expect((await readWorkbook(saved, f)).value, f).toEqual(rawJson(f));
      // Calc keeps the drop-downs: the agency kind still offers the list.
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(saved as unknown as ArrayBuffer);
      expect(wb.getWorksheet('หน่วยงาน')!.getCell('B4').dataValidation?.type).toBe('list');
    }
  });
});
