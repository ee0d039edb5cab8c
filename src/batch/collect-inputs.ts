/**
 * Batch inputs: files, folders of JSON files and workbooks (.xlsx), or a province file or workbook holding the shared
 * parts and a list of agencies.
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
import { isWorkbookFile, workbookStage } from '../workbook/on-demand.js';
import { mergeInput, provinceFileOf, readJsonValue, type ProvinceFile } from './province-file.js';

export { mergeInput } from './province-file.js';

/**
 * Input files in a folder: JSON, comments allowed (`.json`, `.jsonc`), and workbooks (`.xlsx`) — but not the lock
 * files Excel (`~$name.xlsx`) keeps beside an open one.
 */
export const isInputFileName = (name: string) => /\.jsonc?$/i.test(name) || (isWorkbookFile(name) && !basename(name).startsWith('~$'));

/**
 * One unit of batch work. Only its label and agency name are held from the start; the JSON text is read when its job
 * is handed out, so a national batch does not hold every agency's input in memory at once (issue 6).
 */
export interface BatchSource {
  /** For messages and summary.json: a file, or `province.json#agencies[3]`. */
  label: string;
  /** The agency name, read without validating, for naming its output folder; the file name when there is none. */
  agency: string;
  /**
   * The JSON text to validate and render (with notes on how it was decoded), a workbook's bytes, an agency of a
   * province workbook, or why it could not be read.
   */
  read(): SourceContent;
  /** When the input file was last changed (ms since 1970), for --resume. */
  modified?: number;
  /** The message of problems found in the input, placed where they are in its file (province files). */
  relocate?: (problems: InputProblem[]) => string;
}

/** What a source holds when its turn comes. */
export type SourceContent =
  | { text: string; notes?: Bilingual[] }
  | { readError: string }
  /** An .xlsx workbook, read and validated by the worker. */
  | { workbook: Uint8Array }
  /** An agency of a province workbook, laid over the shared parts, with the cell of each path it was read from. */
  | { sheetInput: { value: unknown; locations: [string, string][]; index: number; agency: unknown } };

/** The agency name in a JSON text, read without validating; undefined when there is none. */
function agencyNameIn(value: unknown): string | undefined {
  const agency = value !== null && typeof value === 'object' ? (value as { agency?: unknown }).agency : undefined;
  const name = agency !== null && typeof agency === 'object' ? (agency as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() ? name.trim() : undefined;
}

const fileNameOf = (file: string) => basename(file).replace(/\.(jsonc?|xlsx)$/i, '');

/** The sources of a province file (shared parts + agencies); problems are placed back in the file (province-file.ts). */
function provinceSources(province: ProvinceFile): BatchSource[] {
  return province.agencies.map((agency: unknown, i: number) => ({
    label: `${province.file}#agencies[${i}]`,
    agency: agencyNameIn(mergeInput(province.shared, agency)) ?? fileNameOf(province.file),
    read: () => ({ text: province.inputText(i) }),
    relocate: (problems) => new InputError(province.file, province.relocate(i, problems)).message,
  }));
}

/**
 * The sources of a workbook: its agency, or each agency of a province workbook. The workbook is read here for the
 * agency names; a one-agency workbook is read again, and validated, by the worker when its turn comes.
 */
async function workbookSources(file: string, modified: number): Promise<BatchSource[]> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const readError = `อ่านไฟล์ไม่ได้ / cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`;
    return [{ label: file, agency: fileNameOf(file), read: () => ({ readError }) }];
  }
  const { provinceInputs, readWorkbook } = await workbookStage();
  let content;
  try {
    content = await readWorkbook(bytes, file);
  } catch (err) {
    const readError = (err as Error).message;
    return [{ label: file, agency: fileNameOf(file), read: () => ({ readError }) }];
  }
  if (!content.province) {
    return [{ label: file, agency: agencyNameIn(content.value) ?? fileNameOf(file), modified, read: () => ({ workbook: readFileSync(file) }) }];
  }
  const locations = [...content.locations];
  const agencies = Array.isArray(content.value.agencies) ? content.value.agencies : [];
  return provinceInputs(content, mergeInput).map((p, index) => ({
    label: `${file}#agencies[${index}]`,
    agency: agencyNameIn(p.value) ?? fileNameOf(file),
    modified,
    read: () => ({ sheetInput: { value: p.value, locations, index, agency: agencies[index] } }),
  }));
}

/** Expands the command-line paths into sources, in a stable order. Unreadable paths become failed sources. */
export async function collectInputs(paths: string[]): Promise<BatchSource[]> {
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
  const addFile = async (file: string, modified: number) => {
    if (isWorkbookFile(file)) {
      sources.push(...(await workbookSources(file, modified)));
      return;
    }
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
        await addFile(file, modified);
      }
    } else await addFile(p, stat.mtimeMs);
  }
  return sources;
}
