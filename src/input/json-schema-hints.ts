/**
 * What the published JSON Schema says of fields whose zod schema reads text into something else (numbers typed in
 * Thai or Arabic digits, dates, question codes): zod can only say "a number or a string" of them, so each such field
 * registers here the JSON Schema of what it accepts — ranges for numbers, a pattern for text — and json-schema.ts puts
 * it in place (issue 14: the schema is as strict as the tool wherever JSON Schema can say it).
 *
 * Patterns are ECMAScript regular expressions (JSON Schema 2020-12; ajv and editors compile them with the `u` flag).
 */
import type { z } from 'zod';
import { THAI_MONTHS, THAI_MONTHS_SHORT } from '../thai/dates.js';
import { toThaiDigits } from '../thai/digits.js';

/** Changes a generated JSON Schema node in place. */
export type JsonSchemaHint = (node: Record<string, unknown>) => void;

const HINTS = new WeakMap<object, JsonSchemaHint>();

/**
 * Registers the JSON Schema of `schema` (and of every copy `.describe()`, `.meta()` or `.optional()` makes of it: they
 * share its definition). Returns `schema`.
 */
export function withJsonSchema<T extends z.core.$ZodType>(schema: T, hint: JsonSchemaHint): T {
  HINTS.set(schema._zod.def, hint);
  return schema;
}

/** The hint registered for a zod schema, if any. */
export function jsonSchemaHintOf(schema: z.core.$ZodType): JsonSchemaHint | undefined {
  return HINTS.get(schema._zod.def);
}

/** Replaces a node's type with `replacement`, keeping its description, examples and default. */
export function replaceWith(replacement: Record<string, unknown>): JsonSchemaHint {
  return (node) => {
    for (const key of Object.keys(node)) if (!['description', 'examples', 'default', 'title'].includes(key)) delete node[key];
    Object.assign(node, replacement);
  };
}

// ---- Building blocks of patterns: Thai or Arabic digits. ----

/** One digit, Thai or Arabic. */
export const D = '[0-9๐-๙]';
/** The digit `d` (0–9) in Thai or Arabic. */
const digit = (d: string) => `[${d}${toThaiDigits(d)}]`;
/** A range of digits a–b in Thai or Arabic. */
const digits = (a: string, b: string) => (a === b ? digit(a) : `[${a}-${b}${toThaiDigits(a)}-${toThaiDigits(b)}]`);
/** Leading zeros, which the tool reads past ("007" is 7). */
const ZEROS = `${digit('0')}*`;

/** Alternatives matching the decimal numerals of the whole numbers lo..hi (no leading zeros, same length). */
function sameLength(a: string, b: string): string[] {
  if (a === b) return [[...a].map(digit).join('')];
  if (a.length === 1) return [digits(a, b)];
  if (a[0] === b[0]) return sameLength(a.slice(1), b.slice(1)).map((s) => digit(a[0]!) + s);
  const rest = a.length - 1;
  const alternatives: string[] = [];
  let firstFull = Number(a[0]);
  if (a.slice(1) !== '0'.repeat(rest)) {
    alternatives.push(...sameLength(a.slice(1), '9'.repeat(rest)).map((s) => digit(a[0]!) + s));
    firstFull++;
  }
  let lastFull = Number(b[0]);
  if (b.slice(1) !== '9'.repeat(rest)) {
    alternatives.push(...sameLength('0'.repeat(rest), b.slice(1)).map((s) => digit(b[0]!) + s));
    lastFull--;
  }
  if (firstFull <= lastFull) alternatives.push(`${digits(String(firstFull), String(lastFull))}${D}{${rest}}`);
  return alternatives;
}

/** A pattern (group) of the whole numbers from `lo` to `hi`, Thai or Arabic digits, leading zeros allowed. */
export function wholeNumbers(lo: number, hi: number): string {
  const alternatives: string[] = [];
  for (let from = lo; from <= hi; ) {
    const to = Math.min(hi, 10 ** String(from).length - 1);
    alternatives.push(...sameLength(String(from), String(to)));
    from = to + 1;
  }
  return `${ZEROS}(?:${alternatives.join('|')})`;
}

