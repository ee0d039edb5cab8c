/** Helpers of the workbook tests: a sample's workbook, a workbook edited cell by cell. */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { writeWorkbook } from '../../src/workbook/index.js';
import { ROOT } from '../helpers.js';

/** The raw JSON of an input file (relative to the repository). */
export const rawJson = (file: string) => JSON.parse(readFileSync(`${ROOT}${file}`, 'utf8')) as Record<string, unknown>;

const cache = new Map<string, Uint8Array>();

/** The workbook of an input file, written once per test file. */
export async function workbookOf(file: string): Promise<Uint8Array> {
  let bytes = cache.get(file);
  if (!bytes) {
    bytes = await writeWorkbook(rawJson(file));
    cache.set(file, bytes);
  }
  return bytes;
}

/** The column number of a header key (the second header row's "(key)") in a sheet. */
export function columnOf(ws: ExcelJS.Worksheet, key: string): number {
  for (let c = 1; c <= ws.columnCount; c++) if (String(ws.getCell(2, c).value ?? '').endsWith(`(${key})`)) return c;
  throw new Error(`no column ${key} in ${ws.name}`);
}

/** The row of a field path on a fields sheet (column D). */
export function rowOf(ws: ExcelJS.Worksheet, path: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 4).value === path) return r;
  throw new Error(`no row ${path} in ${ws.name}`);
}

/** A workbook changed by `edit`, as bytes. */
export async function edited(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
