/** Reads and validates an input file for the CLI, turning file-system errors into clear messages. */
import { readFileSync, statSync } from 'node:fs';
import { loadInputBytes, type LoadedInput } from '../input/index.js';
import { UsageError } from './errors.js';

/** Reads `file` and validates it; throws InputError or UsageError with a message for a person. */
export function readInputFile(file: string): LoadedInput {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) {
      throw new UsageError(`${file} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ JSON / ${file} is a folder, not a JSON file`);
    }
    bytes = readFileSync(file);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new UsageError(`ไม่พบไฟล์ ${file} / no such file: ${file}`);
    }
    throw new UsageError(`อ่านไฟล์ ${file} ไม่ได้ / cannot read ${file}: ${code ?? String(err)}`);
  }
  return loadInputBytes(bytes, file);
}
