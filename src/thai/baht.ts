/** Baht in Thai words ("หนึ่งล้านสองแสนห้าหมื่นบาทถ้วน") through thai-baht-text. */
import bahtModule from 'thai-baht-text';

// thai-baht-text is CommonJS whose module.exports is the function; its typings describe a namespace instead.
const convert = ((bahtModule as unknown as { default?: unknown }).default ?? bahtModule) as unknown as (n: number) => string;

/** The largest amount written in words: the input's budgets stay below one trillion baht (input/schema.ts). */
const LARGEST = 999_999_999_999.99;

/**
 * Writes an amount of baht in Thai words, as budget lines print it beside the digits. Zero is "ศูนย์บาทถ้วน"
 * (the library writes nothing for it, and a budget line printed "()"). Throws a RangeError for an amount the words
 * could not match — negative, not finite, over {@link LARGEST}, or with fractions of a satang — so that
 * "undefined" (1e21 gave "หนึ่งบาทundefinedร้อย…") or a rounded figure can never be printed (issue 12).
 */
export function bahtText(amount: number): string {
  if (!(amount >= 0 && amount <= LARGEST) || !/^\d+(\.\d{1,2})?$/.test(String(amount))) {
    throw new RangeError(`no Thai words for ${amount} baht: amounts are 0 to ${LARGEST} with whole satang`);
  }
  if (amount === 0) return 'ศูนย์บาทถ้วน';
  const words = convert(amount);
  if (!/^[\u0e01-\u0e4c]+(ถ้วน|สตางค์)$/u.test(words)) throw new RangeError(`no Thai words for ${amount} baht (got "${words}")`);
  return words;
}
