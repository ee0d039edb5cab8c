/**
 * Workbook → input value, with a map from each JSON path to the cell it came from ("มาตรการ!C7"), so that every
 * problem — here or in validation — names its sheet and cell. Cells keep their types: a number stays a number, a
 * Thai-digit text stays text for the schema to read, an Excel date becomes B.E. date text.
 */
import type ExcelJS from 'exceljs';
import { InputError, type InputProblem } from '../input/index.js';
import { decodeCell, type CellData, type CellProblem } from './cells.js';
import { headerKeyOf, keyedColumns, tableColumns, type Column } from './columns.js';
import { clone, getAt, isObject, mergeDeep, parsePath, pathText, setAt, splitDots, type JsonObject, type PathPart } from './json-path.js';
import { AGENCIES, MARKER_KEY, SHEETS, type Field, type FieldsSheet, type KeyedSheet, type TableSheet } from './layout.js';
import { kindAt } from './schema-info.js';

/** What a workbook holds. */
export interface WorkbookContent {
  /** The input, or for a province workbook `{ shared, agencies }`. */
  value: JsonObject;
  /** Where each JSON path (of `value`) was read: "มาตรการ!C7". */
  locations: Map<string, string>;
  /** A province workbook: shared parts and one row per agency. */
  province: boolean;
}

const MAX_ROWS = 100_000;

/** The workbook library, loaded when a workbook is first read or written (it adds a third of a second to start-up). */
export const excel = async () => (await import('exceljs')).default;

/** A cell address for messages: `มาตรการ!C7`. */
export const cellName = (sheet: string, row: number, col: number) => `${sheet}!${columnLetters(col)}${row}`;

function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The value of a cell as data: formulas give their result, rich text and links their text. */
export function cellData(cell: ExcelJS.Cell): { data: CellData } | { problem: CellProblem } {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return { data: undefined };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return { data: v };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return { data: (o.richText as { text: string }[]).map((r) => r.text).join('') };
    if ('formula' in o || 'sharedFormula' in o) {
      const r = o.result;
      if (r === undefined || r === null) {
        return {
          problem: {
            found: `=${String(o.formula ?? o.sharedFormula)}`,
            expected: { th: 'ค่าที่พิมพ์ หรือสูตรที่คำนวณแล้ว', en: 'a typed value, or a formula with its computed result' },
            fix: { th: 'เปิดไฟล์ใน Excel แล้วบันทึกอีกครั้ง หรือพิมพ์ค่าแทนสูตร', en: 'open and save the file in Excel or Calc again, or type the value instead' },
          },
        };
      }
      if (typeof r === 'object' && r !== null && 'error' in r) return { problem: errorProblem(String((r as { error: unknown }).error)) };
      return { data: r as CellData };
    }
    if ('error' in o) return { problem: errorProblem(String(o.error)) };
    if ('text' in o) return { data: String((o as { text: unknown }).text) };
  }
  return { data: String(v) };
}

const errorProblem = (error: string): CellProblem => ({
  found: error,
  expected: { th: 'ค่าที่ไม่ใช่ข้อผิดพลาดของสูตร', en: 'a value, not a formula error' },
  fix: { th: 'แก้สูตรหรือพิมพ์ค่าแทน', en: 'fix the formula or type the value' },
});

/** Reads every sheet the layout knows; problems are gathered and thrown together. */
class Reader {
  readonly problems: InputProblem[] = [];
  readonly locations = new Map<string, string>();
  readonly residue: { path: PathPart[]; value: unknown; at: string }[] = [];

  constructor(
    readonly wb: ExcelJS.Workbook,
    /** Where the input's paths sit in the value: `[]`, or `['shared']` in a province workbook. */
    readonly prefix: PathPart[],
  ) {}

  problem(at: string, path: ReadonlyArray<PathPart>, p: CellProblem): void {
    this.problems.push({ path: pathText(path), at, found: p.found, expected: p.expected, fix: p.fix });
  }

