/** Reads Thai baht words back into satang ("หนึ่งล้านสองแสนบาทห้าสิบสตางค์" → 120000050), to check them against digits. */
const DIGITS: Record<string, number> = { ศูนย์: 0, หนึ่ง: 1, เอ็ด: 1, สอง: 2, ยี่: 2, สาม: 3, สี่: 4, ห้า: 5, หก: 6, เจ็ด: 7, แปด: 8, เก้า: 9 };
const UNITS: Record<string, number> = { สิบ: 10, ร้อย: 100, พัน: 1_000, หมื่น: 10_000, แสน: 100_000 };
const TOKEN = new RegExp(`(${[...Object.keys(DIGITS), ...Object.keys(UNITS), 'ล้าน'].sort((a, b) => b.length - a.length).join('|')})`, 'y');

/** The number a run of Thai number words names ("สองแสนห้าหมื่น" → 250000), or undefined when it is not one. */
export function thaiWordsToNumber(words: string): number | undefined {
  let total = 0; // millions already closed, as a number of units
  let group = 0; // below a million
  let digit: number | undefined;
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < words.length) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(words);
    if (!m) return undefined;
    const t = m[1]!;
    at += t.length;
    if (t in DIGITS) {
      if (digit !== undefined) return undefined;
      digit = DIGITS[t]!;
    } else if (t === 'ล้าน') {
      group += digit ?? 0;
      digit = undefined;
      total = (total + group) * 1_000_000;
      group = 0;
    } else {
      group += (digit ?? (t === 'สิบ' ? 1 : Number.NaN)) * UNITS[t]!;
      digit = undefined;
    }
  }
  const value = total + group + (digit ?? 0);
  return Number.isNaN(value) ? undefined : value;
}

/** Satang named by baht words: "<baht>บาทถ้วน", "<baht>บาท<satang>สตางค์" or "<satang>สตางค์". */
export function bahtWordsToSatang(text: string): number | undefined {
  const m = /^(?:(.+)บาท)?(?:ถ้วน|(.+)สตางค์)$/.exec(text);
  if (!m) return undefined;
  const baht = m[1] === undefined ? 0 : m[1] === 'ศูนย์' ? 0 : thaiWordsToNumber(m[1]);
  const satang = m[2] === undefined ? 0 : thaiWordsToNumber(m[2]);
  if (baht === undefined || satang === undefined || satang > 99) return undefined;
  return baht * 100 + satang;
}
