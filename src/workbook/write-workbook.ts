/**
 * Input value → workbook. Every field goes to its place in the layout; what has none (a field added to the schema
 * later, an empty list) goes as JSON to the rows "ข้อมูลอื่น" of the first sheet. The workbook is then read back and
 * compared with the input: anything that would not come back exactly is refused with the paths it concerns, so a
 * conversion never loses a thing silently.
 */
import type ExcelJS from 'exceljs';
import { choiceLabels } from './choices.js';
import { encodeCell, MAX_CELL_TEXT, type CellData } from './cells.js';
import { headerKeyText, itemBase, keyedColumns, tableColumns, type Column } from './columns.js';
import { instructionRows } from './instructions.js';
import { clone, deepEqual, deleteAt, getAt, isObject, pathText, splitDots, type JsonObject, type PathPart } from './json-path.js';
import {
  AGENCIES,
  EXTRAS,
  GENERAL,
  INSTRUCTIONS_SHEET,
  LISTS_SHEET,
  OTHER_SECTION,
  SHEETS,
  type Field,
  type FieldsSheet,
  type KeyedSheet,
  type NumberRange,
  type TableSheet,
} from './layout.js';
import { excel, readBook } from './read-workbook.js';
import { kindAt, type Kind } from './schema-info.js';
import { WorkbookLimitError } from './on-demand.js';


const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
const SECOND_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const FONT = 'Tahoma';
/** Rows of a table sheet that carry drop-downs and range checks beyond the last written one. */
const SPARE_ROWS = 300;

/** Whether a kind's cells hold text (so a clerk's digits stay as typed: phone numbers, codes, B.E. dates). */
const textCells = (kind: Kind) => !['scalar', 'boolean'].includes(kind.type);

/** Drop-down lists, one column each of the hidden lists sheet (written last). */
class Lists {
  private readonly columns = new Map<string, { labels: string[]; ref: string }>();

  /** The range formula of a list of labels. */
  range(labels: string[]): string {
    const id = labels.join('\u0000');
    let entry = this.columns.get(id);
    if (!entry) {
      const letter = columnLetter(this.columns.size + 1);
      entry = { labels, ref: `'${LISTS_SHEET}'!$${letter}$1:$${letter}$${labels.length}` };
      this.columns.set(id, entry);
    }
    return entry.ref;
  }

  /** Writes the hidden sheet of lists. */
  write(wb: ExcelJS.Workbook): void {
    const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
    [...this.columns.values()].forEach((e, i) => e.labels.forEach((l, j) => (ws.getCell(j + 1, i + 1).value = l)));
  }
}

function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function validationOf(kind: Kind, pattern: string, range: NumberRange | undefined, lists: Lists): ExcelJS.DataValidation | undefined {
  const choices = choiceLabels(pattern, kind);
  if (choices.length > 0) {
    return {
      type: 'list',
      allowBlank: true,
      formulae: [lists.range(choices.map((c) => c.label))],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'เลือกจากรายการ / pick from the list',
      error: 'โปรดเลือกค่าจากรายการแบบเลื่อนลง / please pick a value from the drop-down list',
    };
  }
  if (kind.type === 'scalar' && range) {
    const between = range.min !== undefined && range.max !== undefined;
    const words = between ? `${range.min}–${range.max}` : range.min !== undefined ? `≥ ${range.min}` : `≤ ${range.max}`;
    return {
      type: range.whole ? 'whole' : 'decimal',
      operator: between ? 'between' : range.min !== undefined ? 'greaterThanOrEqual' : 'lessThanOrEqual',
      allowBlank: true,
      formulae: between ? [range.min, range.max] : [range.min ?? range.max],
      showErrorMessage: true,
      // A warning, not a stop: numbers typed in Thai digits are text to Excel, and still welcome.
      errorStyle: 'warning',
      errorTitle: 'ตัวเลขนอกช่วง / number out of range',
      error: `ค่าที่ใช้ได้ / allowed: ${words}${range.whole ? ' (จำนวนเต็ม / whole number)' : ''}`,
    };
  }
  return undefined;
}

