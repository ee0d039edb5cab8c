/** Reads and validates an input file for the CLI, turning file-system errors into clear messages. */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError, isWorkbookFile, loadInputBytes, loadInputWorkbook, sizeProblem, type LoadedInput } from '../index.js';
import { UsageError } from './errors.js';

/** Spreadsheet formats itadoc does not read, and what to do instead. */
const OTHER_SHEETS = ['.xls', '.ods', '.csv', '.xlsm', '.xlsb', '.numbers'];

/** Refuses spreadsheet formats other than .xlsx with the way out. */
export function checkInputFormat(file: string): void {
  const ext = extname(file).toLowerCase();
  if (OTHER_SHEETS.includes(ext)) {
    throw new UsageError(
      `${file}: itadoc อ่านไฟล์ ${ext} ไม่ได้ บันทึกเป็น "Excel Workbook (.xlsx)" ก่อน / itadoc does not read ${ext} files: save it as "Excel Workbook (.xlsx)" first`,
    );
  }
}

/**
 * Reads a file's bytes; throws UsageError (or InputError for a file over the size limit) with a message for a
 * person. A device or a pipe could be read for ever; a file over the limit is refused before it is read (limits.ts).
 */
export function readInputBytes(file: string): Buffer {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UsageError(`${file} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ / ${file} is a folder, not a file`);
    if (!stat.isFile()) throw new UsageError(`${file} ไม่ใช่ไฟล์ / ${file} is not a file: give a JSON or .xlsx file`);
    const tooLarge = sizeProblem(stat.size);
    if (tooLarge) throw new InputError(file, [tooLarge]);
    return readFileSync(file);
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new UsageError(`ไม่พบไฟล์ ${file} / no such file: ${file}`);
    }
    throw new UsageError(`อ่านไฟล์ ${file} ไม่ได้ / cannot read ${file}: ${code ?? String(err)}`);
  }
}

/**
 * Reads `file` (JSON in UTF-8, UTF-16 or Windows-874, or an .xlsx workbook) and validates it; throws InputError or
 * UsageError with a message for a person.
 */
export async function readInputFile(file: string): Promise<LoadedInput> {
  checkInputFormat(file);
  const bytes = readInputBytes(file);
  if (isWorkbookFile(file)) return loadInputWorkbook(bytes, file);
  return loadInputBytes(bytes, file);
}