  /** Registers where a path is read, and its parents when they have no place yet. */
  locate(path: ReadonlyArray<PathPart>, at: string, parents = true): void {
    this.locations.set(pathText(path), at);
    if (!parents) return;
    for (let n = path.length - 1; n > 0; n--) {
      const key = pathText(path.slice(0, n));
      if (!this.locations.has(key)) this.locations.set(key, at);
    }
  }

  /** Reads a cell as a field of `column`. */
  read(ws: ExcelJS.Worksheet, row: number, col: number, column: Pick<Column, 'kind' | 'pattern'> & { field?: Field }, path: PathPart[]): unknown {
    const at = cellName(ws.name, row, col);
    const raw = cellData(ws.getCell(row, col));
    if ('problem' in raw) {
      this.problem(at, path, raw.problem);
      return undefined;
    }
    const decoded = decodeCell(raw.data, column.kind, column.pattern, { month: column.field?.month });
    if ('problem' in decoded) {
      this.problem(at, path, decoded.problem);
      return undefined;
    }
    return decoded.value;
  }

  lastRow(ws: ExcelJS.Worksheet): number {
    return Math.min(ws.rowCount, MAX_ROWS);
  }

  fields(sheet: FieldsSheet, target: JsonObject): void {
    const ws = this.wb.getWorksheet(sheet.name);
    if (!ws) return;
    const known = new Map(sheet.rows.flatMap((r) => ('path' in r ? [[r.path, r] as const] : [])));
    for (let row = 2; row <= this.lastRow(ws); row++) {
      const keyCell = cellData(ws.getCell(row, 4));
      const key = 'data' in keyCell && typeof keyCell.data === 'string' ? keyCell.data.trim() : '';
      const field = known.get(key);
      if (field) {
        const parts = splitDots(field.path);
        const path = [...this.prefix, ...parts];
        const kind = field.kind ?? kindAt(parts);
        const value = this.read(ws, row, 2, { kind, pattern: field.path, field }, path);
        this.locate(path, cellName(ws.name, row, 2));
        if (value !== undefined) setAt(target, parts, value);
        continue;
      }
      if (key === '') {
        const raw = cellData(ws.getCell(row, 2));
        if ('data' in raw && raw.data !== undefined && !(typeof raw.data === 'string' && raw.data.trim() === '')) {
          this.problem(cellName(ws.name, row, 2), [], {
            found: JSON.stringify(raw.data),
            expected: { th: 'ค่าในแถวที่มีชื่อช่องข้อมูลในคอลัมน์ D', en: 'a value on a row naming its field in column D' },
            fix: {
              th: 'พิมพ์ค่าในแถวของช่องนั้น (อย่าแก้คอลัมน์ D) หรือลบค่านี้',
              en: 'type the value on the row of its field (column D is not to be edited), or delete it',
            },
          });
        }
        continue;
      }
      // A row of "other data": a path and the JSON of its value, laid over the rest when all sheets are read.
      const at = cellName(ws.name, row, 2);
      const value = this.read(ws, row, 2, { kind: { type: 'json' }, pattern: '' }, parsePath(key));
      if (value !== undefined) {
        this.residue.push({ path: parsePath(key), value, at });
      }
    }
  }

