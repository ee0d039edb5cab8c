/**
 * The Thai words shown beside the English codes in the workbook's drop-down lists: a cell shows
 * "done – ดำเนินการแล้ว" and is read back as "done". The codes are what the schema accepts; a value without a Thai
 * word here is listed as it is, and a value typed by hand that is neither a code nor a label is passed to the schema
 * unchanged (which names the cell and lists the codes).
 */
import { COLUMNS, aliasSetOf } from '../input/enums.js';
import type { Kind } from './schema-info.js';

const TOOLS: Record<string, string> = { IIT: 'ผู้มีส่วนได้ส่วนเสียภายใน', EIT: 'ผู้มีส่วนได้ส่วนเสียภายนอก', OIT: 'การเปิดเผยข้อมูลสาธารณะ' };

/**
 * Thai words of enumerated fields whose Thai values the input does not accept (input/enums.ts has those of every
 * other field: agency kinds, schemes, statuses, columns, block types …), by field pattern.
 */
export const CHOICE_WORDS: Record<string, Record<string | number, string>> = {
  'framework.indicators.*.tool': TOOLS,
  'scores.recommendations[].tool': TOOLS,
  'outline[].blocks[].tool': TOOLS,
  'outline[].blocks[].level': { 1: 'ระดับ ๑', 2: 'ระดับ ๒', 3: 'ระดับ ๓' },
  'progress.round': { 6: 'รอบ ๖ เดือน', 12: 'รอบ ๑๒ เดือน' },
};

/** The words of booleans. */
export const BOOLEAN_WORDS = { true: 'ใช่', false: 'ไม่ใช่' } as const;

const label = (code: string | number, thai: string | undefined) => (thai && thai !== String(code) ? `${code} – ${thai}` : String(code));

const thaiScript = (text: string) => /[\u0e00-\u0e7f]/u.test(text);

/**
 * The drop-down entries of a field: each code with its Thai word. A field that accepts Thai values (input/enums.ts)
 * lists its codes only, each with its first Thai value ("done – ดำเนินการแล้ว"); the Thai values themselves, typed by
 * hand, are read as they are and accepted by the schema.
 */
export function choiceLabels(pattern: string, kind: Kind): { value: string | number | boolean; label: string }[] {
  if (kind.type === 'boolean') return [true, false].map((b) => ({ value: b, label: label(String(b), BOOLEAN_WORDS[String(b) as 'true']) }));
  if (kind.type !== 'enum') return [];
  const set = aliasSetOf(kind.values);
  if (set) return set.codes.map((code) => ({ value: code, label: label(code, set.aliases[code]?.find(thaiScript)) }));
  const words = CHOICE_WORDS[pattern] ?? {};
  return kind.values.map((v) => ({ value: v, label: label(v, words[v]) }));
}

/** Thai words of the measures table's column codes (input/enums.ts), for the labels of the headings' rows. */
export const MEASURE_COLUMN_WORDS = Object.fromEntries(Object.entries(COLUMNS).map(([code, aliases]) => [code, aliases[0]])) as {
  [K in keyof typeof COLUMNS]: string;
};