/** What may follow a number's whole part. */
export type Fraction =
  /** nothing, or a point and zeros ("5", "5.0") */
  | 'zero'
  /** a point and at most `n` digits (undefined: any number) */
  | { digits?: number }
  /** a half step: ".5" or ".0" (font sizes) */
  | 'half'
  /** at least this fraction: ".01" or ".5" (the smallest table width, image width) */
  | { atLeast: '01' | '5'; digits?: number };

function fractionPattern(f: Fraction): string {
  if (f === 'zero') return `(?:\\.${digit('0')}*)?`;
  if (f === 'half') return `(?:\\.(?:[05๐๕]${digit('0')}*)?)?`;
  const more = (n: number | undefined, used: number) => (n === undefined ? `${D}*` : n - used > 0 ? `${D}{0,${n - used}}` : '');
  if ('atLeast' in f) {
    return f.atLeast === '5'
      ? `\\.${digits('5', '9')}${more(f.digits, 1)}`
      : `\\.(?:${digits('1', '9')}${more(f.digits, 1)}|${digit('0')}${digits('1', '9')}${more(f.digits, 2)})`;
  }
  return `(?:\\.${more(f.digits, 0)})?`;
}

/** A number typed as text: `parts` are whole-number ranges, each with what may follow it; spaces around are read past. */
export function numberText(parts: { whole: string; fraction: Fraction }[]): string {
  return `^\\s*\\+?(?:${parts.map((p) => `${p.whole}${fractionPattern(p.fraction)}`).join('|')})\\s*$`;
}

/** A number typed as text that is more than 0 and less than 1: "0.8822", "๐.๙๖". */
export const FRACTION_TEXT = `^\\s*\\+?${digit('0')}*\\.${D}*${digits('1', '9')}${D}*\\s*$`;

/** A whole number written with thousands separators, at most `groups` groups after the first: "1,250,000". */
export function withThousands(groups: number): string {
  return `${D}{1,3}(?:,${D}{3}){1,${groups}}`;
}

// ---- Calendar values (src/thai/dates.ts). ----

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MONTH_ANY = `(?:${[...THAI_MONTHS, ...THAI_MONTHS_SHORT].map(escape).join('|')})`;
/** A four-digit year in the range itadoc reads: B.E. 2550–2700, or the Gregorian 2007–2157. */
const YEAR = `(?:${wholeNumbers(2550, 2700).replace(ZEROS, '')}|${wholeNumbers(2007, 2157).replace(ZEROS, '')})`;
/** Any four-digit year (report-by dates and months are not limited); a fiscal quarter's year is B.E., from 2400. */
const ANY_YEAR = `${D}{4}`;
const QUARTER_YEAR = wholeNumbers(2400, 9999).replace(ZEROS, '');
const MONTH_NUMBER = `(?:${digit('0')}?${digits('1', '9')}|${digit('1')}${digits('0', '2')})`;
/** Days 1–29, 1–30 or 1–31. */
const DAYS = (last: 29 | 30 | 31) => {
  const alternatives = [`${digit('0')}?${digits('1', '9')}`, `${digit('1')}${D}`, `${digit('2')}${D}`];
  if (last >= 30) alternatives.push(`${digit('3')}${last === 30 ? digit('0') : digits('0', '1')}`);
  return `(?:${alternatives.join('|')})`;
};
/** Months (numbers, full and short Thai names) by how many days they can have. */
const MONTHS_OF = (days: 29 | 30 | 31) => {
  const months = days === 29 ? [2] : days === 30 ? [4, 6, 9, 11] : [1, 3, 5, 7, 8, 10, 12];
  const numbers = months.map((m) => (m < 10 ? `${digit('0')}?${digit(String(m))}` : [...String(m)].map(digit).join('')));
  const names = months.flatMap((m) => [THAI_MONTHS[m - 1]!, THAI_MONTHS_SHORT[m - 1]!]).map(escape);
  return { numbers: `(?:${numbers.join('|')})`, names: `(?:${names.join('|')})` };
};

/**
 * "2563-06-18", "2020-06-18" or "18 มิถุนายน 2563": a day the month can have (29 February is allowed in every year;
 * whether the year is a leap year is not said).
 */
function datePattern(year: string): string {
  const forms = ([29, 30, 31] as const).map((days) => {
    const { numbers, names } = MONTHS_OF(days);
    return `${year}-${numbers}-${DAYS(days)}|${DAYS(days)}\\s+${names}\\s+(?:พ\\.ศ\\.\\s*)?${year}`;
  });
  return `(?:${forms.join('|')})`;
}