  /** Maps header keys to column numbers; data under an unknown header is a problem. */
  columns(ws: ExcelJS.Worksheet, columns: Column[]): Map<Column, number> {
    const byKey = new Map(columns.map((c) => [c.key, c]));
    const byThai = new Map(columns.map((c) => [c.th, c]));
    const found = new Map<Column, number>();
    const width = Math.max(ws.columnCount, columns.length);
    for (let col = 1; col <= width; col++) {
      const second = cellData(ws.getCell(2, col));
      const first = cellData(ws.getCell(1, col));
      const key = 'data' in second && typeof second.data === 'string' ? headerKeyOf(second.data) : undefined;
      const thai = 'data' in first && typeof first.data === 'string' ? first.data.trim() : undefined;
      const column = (key !== undefined ? byKey.get(key) : undefined) ?? (thai !== undefined ? byThai.get(thai) : undefined);
      if (column && !found.has(column)) {
        found.set(column, col);
        continue;
      }
      for (let row = 3; row <= this.lastRow(ws); row++) {
        const raw = cellData(ws.getCell(row, col));
        if ('data' in raw && raw.data !== undefined && !(typeof raw.data === 'string' && raw.data.trim() === '')) {
          this.problem(cellName(ws.name, row, col), [], {
            found: JSON.stringify(raw.data),
            expected: {
              th: `ค่าในคอลัมน์ที่แผ่นงานนี้รู้จัก (หัวคอลัมน์ "${thai ?? ''}" ไม่มีในแบบฟอร์ม)`,
              en: `a value in a column this sheet knows (the header "${thai ?? ''}" is not one of its columns)`,
            },
            fix: {
              th: 'ย้ายค่าไปไว้ในคอลัมน์ที่ถูกต้อง และอย่าแก้หัวคอลัมน์ (แถว ๑–๒)',
              en: 'move the value into its column, and keep the header rows (1–2) as they are',
            },
          });
          break;
        }
      }
    }
    return found;
  }

  table(sheet: TableSheet, target: JsonObject, base: PathPart[]): void {
    const ws = this.wb.getWorksheet(sheet.name);
    if (!ws) return;
    const columns = this.columns(ws, tableColumns(sheet));
    const items: JsonObject[] = [];
    const listPath = [...base, ...splitDots(sheet.path)];
    this.locate(listPath, cellName(ws.name, 3, 1));
    let item: JsonObject | undefined;
    for (let row = 3; row <= this.lastRow(ws); row++) {
      const level = (l: 0 | 1, path: PathPart[]) => {
        const out: { column: Column; value: unknown; col: number }[] = [];
        for (const [column, col] of columns) {
          if (column.level !== l) continue;
          const fieldPath = column.field ? [...path, ...splitDots(column.field.path)] : path;
          const value = this.read(ws, row, col, column, fieldPath);
          out.push({ column, value, col });
        }
        return out;
      };
      const i = items.length;
      const own = level(0, [...listPath, i]);
      if (own.some((c) => c.value !== undefined)) {
        item = {};
        const path = [...listPath, i];
        this.locate(path, cellName(ws.name, row, own[0]?.col ?? 1), false);
        for (const c of own) {
          if (c.column.field) {
            const parts = splitDots(c.column.field.path);
            this.locate([...path, ...parts], cellName(ws.name, row, c.col));
            if (c.value !== undefined) setAt(item, parts, c.value);
          } else if (c.value !== undefined && c.column.key !== MARKER_KEY) {
            if (!isObject(c.value)) this.problem(cellName(ws.name, row, c.col), path, jsonObjectExpected(c.value));
            else {
              item = mergeDeep(item, c.value) as JsonObject;
              for (const k of Object.keys(c.value)) this.locate([...path, k], cellName(ws.name, row, c.col), false);
            }
          }
        }
        items.push(item);
      }
      if (!sheet.child) continue;
      const current = items.length - 1;
      const child = sheet.child;
      const nested = level(1, [...listPath, Math.max(current, 0), child.key]);
      const filled = nested.filter((c) => c.value !== undefined);
      if (filled.length === 0) continue;
      if (!item) {
        this.problem(cellName(ws.name, row, filled[0]!.col), listPath, {
          found: JSON.stringify(filled[0]!.value).slice(0, 60),
          expected: {
            th: `${child.th}ที่อยู่ในแถวของ${sheet.th} หรือแถวใต้${sheet.th}นั้น`,
            en: `a ${child.en} on the row of its ${sheet.itemEn} or on the rows under it`,
          },
          fix: {
            th: `กรอก${sheet.th}ในแถวนี้ หรือย้าย${child.th}ไปไว้ใต้แถวของ${sheet.th}`,
            en: `fill in the ${sheet.itemEn} on this row, or move the ${child.en} under its ${sheet.itemEn}'s row`,
          },
        });
        continue;
      }
      const list = (Array.isArray(item[child.key]) ? item[child.key] : (item[child.key] = [])) as unknown[];
      const path = [...listPath, current, child.key, list.length];
      let value: JsonObject = {};
      this.locate(path, cellName(ws.name, row, filled[0]!.col), false);
      for (const c of nested) {
        if (c.column.field) {
          const parts = splitDots(c.column.field.path);
          this.locate([...path, ...parts], cellName(ws.name, row, c.col));
          if (c.value !== undefined) setAt(value, parts, c.value);
        } else if (c.value !== undefined) {
          if (!isObject(c.value)) this.problem(cellName(ws.name, row, c.col), path, jsonObjectExpected(c.value));
          else {
            value = mergeDeep(value, c.value) as JsonObject;
            for (const k of Object.keys(c.value)) this.locate([...path, k], cellName(ws.name, row, c.col), false);
          }
        }
      }
      const keys = Object.keys(value);
      list.push(child.shorthand && keys.length === 1 && keys[0] === child.shorthand ? value[child.shorthand] : value);
    }
    if (items.length > 0) setAt(target, splitDots(sheet.path), items);
  }

