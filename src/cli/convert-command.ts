/** `itadoc convert <in> <out>`: a JSON input ⇄ an Excel workbook, by the files' extensions. */
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { jsonToWorkbook, workbookToJson, writeFileAtomic } from '../index.js';
import { UsageError } from './errors.js';
import { checkInputFormat, readInputBytes } from './read-input.js';

const FORMATS: Record<string, 'json' | 'xlsx'> = { '.json': 'json', '.jsonc': 'json', '.xlsx': 'xlsx' };

/** Converts `from` into `to`; returns the line to print. */
export async function runConvert(from: string, to: string, force: boolean): Promise<string> {
  checkInputFormat(from);
  const a = FORMATS[extname(from).toLowerCase()];
  const b = FORMATS[extname(to).toLowerCase()];
  if (!a || !b || a === b) {
    throw new UsageError(
      'แปลงได้ระหว่างไฟล์ .json กับ .xlsx เท่านั้น เช่น itadoc convert ข้อมูล.json ข้อมูล.xlsx / ' +
        `convert turns a .json file into an .xlsx workbook or back (got ${from} → ${to})`,
    );
  }
  if (existsSync(to) && !force) {
    throw new UsageError(`มีไฟล์ ${to} อยู่แล้ว ใช้ --force เพื่อเขียนทับ / ${to} exists: use --force to overwrite it`);
  }
  const bytes = readInputBytes(from);
  if (a === 'json') writeFileAtomic(to, await jsonToWorkbook(bytes.toString('utf8'), from, to));
  else writeFileAtomic(to, await workbookToJson(bytes, from, to));
  return `${from} → ${to}`;
}
