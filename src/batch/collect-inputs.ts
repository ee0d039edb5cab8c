/**
 * Batch inputs: files, folders of JSON files, or a province file holding the shared parts and a list of agencies.
 *
 * Province file: `{ "shared": { …any input fields… }, "agencies": [ { …fields that differ… }, … ] }`.
 * Merge rule: each agency entry is laid over `shared`; objects merge key by key (recursively), and any other value —
 * text, number, list — replaces the shared one whole (so an agency's `measures` list replaces the province's list).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeInputBytes, InputError, type Bilingual, type InputProblem } from '../input/index.js';
import { sizeProblem } from '../input/limits.js';
import { InputPatternError, matchPattern } from './input-patterns.js';
import { mergeInput, provinceFileOf, readJsonValue, type ProvinceFile } from './province-file.js';

export { mergeInput } from './province-file.js';

/** Input files in a folder: JSON, comments allowed (`.json`, `.jsonc`). */
export const isInputFileName = (name: string) => /\.jsonc?$/i.test(name);

/**
 * One unit of batch work. Only its label and agency name are held from the start; the JSON text is read when its job
 * is handed out, so a national batch does not hold every agency's input in memory at once (issue 6).
 */
export interface BatchSource {
  /** For messages and summary.json: a file, or `province.json#agencies[3]`. */
  label: string;
  /** The agency name, read without validating, for naming its output folder; the file name when there is none. */
  agency: string;
  /** The JSON text to validate and render (with notes on how it was decoded), or why it could not be read. */
  read(): { text: string; notes?: Bilingual[] } | { readError: string };
  /** When the input file was last changed (ms since 1970), for --resume. */
  modified?: number;
  /** The message of problems found in the input, placed where they are in its file (province files). */
  relocate?: (problems: InputProblem[]) => string;
}

/** The agency name in a JSON text, read without validating; undefined when there is none. */
function agencyNameIn(value: unknown): string | undefined {
  const agency = value !== null && typeof value === 'object' ? (value as { agency?: unknown }).agency : undefined;
  const name = agency !== null && typeof agency === 'object' ? (agency as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() ? name.trim() : undefined;
}

const fileNameOf = (file: string) => basename(file).replace(/\.jsonc?$/i, '');

/** The sources of a province file (shared parts + agencies); problems are placed back in the file (province-file.ts). */
function provinceSources(province: ProvinceFile): BatchSource[] {
  return province.agencies.map((agency: unknown, i: number) => ({
    label: `${province.file}#agencies[${i}]`,
    agency: agencyNameIn(mergeInput(province.shared, agency)) ?? fileNameOf(province.file),
    read: () => ({ text: province.inputText(i) }),
    relocate: (problems) => new InputError(province.file, province.relocate(i, problems)).message,
  }));
}

/** Expands the command-line paths into sources, in a stable order. Unreadable paths become failed sources. */
export function collectInputs(paths: string[]): BatchSource[] {
  const sources: BatchSource[] = [];
  const failed = (label: string, readError: string): BatchSource => ({ label, agency: fileNameOf(label), read: () => ({ readError }) });
  // Files are read as bytes and decoded like any input (UTF-8, UTF-16 or Windows-874, with a note; input/decode-text.ts).
  const readText = (file: string): { text: string; notes?: Bilingual[] } | { readError: string } => {
    let bytes: Buffer;
    try {
      // A device or a pipe could be read for ever, a huge file fill the memory: neither is read (limits.ts).
      const stat = statSync(file);
      if (!stat.isFile()) return { readError: `ไม่ใช่ไฟล์ / not a file: ${file}` };
      const tooLarge = sizeProblem(stat.size);
      if (tooLarge) return { readError: new InputError(file, [tooLarge]).message };
      bytes = readFileSync(file);
    } catch (err) {
      return { readError: `อ่านไฟล์ไม่ได้ / cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
    }
    try {
      const { text, notes } = decodeInputBytes(bytes, file);
      return notes.length > 0 ? { text, notes } : { text };
    } catch (err) {
      if (err instanceof InputError) return { readError: err.message };
      throw err;
    }
  };
  const addFile = (file: string, modified: number) => {
    const first = readText(file);
    if (!('text' in first)) {
      sources.push(failed(file, first.readError));
      return;
    }
    const value = readJsonValue(first.text);
    const province = provinceFileOf(value, first.text, file);
    // A key given twice in a province file would be lost when it is read here (JSON keeps the last one): refused.
    const twice = province?.duplicateKeys() ?? [];
    if (province && twice.length > 0) {
      sources.push(failed(file, new InputError(file, twice).message));
      return;
    }
    if (province) {
      for (const source of provinceSources(province)) {
        const read = source.read;
        sources.push({ ...source, modified, read: () => ({ ...read(), ...(first.notes ? { notes: first.notes } : {}) }) });
      }
    } else sources.push({ label: file, agency: agencyNameIn(value) ?? fileNameOf(file), modified, read: () => readText(file) });
  };
  // Patterns ("inputs/*.json", quoted or from Windows) are expanded here (input-patterns.ts).
  const expanded = paths.flatMap((p) => {
    const matches = matchPattern(p);
    if (matches?.length === 0) sources.push(failed(p, new InputPatternError(p).message));
    return matches ?? [p];
  });
  for (const p of expanded) {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      sources.push(failed(p, `ไม่พบไฟล์หรือโฟลเดอร์ / no such file or folder`));
      continue;
    }
    if (stat.isDirectory()) {
      for (const f of readdirSync(p).filter(isInputFileName).sort()) {
        const file = join(p, f);
        let modified = 0;
        try {
          modified = statSync(file).mtimeMs;
        } catch {
          // Reported when it is read.
        }
        addFile(file, modified);
      }
    } else addFile(p, stat.mtimeMs);
  }
  return sources;
}
