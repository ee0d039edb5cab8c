/**
 * A template (an agency's own, with --templates) may hold characters no DOCX can: a control character typed or
 * pasted into it, or one written as a character reference (&#xFFFF;). Either would give a document.xml that is not
 * XML, which no word processor opens (issue 12). They are reported (as a TemplateError, by template-set.ts) with the
 * template's file and line instead.
 */
/** Control characters except tab, line feed and carriage return; U+FFFD (a file not in UTF-8); non-characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;
const REFERENCE = /&#(?:x([0-9a-f]+)|([0-9]+));/gi;

/** True for a code point XML 1.0 cannot hold (or that itadoc refuses in text, as the input stage does). */
function forbiddenCodePoint(cp: number): boolean {
  if (cp > 0x10ffff) return true;
  if (cp >= 0xd800 && cp <= 0xdfff) return true;
  return FORBIDDEN.test(String.fromCodePoint(cp));
}

/** The message naming `file` and the line of the first character a document cannot hold, or undefined. */
export function templateTextProblem(text: string, file: string): string | undefined {
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  const name = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const direct = FORBIDDEN.exec(text);
  let found: { index: number; cp: number } | undefined = direct ? { index: direct.index, cp: direct[0].codePointAt(0)! } : undefined;
  for (const m of text.matchAll(REFERENCE)) {
    const cp = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    if (forbiddenCodePoint(cp) && (!found || m.index < found.index)) found = { index: m.index, cp };
    if (found && found.index <= m.index) break;
  }
  if (!found) return undefined;
  const what =
    found.cp === 0xfffd
      ? { th: 'อักขระ � (ไฟล์ไม่ได้บันทึกเป็น UTF-8)', en: 'the character � (the file is not saved as UTF-8)' }
      : { th: `อักขระควบคุม ${name(found.cp)}`, en: `the control character ${name(found.cp)}` };
  const line = lineOf(found.index);
  return (
    `แม่แบบ ${file} บรรทัด ${line}: มี${what.th} ซึ่งเอกสาร DOCX เก็บไม่ได้ ลบออก หรือบันทึกไฟล์เป็น UTF-8 / ` +
    `template ${file}, line ${line}: ${what.en}, which a DOCX cannot hold: remove it, or save the file as UTF-8`
  );
}