  keyed(sheet: KeyedSheet, target: JsonObject): void {
    const ws = this.wb.getWorksheet(sheet.name);
    if (!ws) return;
    const all = keyedColumns(sheet);
    const columns = this.columns(ws, all);
    const keyCol = columns.get(all[0]!);
    const seen = new Map<string, string>();
    for (let row = 3; row <= this.lastRow(ws); row++) {
      const keyRaw = keyCol ? cellData(ws.getCell(row, keyCol)) : { data: undefined };
      const key = 'data' in keyRaw && keyRaw.data !== undefined ? String(keyRaw.data instanceof Date ? '' : keyRaw.data).trim() : '';
      const values: { column: Column; value: unknown; col: number }[] = [];
      for (const [column, col] of columns) {
        if (!column.field) continue;
        const path = [...this.prefix, ...splitDots(column.field.path.replace('*', key || '?'))];
        values.push({ column, value: this.read(ws, row, col, column, path), col });
      }
      const filled = values.filter((v) => v.value !== undefined);
      if (key === '') {
        if (filled.length > 0) {
          this.problem(cellName(ws.name, row, keyCol ?? 1), [], {
            found: 'ไม่มีค่า (nothing)',
            expected: { th: `${sheet.key.th} ของแถวนี้`, en: `the ${sheet.key.en} of this row` },
            fix: { th: `พิมพ์เลข${sheet.key.th}ในคอลัมน์แรก`, en: `type the ${sheet.key.en} number in the first column` },
          });
        }
        continue;
      }
      const at = cellName(ws.name, row, keyCol ?? 1);
      if (seen.has(key)) {
        this.problem(at, [], {
          found: JSON.stringify(key),
          expected: { th: `${sheet.key.th}ที่ไม่ซ้ำกับแถวอื่น (ซ้ำกับ ${seen.get(key)})`, en: `each ${sheet.key.en} once (also at ${seen.get(key)})` },
          fix: { th: 'รวมข้อมูลไว้ในแถวเดียว', en: 'keep the data of one indicator on one row' },
        });
        continue;
      }
      seen.set(key, at);
      for (const record of sheet.records) this.locate([...this.prefix, ...splitDots(record), key], at, false);
      for (const v of values) {
        const parts = splitDots(v.column.field!.path.replace('*', key));
        this.locate([...this.prefix, ...parts], cellName(ws.name, row, v.col));
        if (v.value !== undefined) setAt(target, parts, v.value);
      }
    }
    for (const s of sheet.shorthand) {
      const record = getAt(target, splitDots(s.path.replace(/\.\*$/, '')));
      if (!isObject(record)) continue;
      for (const [k, v] of Object.entries(record)) {
        if (isObject(v) && Object.keys(v).length === 1 && s.field in v) record[k] = v[s.field];
      }
    }
  }
}

