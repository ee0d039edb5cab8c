/** Reading a workbook as validated input(s). */
import { InputError, loadInputValue, type InputProblem, type LoadedInput } from '../input/index.js';
import { choiceLabels } from './choices.js';
import { isObject, parsePath, type JsonObject } from './json-path.js';
import { agencyLocatorOf, locatorOf, readWorkbook, type WorkbookContent } from './read-workbook.js';
import { kindAt } from './schema-info.js';


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


