/**
 * `itadoc validate`: one input, or a province file (every agency's input, each problem at its line in the province
 * file). Warnings go to stderr and never change the exit code.
 */
import { InputError, decodeInputBytes, type Bilingual, formatWarnings, inputWarnings, loadInputText, provinceError, readProvinceFile } from '../index.js';
import { EXIT } from './errors.js';
import { readInputBytes, readInputFile } from './read-input.js';

/**
 * The province file `file` is, with how its text was decoded; no province for anything else (other files, and files
 * that cannot be read: readInputFile reports why).
 */
function provinceIn(file: string): { province?: ReturnType<typeof readProvinceFile>; notes: Bilingual[] } {
  if (!/\.jsonc?$/i.test(file)) return { notes: [] };
  try {
    const { text, notes } = decodeInputBytes(readInputBytes(file), file);
    return { province: readProvinceFile(text, file), notes };
  } catch {
    return { notes: [] };
  }
}

/** Validates `file` (JSON, province file or workbook) and returns the exit code: 0 valid, 2 when it (or an agency of a province file) is not. */
export async function runValidate(file: string, out: (t: string) => void, err: (t: string) => void): Promise<number> {
  const { province, notes } = provinceIn(file);
  if (!province) {
    const loaded = await readInputFile(file);
    const { input } = loaded;
    out(`ถูกต้อง / valid: ${file} — ${input.agency.name}, ปีงบประมาณ ${input.fiscalYear}, มาตรการ ${input.measures?.length ?? 0} รายการ`);
    const warnings = formatWarnings(file, inputWarnings(loaded));
    if (warnings) err(warnings);
    return EXIT.ok;
  }
  const twice = province.duplicateKeys();
  if (twice.length > 0) throw new InputError(file, twice);
  let failed = 0;
  province.agencies.forEach((_, index) => {
    const label = `${file}#agencies[${index}]`;
    try {
      const loaded = loadInputText(province.inputText(index), label);
      out(`ถูกต้อง / valid: ${label} — ${loaded.input.agency.name}, ปีงบประมาณ ${loaded.input.fiscalYear}`);
      const warnings = formatWarnings(label, [...notes, ...inputWarnings(loaded)]);
      if (warnings) err(warnings);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      failed++;
      err(`✗ ${label}\n${provinceError(province, index, e).message}`);
    }
  });
  if (failed > 0) {
    err(`\nไม่ถูกต้อง ${failed} จาก ${province.agencies.length} หน่วยงาน / ${failed} of ${province.agencies.length} agencies are not valid`);
    return EXIT.badInput;
  }
  return EXIT.ok;
}
