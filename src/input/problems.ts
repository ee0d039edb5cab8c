/**
 * Problems found in an input file, and how they are told to a clerk: where (file, line, column and JSON path),
 * what was found, what was expected, and how to fix it — in Thai and English.
 */

/** Thai and English text of one message. */
export interface Bilingual {
  th: string;
  en: string;
}

/** One thing wrong with an input file. */
export interface InputProblem {
  /** JSON path such as `scores.indicators.1` or `measures[2].title`; empty for the whole file. */
  path: string;
  /** 1-based line and column of the value in the file, when known. */
  line?: number;
  column?: number;
  /** Where the value is when the input is not JSON text, e.g. the workbook cell "มาตรการ!C7". */
  at?: string;
  /** The value found, shown as JSON (shortened), or a description such as "nothing". */
  found: string;
  expected: Bilingual;
  fix?: Bilingual;
}

/** Thrown when an input file cannot be used; carries every problem found. */
export class InputError extends Error {
  readonly problems: InputProblem[];
  readonly file: string;

  constructor(file: string, problems: InputProblem[]) {
    super(formatProblems(file, problems));
    this.name = 'InputError';
    this.file = file;
    this.problems = problems;
  }
}

/** Turns a JSON path array into `a.b[2].c`. */
export function pathToString(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Shows a found value briefly, as JSON. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'ไม่มีค่า (nothing)';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The text printed for a list of problems: one block per problem, Thai first. */
export function formatProblems(file: string, problems: InputProblem[]): string {
  const head =
    problems.length === 1
      ? `ข้อมูลนำเข้าไม่ถูกต้อง ๑ จุด / 1 problem in ${file}`
      : `ข้อมูลนำเข้าไม่ถูกต้อง ${problems.length} จุด / ${problems.length} problems in ${file}`;
  const blocks = problems.map((p) => {
    const where = `${file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}${p.at ? ` ${p.at}` : ''}${p.path ? `  ${p.path}` : ''}`;
    const lines = [
      `✗ ${where}`,
      `  พบ: ${p.found} — ต้องเป็น: ${p.expected.th}`,
      `  found: ${p.found} — expected: ${p.expected.en}`,
    ];
    if (p.fix) lines.push(`  วิธีแก้: ${p.fix.th}`, `  fix: ${p.fix.en}`);
    return lines.join('\n');
  });
  return [head, ...blocks].join('\n');
}
