/**
 * Checks of the text an input holds, before the schema reads it:
 * - characters a document cannot hold or that show a damaged file: control characters (a DOCX is XML, which has no
 *   place for them: U+FFFF made a DOCX that no word processor opens), unpaired surrogates, the non-characters
 *   U+FFFE and U+FFFF, and U+FFFD, which marks characters lost when the file was converted from another encoding;
 * - Thai text garbled into Latin letters: a Windows-874 file read as Latin-1 or Windows-1252 and saved again;
 * - numbers too large to hold (1e400 reads as Infinity);
 * - a key given twice in one object (JSON keeps only the last; nothing the clerk typed may be lost silently).
 */
import type { Node } from 'jsonc-parser';
import type { Bilingual, InputProblem } from './problems.js';
import { pathToString, showValue } from './problems.js';

/** A problem with its path in parts, so the caller can find its position in the file. */
export type TextProblem = Omit<InputProblem, 'line' | 'column'> & { pathParts: (string | number)[]; offset?: number };

/**
 * Control characters except tab, line feed and carriage return (C0, DEL, C1), unpaired surrogates, U+FFFE, U+FFFF and
 * the replacement character U+FFFD.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/** U+0041-style name of a code point. */
const codePointName = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function characterProblem(ch: string): { found: string; expected: Bilingual; fix: Bilingual } {
  const name = codePointName(ch);
  if (ch === '\ufffd') {
    return {
      found: `อักขระ � (${name}) แทนอักขระที่หายไปเมื่อแปลงไฟล์ / the character � (${name}), left where characters were lost converting the file`,
      expected: { th: 'ข้อความภาษาไทยที่ครบถ้วน', en: 'Thai text with no characters lost' },
      fix: {
        th: 'ไฟล์ถูกแปลงการเข้ารหัสผิดมาก่อน เปิดไฟล์ต้นฉบับแล้วบันทึกเป็น UTF-8 หรือพิมพ์ข้อความนี้ใหม่',
        en: 'the file was converted from another encoding and lost characters: save the original file as UTF-8, or retype this text',
      },
    };
  }
  const line = ch === '\u000b' || ch === '\u000c' || ch === '\u0085';
  return {
    found: `อักขระควบคุม ${name} ที่มองไม่เห็น / an invisible control character ${name}`,
    expected: {
      th: 'ข้อความที่ไม่มีอักขระควบคุม (เอกสาร DOCX เก็บอักขระนี้ไม่ได้)',
      en: 'text without control characters (a DOCX cannot hold this one)',
    },
    fix: line
      ? {
          th: 'ลบอักขระนี้ (ตัวแบ่งบรรทัดที่คัดลอกมาจาก Word) หากต้องการขึ้นบรรทัดใหม่ ให้แยกเป็นรายการ [ "...", "..." ]',
          en: 'remove it (a line break copied from Word); for separate lines give a list [ "...", "..." ]',
        }
      : { th: 'ลบอักขระนี้ออก (มักติดมากับการคัดลอกข้อความ)', en: 'remove it (it usually comes with copied text)' },
  };
}

/**
 * Thai letters of Windows-874 (0xA1–0xFB) read as Latin-1 or Windows-1252 become "¡"–"û". A text with many of those
 * and no Thai at all is Thai garbled by a wrong conversion ("¨Ñ§ËÇÑ´" for "จังหวัด").
 */
function looksGarbled(text: string): boolean {
  if (/[\u0e00-\u0e7f]/u.test(text)) return false;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xa1 && c <= 0xfb) latin++;
  }
  return latin >= 4 && latin >= text.replace(/\s/g, '').length / 2;
}

/**
 * Every problem with the text of `value` (the parsed JSON): forbidden characters in values and keys, garbled Thai.
 * Stops after `limit` problems: a damaged file has them everywhere, and a clerk needs the first few.
 */
