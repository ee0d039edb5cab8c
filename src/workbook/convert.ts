/**
 * `itadoc convert`: a JSON input (or province file) ⇄ a workbook, both validated, with the relative file paths
 * rewritten so they point at the same files from the new file's folder. No file is read or written here.
 */
import { dirname } from 'node:path';
import { parse, type ParseError } from 'jsonc-parser';
import { loadInputText, loadInputValue } from '../input/index.js';
import { isObject, mergeDeep, type JsonObject } from './json-path.js';
import { locatorOf, readWorkbook } from './read-workbook.js';
import { orderLikeSchema } from './schema-info.js';
import { writeWorkbook } from './write-workbook.js';
import { loadWorkbookValue, provinceInputs } from './load-workbook.js';
import { rewriteRelativePaths } from './relative-paths.js';

/** Whether a value is a province file: `{ "shared": …, "agencies": [ … ] }`. */
export const isProvince = (value: unknown): value is { shared: unknown; agencies: unknown[] } =>
  isObject(value) && 'shared' in value && Array.isArray(value.agencies);

/**
 * JSON text → workbook bytes. The input is validated first (InputError as for any input; a province file's agencies
 * each laid over the shared parts); `outFile` is where the workbook will be, for the relative paths.
 */
export async function jsonToWorkbook(text: string, file: string, outFile: string): Promise<Uint8Array> {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const errors: ParseError[] = [];
  const value = parse(clean, errors, { allowTrailingComma: true }) as unknown;
  if (errors.length === 0 && isProvince(value)) {
    value.agencies.forEach((agency, i) => loadInputValue(mergeDeep(value.shared, agency), `${file}#agencies[${i}]`));
  } else {
    // Reports malformed JSON with its line and column, and every other problem as usual.
    loadInputText(text, file);
  }
  const doc = rewriteRelativePaths(value as JsonObject, dirname(file), dirname(outFile));
  return writeWorkbook(doc, { province: isProvince(doc) });
}

/** Workbook bytes → JSON text of the input (or province file), validated, its keys in the schema's order. */
export async function workbookToJson(bytes: Uint8Array, file: string, outFile: string): Promise<string> {
  const content = await readWorkbook(bytes, file);
  let doc: JsonObject;
  if (content.province) {
    provinceInputs(content, mergeDeep).forEach((p, i) => loadWorkbookValue(p.value, `${file}#agencies[${i}]`, p.locate));
    const v = content.value;
    doc = {
      ...v,
      shared: orderLikeSchema(v.shared),
      agencies: (v.agencies as unknown[]).map((a) => orderLikeSchema(a)),
    };
  } else {
    loadWorkbookValue(content.value, file, locatorOf(content.locations));
    doc = orderLikeSchema(content.value) as JsonObject;
  }
  rewriteRelativePaths(doc, dirname(file), dirname(outFile));
  return `${JSON.stringify(doc, null, 2)}\n`;
}
