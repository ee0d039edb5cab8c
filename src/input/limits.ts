/**
 * Limits of an input file, checked before it is parsed: its size, and how deeply its lists and objects nest.
 *
 * A real input is a few tens of kilobytes nested at most six levels deep (a province file two more). The limits are
 * far above that, and far below what breaks the parser: nesting a few thousand levels deep overflowed the stack of
 * the JSON parser and of the message formatter (issue 12).
 */
import type { InputProblem } from './problems.js';

/** The largest input file, in bytes (10 MB): a measures document with a 200,000-character field is under 1 MB. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** The deepest nesting of lists and objects in an input file. */
export const MAX_NESTING_DEPTH = 64;

/** "10 MB" for a number of bytes, in the unit a clerk reads. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}

/** The problem of a file larger than {@link MAX_INPUT_BYTES}, or undefined when it is not. */
export function sizeProblem(bytes: number): Omit<InputProblem, 'line' | 'column'> | undefined {
  if (bytes <= MAX_INPUT_BYTES) return undefined;
  return {
    path: '',
    found: `ไฟล์ขนาด ${formatBytes(bytes)} / a file of ${formatBytes(bytes)}`,
    expected: {
      th: `ไฟล์ข้อมูลนำเข้าไม่เกิน ${formatBytes(MAX_INPUT_BYTES)}`,
      en: `an input file of at most ${formatBytes(MAX_INPUT_BYTES)}`,
    },
    fix: {
      th: 'ตรวจว่าเลือกไฟล์ถูกต้อง ไฟล์ข้อมูลของหน่วยงานหนึ่งมีขนาดเพียงไม่กี่สิบ KB; แยกไฟล์จังหวัดที่ใหญ่เป็นหลายไฟล์',
      en: "check that this is the right file: one agency's input is a few tens of KB; split a large province file",
    },
  };
}

/**
 * The offset where `text` (JSON) first nests deeper than {@link MAX_NESTING_DEPTH}, or -1. One pass, no recursion:
 * brackets inside strings are skipped, escapes included.
 */
export function tooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_NESTING_DEPTH) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return -1;
}

/** The problem of nesting deeper than {@link MAX_NESTING_DEPTH}, at a line and column. */
export function nestingProblem(line: number, column: number): InputProblem {
  return {
    path: '',
    line,
    column,
    found: `รายการหรือวัตถุซ้อนกันเกิน ${MAX_NESTING_DEPTH} ชั้น / lists or objects nested more than ${MAX_NESTING_DEPTH} deep`,
    expected: {
      th: `การซ้อนกันไม่เกิน ${MAX_NESTING_DEPTH} ชั้น (ข้อมูลนำเข้าปกติซ้อนกันไม่เกิน ๖ ชั้น)`,
      en: `nesting at most ${MAX_NESTING_DEPTH} levels deep (a real input nests at most 6)`,
    },
    fix: {
      th: 'ตรวจวงเล็บ [ และ { รอบตำแหน่งนี้ ว่าปิดครบและไม่ได้พิมพ์ซ้ำ',
      en: 'check the [ and { brackets around this position: each closed, none typed twice',
    },
  };
}
