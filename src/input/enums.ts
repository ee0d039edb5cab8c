/**
 * Enumerated fields in Thai as well as English (issue 14): a clerk may type `"status": "ดำเนินการแล้ว"` as well as
 * `"done"`. Each field keeps one canonical code (the English one, or the Thai one where the documents print it, like
 * the urgency ด่วนที่สุด); the schema maps every other value to it, so the rest of itadoc sees one value. The JSON
 * Schema lists every accepted value, and messages list them in both languages.
 */
import { z } from 'zod';
import type { Bilingual } from './problems.js';

/** Canonical code → the other values that mean it (Thai first). */
export type Aliases<T extends string> = { readonly [K in T]: readonly string[] };

/** Every enum made by {@link enumWithAliases}, for messages: its canonical codes and their aliases. */
const REGISTERED: { codes: readonly string[]; aliases: Aliases<string>; all: Set<string> }[] = [];

/**
 * A field that takes one of `codes` or any of its aliases, read as the canonical code.
 * `enumWithAliases({ done: ['ดำเนินการแล้ว'], … })` accepts "done" and "ดำเนินการแล้ว", and gives "done" for both.
 */
export function enumWithAliases<const T extends string>(aliases: Aliases<T>) {
  const codes = Object.keys(aliases) as T[];
  const canonical = new Map<string, T>();
  for (const code of codes) {
    canonical.set(code, code);
    for (const alias of aliases[code]) canonical.set(alias, code);
  }
  const all = [...canonical.keys()] as [string, ...string[]];
  REGISTERED.push({ codes, aliases, all: new Set(all) });
  return z.enum(all).transform((value): T => canonical.get(value)!);
}

/**
 * One value of a set with aliases, as a discriminator (an outline block's `type`): `code` or its aliases, read as
 * `code`. The whole set is registered once (for messages) by {@link registerAliases}.
 */
export function literalWithAliases<const T extends string>(code: T, aliases: readonly string[]) {
  return z.enum([code, ...aliases] as [string, ...string[]]).transform((): T => code);
}

/** Registers a set of codes and aliases for messages, when its fields are made one value at a time. */
export function registerAliases<T extends string>(aliases: Aliases<T>): void {
  const codes = Object.keys(aliases) as T[];
  REGISTERED.push({ codes, aliases, all: new Set([...codes, ...codes.flatMap((c) => aliases[c])]) });
}

/** The canonical code of `value` in the set `aliases`, or `value` itself when it is none of them. */
export function canonicalOf<T extends string>(value: string, aliases: Aliases<T>): T | string {
  return (Object.keys(aliases) as T[]).find((code) => code === value || aliases[code].includes(value)) ?? value;
}

/**
 * The set of codes and aliases whose accepted values are exactly `values` (an enum of the JSON Schema), or undefined
 * when no enum made here accepts exactly those: its canonical codes, and each code's aliases (Thai first).
 */
export function aliasSetOf(values: readonly unknown[]): { codes: readonly string[]; aliases: Aliases<string> } | undefined {
  const set = new Set(values.map(String));
  return REGISTERED.find((r) => r.all.size === set.size && [...set].every((v) => r.all.has(v)));
}

/**
 * "one of …" for the values an enum accepts: in Thai the Thai values first, each with its code; in English the
 * codes, each with its Thai values.
 */
export function enumChoices(values: readonly unknown[]): Bilingual {
  const found = aliasSetOf(values);
  const q = (v: unknown) => JSON.stringify(v);
  if (!found) {
    const listed = values.map(q).join(', ');
    return { th: `หนึ่งใน ${listed}`, en: `one of ${listed}` };
  }
  const thaiScript = (v: string) => /[\u0e00-\u0e7f]/u.test(v);
  const groups = found.codes.map((code) => {
    const values = [code, ...(found.aliases[code] ?? [])];
    return { thai: values.filter(thaiScript), latin: values.filter((v) => !thaiScript(v)) };
  });
  const both = (first: string[], second: string[], or: string) =>
    first.length === 0 ? second.map(q).join(or) : second.length === 0 ? first.map(q).join(or) : `${first.map(q).join(or)} (${second.map(q).join(' / ')})`;
  const th = groups.map((g) => both(g.thai, g.latin, ' หรือ '));
  const en = groups.map((g) => both(g.latin, g.thai, ' or '));
  return { th: `หนึ่งใน ${th.join(', ')}`, en: `one of ${en.join(', ')}` };
}

/** Agency kinds. */
export const AGENCY_KINDS = {
  province: ['จังหวัด'],
  district: ['อำเภอ'],
  municipality: ['เทศบาล'],
  'subdistrict-organization': ['องค์การบริหารส่วนตำบล', 'อบต.'],
  'provincial-organization': ['องค์การบริหารส่วนจังหวัด', 'อบจ.'],
  department: ['กรม'],
  'regional-office': ['ส่วนราชการส่วนภูมิภาค'],
  school: ['โรงเรียน'],
  college: ['วิทยาลัย'],
  university: ['มหาวิทยาลัย'],
  hospital: ['โรงพยาบาล'],
  'state-enterprise': ['รัฐวิสาหกิจ'],
  other: ['อื่น ๆ', 'อื่นๆ'],
} as const;

/** Assessment schemes: the NACC's own, and the sector schemes whose item codes differ (docs/ita.md). */
export const SCHEMES = {
  nacc: ['ป.ป.ช.'],
  obec: ['สพฐ.'],
  ovec: ['สอศ.'],
  moph: ['สธ.'],
  other: ['อื่น ๆ', 'อื่นๆ'],
} as const;