/** "2567-10", "2024-10", "ตุลาคม 2567", "ต.ค. 67" (a two-digit year is 25xx: 50–99 for 2550–2599). */
function monthPattern(year: string, short: string): string {
  return `(?:${year}-${MONTH_NUMBER}|${MONTH_ANY}\\s+(?:${short}|${year}))`;
}

const QUARTER = `(?:(?:ไตรมาส(?:ที่)?|[Qq])\\s*${digits('1', '4')}\\s*(?:\\/|\\s)?\\s*(?:ปี(?:งบประมาณ)?\\s*)?(?:พ\\.ศ\\.\\s*)?${QUARTER_YEAR}|${QUARTER_YEAR}-[Qq]${digits('1', '4')})`;

/** Dates read by `date` fields. */
export const DATE_PATTERN = `^\\s*${datePattern(YEAR)}\\s*$`;
/** Months read by `month` fields. */
export const MONTH_PATTERN = `^\\s*${monthPattern(YEAR, `${digits('5', '9')}${D}`)}\\s*$`;
/** A report-by date, month or fiscal quarter (years not limited, as the tool reads them). */
export const REPORT_BY_PATTERN = `^\\s*(?:${datePattern(ANY_YEAR)}|${monthPattern(ANY_YEAR, `${D}{2}`)}|${QUARTER})\\s*$`;

/** A B.E. year 2550–2700, "พ.ศ." before it allowed. */
export const YEAR_PATTERN = `^\\s*(?:(?:พ\\.\\s*ศ\\.|พ\\.ศ)\\s*)?${wholeNumbers(2550, 2700)}(?:\\.${digit('0')}*)?\\s*$`;

/** Question codes I1–I30, E1–E15, O1–O48 or a group "O1-O9" (the codes of every framework itadoc knows; one or two digits). */
const upTo = (n: number) => `(?:${sameLength('1', '9').map((s) => `${digit('0')}?${s}`).join('|')}|${sameLength('10', String(n)).join('|')})`;
const ONE_CODE = `(?:[Ii]\\s*${upTo(30)}|[Ee]\\s*${upTo(15)}|[Oo]\\s*${upTo(48)})`;
export const QUESTION_CODE_PATTERN = `^\\s*${ONE_CODE}\\s*(?:[-–]\\s*(?:${ONE_CODE}|${upTo(48)})\\s*)?$`;

/** An indicator's number as a key: 1–10 ("1", "๑", " 01"). */
export const INDICATOR_KEY_PATTERN = `^\\s*\\+?${wholeNumbers(1, 10)}(?:\\.${digit('0')}*)?\\s*$`;

/** Characters no text may hold (input/check-text.ts): control characters, surrogates alone, U+FFFD, U+FFFE, U+FFFF. */
const FORBIDDEN_CLASS = '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\ud800-\\udfff\\ufffd\\ufffe\\uffff';
/** Text with something other than spaces, and none of the forbidden characters. */
export const TEXT_PATTERN = `^(?=[\\s\\S]*\\S)[^${FORBIDDEN_CLASS}]*$`;
/** Any text without the forbidden characters (keys of free records). */
export const KEY_PATTERN = `^[^${FORBIDDEN_CLASS}]*$`;

/** A recommendation's tool is the tool of its question (I… IIT, E… EIT, O… OIT): one rule per tool. */
export const TOOL_OF_QUESTION = (['IIT', 'EIT', 'OIT'] as const).map((tool) => ({
  if: { properties: { tool: { const: tool }, question: { type: 'string' } }, required: ['tool', 'question'] },
  then: { properties: { question: { type: 'string', pattern: `^\\s*[${tool[0]}${tool[0]!.toLowerCase()}]` } } },
}));

/** Levels of every year: AA…F (2562–2565) and the pass levels (from 2566), any case, spaces around. */
export const LEVEL_PATTERN = '^\\s*(?:[Aa]{1,2}|[B-Fb-f]|ผ่านดีเยี่ยม|ผ่านดี|ผ่าน|ต้องปรับปรุงโดยด่วน|ต้องปรับปรุง)\\s*$';
