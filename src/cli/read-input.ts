/** Reads and validates an input file for the CLI, turning file-system errors into clear messages. */
import { readFileSync, statSync } from 'node:fs';
import { InputError, loadInputBytes, sizeProblem, type LoadedInput } from '../index.js';
import { UsageError } from './errors.js';

/** Reads `file` and validates it; throws InputError or UsageError with a message for a person. */
export function readInputFile(file: string): LoadedInput {
  return loadInputBytes(readInputBytes(file), file);
}

/** Reads the bytes of an input file; throws InputError or UsageError with a message for a person. */
export function readInputBytes(file: string): Buffer {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      throw new UsageError(`${file} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ JSON / ${file} is a folder, not a JSON file`);
    }
    // A device or a pipe could be read for ever; a file over the limit is refused before it is read (limits.ts).
    if (!stat.isFile()) throw new UsageError(`${file} ไม่ใช่ไฟล์ / ${file} is not a file: give a JSON file`);
    const tooLarge = sizeProblem(stat.size);
    if (tooLarge) throw new InputError(file, [tooLarge]);
    bytes = readFileSync(file);
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new UsageError(`ไม่พบไฟล์ ${file} / no such file: ${file}`);
    }
    throw new UsageError(`อ่านไฟล์ ${file} ไม่ได้ / cannot read ${file}: ${code ?? String(err)}`);
  }
  return bytes;
}