const jsonObjectExpected = (value: unknown): CellProblem => ({
  found: JSON.stringify(value).slice(0, 60),
  expected: { th: 'วัตถุ JSON { ... } ของช่องข้อมูลอื่น', en: 'a JSON object { ... } of other fields' },
  fix: { th: 'ล้างช่องนี้ หรือพิมพ์ {"ชื่อช่อง": ค่า}', en: 'clear the cell, or type {"field": value}' },
});

/** Reads a loaded workbook; throws InputError naming the sheet and cell of every problem. */
export function readBook(wb: ExcelJS.Workbook, file: string): WorkbookContent {
  const province = wb.getWorksheet(AGENCIES.name) !== undefined;
  const reader = new Reader(wb, province ? ['shared'] : []);
  const input: JsonObject = {};
  for (const sheet of SHEETS) {
    if (sheet.type === 'fields') reader.fields(sheet, input);
    else if (sheet.type === 'table') reader.table(sheet, input, reader.prefix);
    else reader.keyed(sheet, input);
  }
  let value: JsonObject = input;
  if (province) {
    const root: JsonObject = { agencies: [] };
    reader.table(AGENCIES, root, []);
    value = { shared: input, agencies: root.agencies };
  }
  if (reader.problems.length > 0) throw new InputError(file, reader.problems);
  for (const r of reader.residue) {
    setAt(value, r.path, clone(r.value));
    reader.locate(r.path, r.at);
  }
  return { value, locations: reader.locations, province };
}

/** Reads workbook bytes (.xlsx); throws InputError when they are not a workbook or a cell cannot be read. */
export async function readWorkbook(bytes: Uint8Array, file: string): Promise<WorkbookContent> {
  const wb = new (await excel()).Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (err) {
    throw new InputError(file, [
      {
        path: '',
        found: `${(err as Error).message}`.slice(0, 120),
        expected: { th: 'ไฟล์ Excel (.xlsx) ที่เปิดได้', en: 'an Excel workbook (.xlsx) that opens' },
        fix: {
          th: 'บันทึกไฟล์ใหม่จาก Excel หรือ LibreOffice Calc เป็นชนิด "Excel Workbook (.xlsx)"',
          en: 'save the file again from Excel or LibreOffice Calc as "Excel Workbook (.xlsx)"',
        },
      },
    ]);
  }
  return readBook(wb, file);
}

/** Where a path was read: its own cell, or its nearest parent's. */
function nearest(locations: Map<string, string>, parts: PathPart[], min = 0): string | undefined {
  for (let n = parts.length; n >= min; n--) {
    const at = locations.get(pathText(parts.slice(0, n)));
    if (at) return at;
  }
  return undefined;
}

const partsOf = (path: ReadonlyArray<PropertyKey>): PathPart[] => path.map((p) => (typeof p === 'number' ? p : String(p)));

/** A locator for validation: the cell of a path, or of its nearest parent that has one. */
export function locatorOf(locations: Map<string, string>): (path: ReadonlyArray<PropertyKey>) => string | undefined {
  return (path) => nearest(locations, partsOf(path));
}

/**
 * The locator of agency `index` of a province workbook, for its input laid over the shared parts: a path the agency's
 * row has a column for, or whose value the row gives, is placed on that row; any other on the shared sheets.
 */
export function agencyLocatorOf(
  locations: Map<string, string>,
  index: number,
  agency: unknown,
): (path: ReadonlyArray<PropertyKey>) => string | undefined {
  const own: PathPart[] = ['agencies', index];
  return (path) => {
    const parts = partsOf(path);
    const exact = locations.get(pathText([...own, ...parts]));
    if (exact) return exact;
    if (getAt(agency, parts) !== undefined) return nearest(locations, [...own, ...parts], 3) ?? locations.get(pathText(own));
    return nearest(locations, ['shared', ...parts], 2) ?? locations.get(pathText(own));
  };
}