/** The cell of a value, refusing text longer than a cell holds. */
function cellOf(value: unknown, kind: Kind, pattern: string, path: PathPart[], month: boolean | undefined, tooLong: string[]): CellData {
  const cell = encodeCell(value, kind, pattern, { month });
  if (typeof cell === 'string' && cell.length > MAX_CELL_TEXT) {
    tooLong.push(pathText(path));
    return undefined;
  }
  return cell;
}

/** Width of text as Excel counts it, roughly: Thai vowel and tone marks above and below take no room. */
const visible = (text: string) => text.replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, '').length;

/**
 * Sets each row's height to fit its wrapped text (neither Excel nor LibreOffice does so when it opens a file), and
 * the sheet to print one page wide.
 */
export function fitRows(ws: ExcelJS.Worksheet, fromRow: number): void {
  ws.pageSetup = { ...ws.pageSetup, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  ws.eachRow((row, r) => {
    if (r < fromRow) return;
    let lines = 1;
    row.eachCell((cell, col) => {
      const v = cell.value;
      if (typeof v !== 'string' && typeof v !== 'number') return;
      const width = Math.max(4, (ws.getColumn(col).width ?? 10) - 1);
      const size = cell.font?.size ?? 11;
      const perLine = (width * 11) / size;
      const n = String(v)
        .split('\n')
        .reduce((a, l) => a + Math.max(1, Math.ceil(visible(l) / perLine)), 0);
      lines = Math.max(lines, n);
    });
    if (lines > 1 && row.height === undefined) row.height = Math.min(409, lines * 16 + 2);
  });
}

/** Removes empty objects left after the fields of a table row were taken out. */
function prune(value: unknown): unknown {
  if (!isObject(value)) return value;
  for (const [k, v] of Object.entries(value)) {
    if (isObject(v)) {
      prune(v);
      if (Object.keys(v).length === 0) delete value[k];
    }
  }
  return value;
}

class Writer {
  readonly lists = new Lists();
  readonly tooLong: string[] = [];

  constructor(readonly wb: ExcelJS.Workbook) {}

  sheet(name: string, tab: string): ExcelJS.Worksheet {
    const ws = this.wb.addWorksheet(name, { properties: { tabColor: { argb: tab } }, views: [{ state: 'frozen', ySplit: 2, xSplit: 0 }] });
    return ws;
  }

  header(ws: ExcelJS.Worksheet, columns: { th: string; en: string; note?: string; width: number }[]): void {
    columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      col.width = c.width;
      const th = ws.getCell(1, i + 1);
      th.value = c.th;
      th.font = { name: FONT, bold: true, size: 11 };
      th.fill = HEADER_FILL;
      th.alignment = { wrapText: true, vertical: 'middle' };
      if (c.note) th.note = c.note;
      const en = ws.getCell(2, i + 1);
      en.value = c.en;
      en.font = { name: FONT, italic: true, size: 9, color: { argb: 'FF595959' } };
      en.fill = SECOND_FILL;
      en.alignment = { wrapText: true, vertical: 'top' };
    });
    ws.getRow(1).height = 36;
    ws.getRow(2).height = 40;
  }

  put(ws: ExcelJS.Worksheet, row: number, col: number, cell: CellData, kind: Kind): void {
    const c = ws.getCell(row, col);
    if (textCells(kind)) c.numFmt = '@';
    c.alignment = { wrapText: true, vertical: 'top' };
    c.font = { name: FONT, size: 11 };
    if (cell !== undefined) c.value = cell;
  }

  fields(sheet: FieldsSheet, source: JsonObject, extra: { path: string; value: unknown }[] = []): void {
    const ws = this.wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
    const head = [
      { th: 'หัวข้อ / field', width: 40 },
      { th: 'ค่า (พิมพ์ในคอลัมน์นี้) / value (type here)', width: 64 },
      { th: 'คำอธิบาย ตัวอย่าง / note, example', width: 46 },
      { th: 'ช่องข้อมูล (อย่าแก้) / JSON path (do not edit)', width: 30 },
    ];
    head.forEach((h, i) => {
      ws.getColumn(i + 1).width = h.width;
      const c = ws.getCell(1, i + 1);
      c.value = h.th;
      c.font = { name: FONT, bold: true, size: 11 };
      c.fill = HEADER_FILL;
      c.alignment = { wrapText: true, vertical: 'middle' };
    });
    ws.getRow(1).height = 30;
    let row = 2;
    const section = (th: string, en: string) => {
      const c = ws.getCell(row, 1);
      c.value = `${th} / ${en}`;
      c.font = { name: FONT, bold: true, size: 12 };
      for (let i = 1; i <= 4; i++) ws.getCell(row, i).fill = SECTION_FILL;
      ws.getRow(row).height = 20;
      row++;
    };
    for (const r of sheet.rows) {
      if ('section' in r) {
        section(r.section, r.en);
        continue;
      }
      const parts = splitDots(r.path);
      const kind = r.kind ?? kindAt(parts);
      ws.getCell(row, 1).value = r.th;
      ws.getCell(row, 1).font = { name: FONT, size: 11 };
      ws.getCell(row, 1).alignment = { wrapText: true, vertical: 'top' };
      this.put(ws, row, 2, cellOf(getAt(source, parts), kind, r.path, parts, r.month, this.tooLong), kind);
      const v = validationOf(kind, r.path, r.range, this.lists);
      if (v) ws.getCell(row, 2).dataValidation = v;
      const note = ws.getCell(row, 3);
      note.value = r.note ? `${r.note}\n${r.en}` : r.en;
      note.font = { name: FONT, size: 10, color: { argb: 'FF595959' } };
      note.alignment = { wrapText: true, vertical: 'top' };
      const key = ws.getCell(row, 4);
      key.value = r.path;
      key.font = { name: 'Consolas', size: 9, color: { argb: 'FF808080' } };
      key.alignment = { vertical: 'top' };
      if (typeof ws.getCell(row, 2).value === 'number') ws.getCell(row, 2).alignment = { vertical: 'top', horizontal: 'left' };
      row++;
    }
    if (extra.length > 0) {
      section(OTHER_SECTION.section, OTHER_SECTION.en);
      for (const e of extra) {
        ws.getCell(row, 1).value = 'ข้อมูลอื่น / other data';
        this.put(ws, row, 2, cellOf(e.value, { type: 'json' }, '', [e.path], false, this.tooLong), { type: 'json' });
        ws.getCell(row, 4).value = e.path;
        row++;
      }
    }
    fitRows(ws, 2);
  }

  table(sheet: TableSheet, source: JsonObject, tab: string): void {
    const ws = this.sheet(sheet.name, tab);
    const columns = tableColumns(sheet);
    this.header(ws, columns.map((c) => ({ th: c.th, en: headerKeyText(c), note: c.field?.note, width: c.width })));
    const list = getAt(source, splitDots(sheet.path));
    const base: PathPart[] = [...splitDots(sheet.path)];
    let row = 3;
    const items = Array.isArray(list) ? list : [];
    items.forEach((item, i) => {
      const path = [...base, i];
      const rest = clone(item) as JsonObject;
      const own = columns.filter((c) => c.level === 0);
      if (sheet.marker) this.put(ws, row, 1, i + 1, { type: 'scalar' });
      for (const c of own) {
        if (!c.field) continue;
        const parts = splitDots(c.field.path);
        const value = getAt(item, parts);
        if (value === undefined) continue;
        this.put(ws, row, columns.indexOf(c) + 1, cellOf(value, c.kind, c.pattern, [...path, ...parts], c.field.month, this.tooLong), c.kind);
        deleteAt(rest, parts);
      }
      let used = 1;
      const child = sheet.child;
      const children = child && isObject(item) ? item[child.key] : undefined;
      if (child && Array.isArray(children) && children.length > 0 && children.every((x) => isObject(x) || (child.shorthand && x !== null && typeof x !== 'object'))) {
        delete rest[child.key];
        const nested = columns.filter((c) => c.level === 1);
        children.forEach((x, j) => {
          const value: JsonObject = isObject(x) ? x : { [child.shorthand!]: x };
          const childRest = clone(value);
          for (const c of nested) {
            if (!c.field) continue;
            const parts = splitDots(c.field.path);
            const v = getAt(value, parts);
            if (v === undefined) continue;
            this.put(ws, row + j, columns.indexOf(c) + 1, cellOf(v, c.kind, c.pattern, [...path, child.key, j, ...parts], c.field.month, this.tooLong), c.kind);
            deleteAt(childRest, parts);
          }
          prune(childRest);
          const extras = columns.findIndex((c) => c.level === 1 && !c.field);
          if (Object.keys(childRest).length > 0) this.put(ws, row + j, extras + 1, cellOf(childRest, { type: 'json' }, '', [...path, child.key, j], false, this.tooLong), { type: 'json' });
        });
        used = children.length;
      }
      prune(rest);
      if (Object.keys(rest).length > 0) {
        const extras = columns.findIndex((c) => c.level === 0 && c.key === EXTRAS.key);
        this.put(ws, row, extras + 1, cellOf(rest, { type: 'json' }, '', path, false, this.tooLong), { type: 'json' });
      }
      // A thin line above each item, so the rows of one measure read as a block.
      for (let c = 1; c <= columns.length; c++) ws.getCell(row, c).border = { top: { style: 'thin', color: { argb: 'FFBFBFBF' } } };
      row += used;
    });
    this.formatColumns(ws, columns, row);
    fitRows(ws, 3);
  }

  /** Column formats, drop-downs and range checks down to a few hundred rows past the data. */
  formatColumns(ws: ExcelJS.Worksheet, columns: Column[], lastRow: number): void {
    const end = lastRow + SPARE_ROWS;
    columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      col.alignment = { wrapText: true, vertical: 'top' };
      if (textCells(c.kind)) col.numFmt = '@';
      const v = validationOf(c.kind, c.pattern, c.field?.range, this.lists);
      if (v) (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${col.letter}3:${col.letter}${end}`, v);
    });
  }

  keyed(sheet: KeyedSheet, source: JsonObject, tab: string): void {
    const ws = this.sheet(sheet.name, tab);
    const columns = keyedColumns(sheet);
    this.header(ws, columns.map((c) => ({ th: c.th, en: headerKeyText(c), note: c.field?.note, width: c.width })));
    // Plain paragraphs of a shorthand record stand for { text: … }.
    const view = clone(source);
    for (const s of sheet.shorthand) {
      const record = getAt(view, splitDots(s.path.replace(/\.\*$/, '')));
      if (!isObject(record)) continue;
      for (const [k, v] of Object.entries(record)) if (!isObject(v)) record[k] = { [s.field]: v };
    }
    const keys: string[] = [];
    for (const r of sheet.records) {
      const record = getAt(source, splitDots(r));
      if (isObject(record)) for (const k of Object.keys(record)) if (!keys.includes(k)) keys.push(k);
    }
    for (const k of sheet.keys) if (!keys.includes(k)) keys.push(k);
    const numeric = (k: string) => /^\d+$/.test(k) && String(Number(k)) === k;
    keys.sort((a, b) => (numeric(a) && numeric(b) ? Number(a) - Number(b) : numeric(a) ? -1 : numeric(b) ? 1 : 0));
    keys.forEach((k, i) => {
      const row = 3 + i;
      this.put(ws, row, 1, numeric(k) ? Number(k) : k, { type: 'scalar' });
      ws.getCell(row, 1).font = { name: FONT, bold: true, size: 11 };
      columns.forEach((c, j) => {
        if (!c.field) return;
        const parts = splitDots(c.field.path.replace('*', k));
        const value = getAt(view, parts);
        if (value !== undefined) this.put(ws, row, j + 1, cellOf(value, c.kind, c.pattern, parts, c.field.month, this.tooLong), c.kind);
      });
    });
    this.formatColumns(ws, columns, 3 + keys.length);
    fitRows(ws, 3);
  }
}

/** The differences between what was written and what reads back, as the values to restore at each path. */
function differences(want: unknown, got: unknown, path: PathPart[], out: { path: PathPart[]; value: unknown }[], extra: string[]): void {
  if (deepEqual(want, got)) return;
  if (isObject(want) && isObject(got)) {
    for (const [k, v] of Object.entries(want)) {
      if (v === undefined) continue;
      if (got[k] === undefined) out.push({ path: [...path, k], value: v });
      else differences(v, got[k], [...path, k], out, extra);
    }
    for (const k of Object.keys(got)) if (want[k] === undefined && got[k] !== undefined) extra.push(pathText([...path, k]));
    return;
  }
  if (Array.isArray(want) && Array.isArray(got) && want.length === got.length) {
    want.forEach((v, i) => differences(v, got[i], [...path, i], out, extra));
    return;
  }
  out.push({ path, value: want });
}

const TABS = ['FF4472C4', 'FFED7D31', 'FF70AD47', 'FFFFC000', 'FF5B9BD5', 'FFA5A5A5'];

/** Lays a document (an input, or a province's shared parts and agencies) out in a new workbook. */
async function layOut(doc: JsonObject, province: boolean, residue: { path: PathPart[]; value: unknown }[]): Promise<{ wb: ExcelJS.Workbook; tooLong: string[] }> {
  const wb = new (await excel()).Workbook();
  wb.creator = 'itadoc';
  const instructions = wb.addWorksheet(INSTRUCTIONS_SHEET, { properties: { tabColor: { argb: 'FFC00000' } } });
  instructionRows(instructions, province);
  fitRows(instructions, 1);
  const w = new Writer(wb);
  const input = (province ? (isObject(doc.shared) ? doc.shared : {}) : doc) as JsonObject;
  if (province) w.table(AGENCIES, doc, 'FFC00000');
  SHEETS.forEach((sheet, i) => {
    const tab = TABS[i % TABS.length]!;
    if (sheet.type === 'fields') w.fields(sheet, input, sheet === GENERAL ? residue.map((r) => ({ path: pathText(r.path), value: r.value })) : []);
    else if (sheet.type === 'table') w.table(sheet, input, tab);
    else w.keyed(sheet, input, tab);
  });
  w.lists.write(wb);
  return { wb, tooLong: w.tooLong };
}

/**
 * Writes an input (or a province file `{ shared, agencies }`) as workbook bytes. Throws WorkbookLimitError when the
 * workbook would not give every value back exactly.
 */
export async function writeWorkbook(doc: JsonObject, options: { province?: boolean } = {}): Promise<Uint8Array> {
  const province = options.province ?? false;
  // First lay the document out, read it back, and keep what did not come back as "other data" rows.
  const first = await layOut(doc, province, []);
  const residue: { path: PathPart[]; value: unknown }[] = [];
  const extra: string[] = [];
  differences(doc, readBook(first.wb, 'workbook').value, [], residue, extra);
  const { wb, tooLong } = residue.length > 0 ? await layOut(doc, province, residue) : first;
  if (tooLong.length > 0) {
    throw new WorkbookLimitError(
      tooLong.map((path) => ({ path, why: { th: `ข้อความยาวเกิน ${MAX_CELL_TEXT} ตัวอักษรของหนึ่งเซลล์`, en: `text longer than a cell's ${MAX_CELL_TEXT} characters` } })),
    );
  }
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  // Then read the bytes themselves back: the workbook must give the document back exactly.
  const back = await readWorkbookValue(bytes);
  const lost: { path: PathPart[]; value: unknown }[] = [];
  differences(doc, back, [], lost, extra);
  if (lost.length > 0 || extra.length > 0) {
    throw new WorkbookLimitError([
      ...lost.map((l) => ({ path: pathText(l.path) || '(ทั้งไฟล์)', why: { th: 'อ่านกลับได้ไม่ตรงตามเดิม', en: 'does not read back the same' } })),
      ...extra.map((path) => ({ path, why: { th: 'อ่านกลับได้ค่าที่ไม่มีในต้นฉบับ', en: 'reads back a value the original lacks' } })),
    ]);
  }
  return bytes;
}

async function readWorkbookValue(bytes: Uint8Array): Promise<unknown> {
  const wb = new (await excel()).Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return readBook(wb, 'workbook').value;
}

export type { Field };
