/** Reading a workbook as validated input(s), and the relative file paths of an input moved to another folder. */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError, loadInputValue, type InputProblem, type LoadedInput } from '../input/index.js';
import { choiceLabels } from './choices.js';
import { getAt, isObject, parsePath, setAt, type JsonObject, type PathPart } from './json-path.js';
import { agencyLocatorOf, locatorOf, readWorkbook, type WorkbookContent } from './read-workbook.js';
import { kindAt } from './schema-info.js';


/** Whether a file name is a workbook itadoc reads (.xlsx). */
export const isWorkbookFile = (file: string) => /\.xlsx$/i.test(file);

/** For a problem in a drop-down field, the fix names the drop-down and its choices. */
function withChoiceFix(p: InputProblem): InputProblem {
  if (p.fix || !p.path) return p;
  const parts = parsePath(p.path);
  const kind = kindAt(parts);
  const pattern = parts.reduce<string>((acc, x) => (typeof x === 'number' ? `${acc}[]` : acc ? `${acc}.${x}` : x), '');
  const choices = choiceLabels(pattern, kind);
  if (choices.length === 0) return p;
  const list = choices.map((c) => `"${c.label}"`).join(', ');
  return {
    ...p,
    fix: {
      th: `เลือกค่าจากรายการแบบเลื่อนลงของเซลล์นี้: ${list}`,
      en: `pick a value from the cell's drop-down list: ${list}`,
    },
  };
}

/** Validates a value read from a workbook, each problem naming its cell. */
export function loadWorkbookValue(value: unknown, file: string, locate: (path: ReadonlyArray<PropertyKey>) => string | undefined): LoadedInput {
  try {
    return loadInputValue(value, file, locate);
  } catch (err) {
    if (err instanceof InputError) throw new InputError(err.file, err.problems.map(withChoiceFix));
    throw err;
  }
}

/**
 * Reads and validates the input of a workbook (.xlsx bytes; `file` names it in messages and is the folder its image
 * paths are relative to). A province workbook is refused here: `batch` reads those.
 */
export async function loadInputWorkbook(bytes: Uint8Array, file: string): Promise<LoadedInput> {
  const content = await readWorkbook(bytes, file);
  if (content.province) {
    throw new InputError(file, [
      {
        path: '',
        found: 'แฟ้มของจังหวัด (มีแผ่น "หน่วยงานในจังหวัด") / a province workbook',
        expected: { th: 'แฟ้มของหน่วยงานเดียว', en: 'the workbook of one agency' },
        fix: { th: 'ใช้คำสั่ง itadoc batch กับแฟ้มของจังหวัด', en: 'use itadoc batch for a province workbook' },
      },
    ]);
  }
  return loadWorkbookValue(content.value, file, locatorOf(content.locations));
}

/** The inputs of a province workbook's agencies, each laid over the shared parts by `merge`, with its locator. */
export function provinceInputs(
  content: WorkbookContent,
  merge: (shared: unknown, agency: unknown) => unknown,
): { value: unknown; locate: (path: ReadonlyArray<PropertyKey>) => string | undefined }[] {
  const agencies = Array.isArray(content.value.agencies) ? content.value.agencies : [];
  return agencies.map((agency, i) => ({ value: merge(content.value.shared, agency), locate: agencyLocatorOf(content.locations, i, agency) }));
}

/** Fields holding file paths relative to the input file. */
const PATH_FIELDS = ['$schema', 'agency.emblem', 'settings.fontDir', 'outline[].blocks[].src'];

/** Every concrete path of a pattern such as `outline[].blocks[].src` in a value. */
function concretePaths(value: unknown, pattern: string): PathPart[][] {
  let paths: PathPart[][] = [[]];
  for (const seg of pattern.split('.')) {
    const array = seg.endsWith('[]');
    const name = array ? seg.slice(0, -2) : seg;
    paths = paths.flatMap((p) => {
      const next = [...p, name];
      if (!array) return [next];
      const list = getAt(value, next);
      return Array.isArray(list) ? list.map((_, i) => [...next, i]) : [];
    });
  }
  return paths;
}

/**
 * Rewrites the relative file paths of an input (or a province file) written beside `fromDir` so they point at the
 * same files from `toDir` (images, the font folder, `$schema`); absolute paths and URLs are kept. Changes `doc`.
 */
export function rewriteRelativePaths(doc: JsonObject, fromDir: string, toDir: string): JsonObject {
  if (resolve(fromDir) === resolve(toDir)) return doc;
  const move = (p: string) => {
    if (isAbsolute(p) || /^[a-z][a-z0-9+.-]+:/i.test(p)) return p;
    return relative(resolve(toDir), resolve(fromDir, p)).split(sep).join('/') || '.';
  };
  const inputs: JsonObject[] = isObject(doc.shared) || Array.isArray(doc.agencies)
    ? [...(isObject(doc.shared) ? [doc.shared] : []), ...(Array.isArray(doc.agencies) ? doc.agencies.filter(isObject) : [])]
    : [doc];
  for (const input of inputs) {
    for (const pattern of PATH_FIELDS) {
      for (const path of concretePaths(input, pattern)) {
        const v = getAt(input, path);
        if (typeof v === 'string' && v.trim() !== '') setAt(input, path, move(v));
      }
    }
  }
  if (doc !== inputs[0] && typeof doc.$schema === 'string') doc.$schema = move(doc.$schema);
  return doc;
}