export function textProblems(value: unknown, limit = 50): TextProblem[] {
  const problems: TextProblem[] = [];
  const check = (text: string, parts: (string | number)[], isKey: boolean) => {
    const bad = FORBIDDEN.exec(text);
    if (bad) {
      problems.push({ path: pathToString(parts), pathParts: parts, ...characterProblem(bad[0]) });
      return;
    }
    if (!isKey && looksGarbled(text)) {
      problems.push({
        path: pathToString(parts),
        pathParts: parts,
        found: `${showValue(text)} (ภาษาไทยที่อ่านผิดการเข้ารหัส / Thai garbled by a wrong encoding)`,
        expected: { th: 'ข้อความภาษาไทยที่อ่านได้', en: 'readable Thai text' },
        fix: {
          th: 'ไฟล์ Windows-874 (TIS-620) ถูกเปิดเป็น Latin-1 แล้วบันทึกซ้ำ: ใช้ไฟล์ต้นฉบับ (itadoc อ่าน Windows-874 ได้) หรือพิมพ์ข้อความใหม่',
          en: 'a Windows-874 (TIS-620) file was opened as Latin-1 and saved again: use the original file (itadoc reads Windows-874) or retype the text',
        },
      });
    }
  };
  // An explicit stack: a value nested deeper than the limits allow never gets here, but no recursion is needed.
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length > 0 && problems.length < limit) {
    const [v, parts] = stack.pop()!;
    if (typeof v === 'string') check(v, parts, false);
    else if (typeof v === 'number' && !Number.isFinite(v)) {
      // 1e400 in the file: a number beyond what JSON readers can hold, read as Infinity.
      problems.push({
        path: pathToString(parts),
        pathParts: parts,
        found: `${v} (ตัวเลขที่ใหญ่เกินกว่าจะเก็บได้ / a number too large to hold)`,
        expected: { th: 'ตัวเลขในช่วงของช่องนี้', en: 'a number within the range of this field' },
        fix: { th: 'ตรวจจำนวนหลักและเลขยกกำลัง (e) ของตัวเลขนี้', en: 'check the digits and any exponent (e) of this number' },
      });
    }
    else if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], [...parts, i]]);
    else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i]!;
        check(k, [...parts, k], true);
        stack.push([child, [...parts, k]]);
      }
    }
  }
  return problems;
}

/** Every key given twice in one object of the parsed tree, at its second place. */
export function duplicateKeyProblems(tree: Node | undefined, lineOf: (offset: number) => number, limit = 50): TextProblem[] {
  const problems: TextProblem[] = [];
  if (!tree) return problems;
  const stack: [Node, (string | number)[]][] = [[tree, []]];
  while (stack.length > 0 && problems.length < limit) {
    const [node, parts] = stack.pop()!;
    if (node.type === 'object') {
      const seen = new Map<string, number>();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode) continue;
        const key = String(keyNode.value);
        const first = seen.get(key);
        if (first !== undefined) {
          problems.push({
            path: pathToString([...parts, key]),
            pathParts: [...parts, key],
            offset: property.offset,
            found: `${JSON.stringify(key)} อีกครั้ง (ครั้งแรกที่บรรทัด ${lineOf(first)}) / ${JSON.stringify(key)} again (first on line ${lineOf(first)})`,
            expected: { th: 'ชื่อช่องแต่ละชื่อเพียงครั้งเดียวในวัตถุเดียวกัน', en: 'each field name once in an object' },
            fix: {
              th: 'รวมเป็นช่องเดียว หรือลบช่องที่ไม่ใช้ (JSON จะเก็บเฉพาะค่าหลังสุด)',
              en: 'keep one of them (JSON would silently keep only the last)',
            },
          });
        } else seen.set(key, property.offset);
        if (valueNode) stack.push([valueNode, [...parts, key]]);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, i) => stack.push([child, [...parts, i]]));
    }
  }
  return problems;
}
