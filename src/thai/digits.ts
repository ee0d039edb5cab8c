/**
 * Thai digits (U+0E50–U+0E59) and number formatting.
 *
 * The cabinet decision of 2000 asks for Thai digits in official documents; TH SarabunIT๙ only *draws* ASCII
 * digits as Thai ones, so itadoc stores real Thai digits in the text it writes (FORMAT.md).
 */

const THAI_ZERO = 0x0e50;

/** Which digits a document is written with. */
export type DigitStyle = 'thai' | 'arabic';

/** Replaces every ASCII digit of `text` with its Thai digit. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + d.charCodeAt(0) - 48));
}

/** Replaces every Thai digit of `text` with its ASCII digit. */
export function toArabicDigits(text: string): string {
  return text.replace(/[\u0e50-\u0e59]/g, (d) => String.fromCharCode(48 + d.charCodeAt(0) - THAI_ZERO));
}

/** Writes the digits of `text` in the given style. */
export function withDigits(text: string, style: DigitStyle): string {
  return style === 'thai' ? toThaiDigits(text) : toArabicDigits(text);
}

/**
 * Parses a number typed as text with Thai or Arabic digits ("๙๒.๖๙", "92.69", "1,250,000").
 * A comma is read only as a thousands separator in groups of three, and only when `thousands` allows it: "8,5" is
 * not a number (undefined), never 85 (issue 12). Returns undefined when the text is not a plain decimal number.
 */
export function parseThaiNumber(text: string, thousands = true): number | undefined {
  let plain = toArabicDigits(text.trim());
  if (thousands && /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(plain)) plain = plain.replace(/,/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(plain)) return undefined;
  return Number(plain);
}

/**
 * Formats a score the way the NACC's own reports print it: always two decimals — "๘๘.๒๒", "๙๕.๐๐", "๑๐๐.๐๐".
 */
export function formatScore(value: number, style: DigitStyle = 'thai'): string {
  return withDigits(value.toFixed(2), style);
}

/** Number formats by decimal places, made once (`toLocaleString` with options makes one for every call, ~30 µs). */
const amountFormats = new Map<number, Intl.NumberFormat>();

/** Formats an integer or amount with thousands separators ("๑,๒๕๐,๐๐๐"); `decimals` fixed places. */
export function formatAmount(value: number, style: DigitStyle = 'thai', decimals = 0): string {
  let format = amountFormats.get(decimals);
  if (!format) amountFormats.set(decimals, (format = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return withDigits(format.format(value), style);
}
