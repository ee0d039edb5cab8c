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

/** Shows a found value briefly, as JSON: at most 60 characters, and never "[object Object]". */
export function showValue(value: unknown): string {
  if (value === undefined) return 'ไม่มีค่า (nothing)';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // Too deep to write out (the input limits prevent it, but a message must never fail).
    text = Array.isArray(value) ? '[ ... ]' : typeof value === 'object' && value !== null ? '{ ... }' : String(value);
  }
  return shorten(text, 60);
}

/** `text` cut to `max` characters (whole code points), with "..." when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${Array.from(text.slice(0, max)).slice(0, -1).join('').slice(0, max - 3)}...`;
}

/**
 * Characters that must not be printed as they are: control characters, bidirectional controls (which reorder the
 * text around them on a terminal), invisible format characters, non-characters and unpaired surrogates.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` with unprintable characters shown as \uXXXX, so a message shows where they are without obeying them. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** At most this many problems are printed: about a screenful. The rest are counted. */
export const PRINTED_PROBLEMS = 10;

/**
 * The text printed for a list of problems: one block per problem, Thai first; at most {@link PRINTED_PROBLEMS} of
 * them, then how many more there are (a damaged file can have thousands, and the first ones usually explain the rest).
 */
export function formatProblems(file: string, problems: InputProblem[]): string {
  const head =
    problems.length === 1
      ? `ข้อมูลนำเข้าไม่ถูกต้อง ๑ จุด / 1 problem in ${file}`
      : `ข้อมูลนำเข้าไม่ถูกต้อง ${problems.length} จุด / ${problems.length} problems in ${file}`;
  const blocks = problems.slice(0, PRINTED_PROBLEMS).map((p) => {
    const path = printable(shorten(p.path, 120));
    const found = printable(p.found);
    const where = `${file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}${p.at ? ` ${printable(p.at)}` : ''}${path ? `  ${path}` : ''}`;
    const lines = [
      `✗ ${where}`,
      `  พบ: ${found} — ต้องเป็น: ${p.expected.th}`,
      `  found: ${found} — expected: ${p.expected.en}`,
    ];
    if (p.fix) lines.push(`  วิธีแก้: ${p.fix.th}`, `  fix: ${p.fix.en}`);
    return lines.join('\n');
  });
  const more = problems.length - PRINTED_PROBLEMS;
  if (more > 0) {
    blocks.push(
      `… และอีก ${more} จุด แก้จุดข้างต้นแล้วตรวจอีกครั้ง (itadoc validate) / … and ${more} more: fix these and run itadoc validate again`,
    );
  }
  return [head, ...blocks].join('\n');
}
