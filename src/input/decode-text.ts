/**
 * Input file bytes → text. An input should be UTF-8, but a clerk's editor may have saved it otherwise:
 * - UTF-16 (Windows Notepad's "Unicode", with or without a byte-order mark) is read as UTF-16, with a note;
 * - Windows-874 / TIS-620 (the legacy Thai Windows code page) is read as Windows-874, with a note;
 * - UTF-32, and bytes that are neither UTF-8 nor Thai Windows-874, are refused, naming the encoding where it is known
 *   and saying how to save the file as UTF-8.
 * Decoding uses Node's built-in `TextDecoder` (full ICU): no Thai is ever shown garbled in a document.
 */
import { InputError, type Bilingual } from './problems.js';
import { sizeProblem } from './limits.js';

/** Text decoded from an input file, with notes on how it was read when it was not UTF-8. */
export interface DecodedText {
  text: string;
  /** Things the clerk should know, e.g. that the file was read as Windows-874; printed as warnings. */
  notes: Bilingual[];
}

const SAVE_AS_UTF8: Bilingual = {
  th: 'เปิดไฟล์ด้วย Notepad แล้วเลือก บันทึกเป็น (Save As) → การเข้ารหัส (Encoding): UTF-8 หรือใน VS Code คลิกชื่อการเข้ารหัสที่แถบล่าง → Save with Encoding → UTF-8',
  en: 'open the file in Notepad and choose Save As → Encoding: UTF-8 (in VS Code: click the encoding in the status bar → Save with Encoding → UTF-8)',
};

function readNote(encoding: string): Bilingual {
  return {
    th: `ไฟล์นี้บันทึกด้วยการเข้ารหัส ${encoding} ซึ่งได้อ่านเป็นภาษาไทยให้ถูกต้องแล้ว ควรบันทึกเป็น UTF-8: ${SAVE_AS_UTF8.th}`,
    en: `this file is saved as ${encoding}; it was read correctly as such. Save it as UTF-8: ${SAVE_AS_UTF8.en}`,
  };
}

function refuse(file: string, found: string, line?: number, column?: number): never {
  throw new InputError(file, [
    {
      path: '',
      line,
      column,
      found,
      expected: { th: 'ไฟล์ข้อความแบบ UTF-8', en: 'a text file saved as UTF-8' },
      fix: SAVE_AS_UTF8,
    },
  ]);
}

/** The encoding of a byte-order mark at the start of `bytes`, if any. */
function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? 'utf-32le' : 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf-32be';
  return undefined;
}

/**
 * UTF-16 or UTF-32 without a byte-order mark, from where the zero bytes fall. JSON is mostly ASCII, and Thai is
 * U+0E01–U+0E5B: in UTF-16 every other byte is 0x00 or 0x0E — the odd ones in little-endian, the even ones in
 * big-endian — and the others almost never zero. UTF-32 has two zero bytes in every four at the same places. A
 * UTF-8 JSON file has no zero byte at all.
 */
function zeroBytePattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-32' | undefined {
  const n = Math.min(bytes.length, 4096) & ~3;
  if (n < 4) return undefined;
  const zero = [0, 0, 0, 0];
  const high = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) zero[i & 3]!++;
    if (b === 0 || b === 0x0e) high[i & 3]!++;
  }
  const quarter = n / 4;
  const share = (counts: number[], a: number, b: number) => (counts[a]! + counts[b]!) / (2 * quarter);
  if (zero[0]! + zero[1]! + zero[2]! + zero[3]! === 0) return undefined;
  if (share(zero, 2, 3) > 0.9 || share(zero, 0, 1) > 0.9) return 'utf-32';
  if (share(high, 1, 3) > 0.5 && share(zero, 0, 2) < 0.05) return 'utf-16le';
  if (share(high, 0, 2) > 0.5 && share(zero, 1, 3) < 0.05) return 'utf-16be';
  return undefined;
}

/**
 * True when the bytes that are not ASCII are Thai letters, vowels, tone marks and digits of Windows-874
 * (0xA1–0xDA, 0xDF–0xFB) or its punctuation (0x85, 0x91–0x97, 0xA0), and read as Thai: there is a consonant, and
 * every vowel or tone mark written above or below follows a Thai letter. A Latin-1 "Café" (0xE9, a tone mark after
 * "f") is not Thai.
 */
function looksLikeWindows874(bytes: Uint8Array): boolean {
  let consonants = 0;
  let previous = 0;
  for (const b of bytes) {
    if (b >= 0x80) {
      const thai = (b >= 0xa1 && b <= 0xda) || (b >= 0xdf && b <= 0xfb);
      if (!thai && b !== 0x85 && !(b >= 0x91 && b <= 0x97) && b !== 0xa0) return false;
      const above = b === 0xd1 || (b >= 0xd4 && b <= 0xda) || (b >= 0xe7 && b <= 0xee);
      if (above && !(previous >= 0xa1 && previous <= 0xee)) return false;
      if (b <= 0xce && b >= 0xa1) consonants++;
    }
    previous = b;
  }
  return consonants > 0;
}

/** Line and column (1-based) of byte `offset`, counting UTF-8 characters before it on its line. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) (line++, (lineStart = i + 1));
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}

/** The offset of the first byte that is not valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

/**
 * Decodes an input file's bytes. `file` names it in messages. Throws InputError for a file too large, in UTF-32, or
 * in an encoding that is neither UTF-8, UTF-16 nor Windows-874.
 */
export function decodeInputBytes(bytes: Uint8Array, file: string): DecodedText {
  const tooLarge = sizeProblem(bytes.length);
  if (tooLarge) throw new InputError(file, [tooLarge]);
  const bom = byteOrderMark(bytes);
  const pattern = bom ? undefined : zeroBytePattern(bytes);
  if (bom === 'utf-32le' || bom === 'utf-32be' || pattern === 'utf-32') {
    refuse(file, 'ไฟล์บันทึกเป็น UTF-32 / the file is saved as UTF-32');
  }
  const utf16 = bom === 'utf-16le' || bom === 'utf-16be' ? bom : pattern;
  if (utf16 === 'utf-16le' || utf16 === 'utf-16be') {
    let text: string;
    try {
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      refuse(file, `ไฟล์ UTF-16 ที่เสียหาย / a damaged UTF-16 file (${utf16})`);
    }
    return { text, notes: [readNote(`UTF-16 (${utf16 === 'utf-16le' ? 'little-endian' : 'big-endian'})`)] };
  }
  try {
    // The decoder drops a UTF-8 byte-order mark.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notes: [] };
  } catch {
    // Not UTF-8: below.
  }
  if (looksLikeWindows874(bytes)) {
    return { text: new TextDecoder('windows-874').decode(bytes), notes: [readNote('Windows-874 (TIS-620)')] };
  }
  const at = firstInvalidUtf8(bytes);
  const { line, column } = bytePosition(bytes, at);
  refuse(
    file,
    `ไบต์ 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')} ที่ไม่ใช่ UTF-8 (อาจบันทึกเป็น Windows-1252 หรือ Latin-1) / ` +
      `a byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')} that is not UTF-8 (perhaps saved as Windows-1252 or Latin-1)`,
    line,
    column,
  );
}
