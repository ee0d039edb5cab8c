/**
 * `itadoc schema [dir]`: writes the JSON Schemas beside the user's files, so an editor finds them through an input's
 * `"$schema": "itadoc-input.schema.json"` outside this repository (issue 14).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVINCE_SCHEMA_FILE, PROVINCE_SCHEMA_ID, SCHEMA_FILE, SCHEMA_ID, inputJsonSchemaText, provinceJsonSchemaText, writeFileAtomic } from '../index.js';
import { UsageError } from './errors.js';

/** The `$id` of a JSON file, or undefined when it is not JSON or has none. */
function idOf(file: string): string | undefined {
  try {
    const id = (JSON.parse(readFileSync(file, 'utf8')) as { $id?: unknown }).$id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes both schemas into `dir` (made when missing) and returns the files written. An itadoc schema already there is
 * replaced (it may be an older one); another file of the same name only with `force`. With `onlyMissing`, a schema
 * already there is left as it is.
 */
export function writeSchemaFiles(dir: string, options: { force?: boolean; onlyMissing?: boolean } = {}): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, id, text] of [
    [SCHEMA_FILE, SCHEMA_ID, inputJsonSchemaText()],
    [PROVINCE_SCHEMA_FILE, PROVINCE_SCHEMA_ID, provinceJsonSchemaText()],
  ] as const) {
    const file = join(dir, name);
    if (existsSync(file)) {
      if (options.onlyMissing) continue;
      if (idOf(file) !== id && !options.force) {
        throw new UsageError(`${file} มีอยู่แล้วและไม่ใช่ schema ของ itadoc: ใช้ --force เพื่อเขียนทับ / ${file} exists and is not an itadoc schema: use --force to replace it`);
      }
    }
    writeFileAtomic(file, text);
    written.push(file);
  }
  return written;
}

/** Runs `itadoc schema`. */
export function runSchema(dir: string, force: boolean, out: (t: string) => void): void {
  for (const file of writeSchemaFiles(dir, { force })) out(`เขียน / wrote ${file}`);
  out(
    `ใส่ "$schema": "${SCHEMA_FILE}" ในไฟล์ข้อมูลที่อยู่ในโฟลเดอร์เดียวกัน (ไฟล์จังหวัด: "${PROVINCE_SCHEMA_FILE}") เพื่อให้โปรแกรมแก้ไขช่วยตรวจและเติมคำ\n` +
      `put "$schema": "${SCHEMA_FILE}" in an input in the same folder ("${PROVINCE_SCHEMA_FILE}" in a province file) for checking and completion in an editor`,
  );
}