/** Progress of a measure (O43). */
export const STATUSES = {
  done: ['ดำเนินการแล้ว'],
  'in-progress': ['อยู่ระหว่างดำเนินการ'],
  'not-started': ['ยังไม่ได้ดำเนินการ', 'ยังไม่ดำเนินการ'],
} as const;

/** Which figures stand when published and computed ones disagree. */
export const PREFER = { published: ['ที่ประกาศ'], computed: ['ที่คำนวณ'] } as const;

/** An indicator marked as a strength or a weakness. */
export const ASSESSMENTS = { strength: ['จุดแข็ง'], weakness: ['จุดอ่อน'] } as const;

/** Digits of the documents. */
export const DIGITS = { thai: ['ไทย', 'เลขไทย'], arabic: ['อารบิก', 'เลขอารบิก'] } as const;

/** Letter kinds. */
export const LETTER_KINDS = { memo: ['บันทึกข้อความ'], external: ['หนังสือภายนอก', 'หนังสือเวียน'] } as const;

/** Urgency marks, printed in Thai; English words accepted. */
export const URGENCIES = { ด่วน: ['urgent'], ด่วนมาก: ['very-urgent'], ด่วนที่สุด: ['most-urgent'] } as const;

/** Columns of the measures table. */
export const COLUMNS = {
  measure: ['มาตรการ'],
  weakness: ['จุดอ่อน'],
  steps: ['ขั้นตอน'],
  responsible: ['ผู้รับผิดชอบ'],
  period: ['ระยะเวลา'],
  budget: ['งบประมาณ'],
  monitoring: ['การติดตามประเมินผล'],
  reportBy: ['กำหนดรายงาน'],
} as const;

/** How the steps of a measure are marked. */
export const STEP_STYLES = { numbered: ['ตัวเลข'], dash: ['ขีด'], paragraphs: ['ย่อหน้า'] } as const;

/** List markers of an outline list. */
export const LIST_MARKERS = {
  thai: ['ตัวเลข'],
  paren: ['วงเล็บ'],
  'close-paren': ['วงเล็บปิด'],
  dash: ['ขีด'],
  bullet: ['จุด'],
  none: ['ไม่มี'],
} as const;

/** Which indicators an analysis group selects. */
export const SELECTIONS = { weak: ['ต่ำกว่าเกณฑ์'], strong: ['ผ่านเกณฑ์'], all: ['ทั้งหมด'] } as const;

/** The order of an analysis group's indicators. */
export const GROUP_ORDERS = {
  score: ['คะแนนน้อยไปมาก'],
  'score-descending': ['คะแนนมากไปน้อย'],
  number: ['เลขตัวชี้วัด'],
} as const;

/** The order of the indicator-scores table. */
export const TABLE_ORDERS = { number: ['เลขตัวชี้วัด'], score: ['คะแนน'] } as const;

/** Paragraph alignment. */
export const ALIGNMENTS = { left: ['ชิดซ้าย'], center: ['กึ่งกลาง'], right: ['ชิดขวา'], thai: ['กระจายแบบไทย'] } as const;

/** Outline block types (docs/outline.md). */
export const BLOCK_TYPES = {
  background: ['ความเป็นมา'],
  'grade-table': ['ตารางระดับผล'],
  'pass-mark': ['เกณฑ์ผ่าน'],
  overall: ['ผลคะแนนรวม'],
  'indicator-scores': ['คะแนนรายตัวชี้วัด'],
  'weighted-scores': ['คะแนนถ่วงน้ำหนัก'],
  ranking: ['ลำดับตัวชี้วัด'],
  'tool-summaries': ['สรุปรายเครื่องมือ'],
  'indicator-analysis': ['วิเคราะห์รายตัวชี้วัด'],
  'question-table': ['ตารางข้อคำถาม'],
  'development-points': ['ประเด็นที่ควรพัฒนา'],
  'strengths-weaknesses': ['จุดแข็งจุดอ่อน'],
  recommendations: ['ข้อเสนอแนะ'],
  'measures-table': ['ตารางมาตรการ'],
  'radar-chart': ['แผนภูมิเรดาร์'],
  'bar-chart': ['แผนภูมิแท่ง'],
  contact: ['ช่องทางติดต่อ'],
  'closing-mark': ['เครื่องหมายจบ'],
  heading: ['หัวข้อ'],
  paragraphs: ['ย่อหน้า'],
  list: ['รายการ'],
  table: ['ตาราง'],
  image: ['ภาพ'],
  'page-break': ['ขึ้นหน้าใหม่'],
} as const;

/** The agency kind a clerk typed, in English or Thai ("hospital", "โรงพยาบาล", "อบต."); undefined when it is none. */
export function agencyKindOf(text: string): keyof typeof AGENCY_KINDS | undefined {
  const code = canonicalOf(text.trim(), AGENCY_KINDS);
  return code in AGENCY_KINDS ? (code as keyof typeof AGENCY_KINDS) : undefined;
}

/** The agency kinds: each code with its Thai name, in order. */
export const agencyKinds = (): { code: keyof typeof AGENCY_KINDS; thai: string }[] =>
  (Object.keys(AGENCY_KINDS) as (keyof typeof AGENCY_KINDS)[]).map((code) => ({ code, thai: AGENCY_KINDS[code][0] }));

// Every set above is known to aliasSetOf and enumChoices as soon as this module loads, whether or not the schema
// (which makes the fields) has been loaded: the workbook's drop-downs read them without the schema.
for (const set of [AGENCY_KINDS, SCHEMES, STATUSES, PREFER, ASSESSMENTS, DIGITS, LETTER_KINDS, URGENCIES, COLUMNS, STEP_STYLES, LIST_MARKERS, SELECTIONS, GROUP_ORDERS, TABLE_ORDERS, ALIGNMENTS, BLOCK_TYPES] as Aliases<string>[]) {
  registerAliases(set);
}
