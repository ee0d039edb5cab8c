/**
 * Buddhist-era dates, Thai month names and fiscal-year periods.
 *
 * Input dates may be typed in B.E. ("2563-06-18", "๒๕๖๓-๐๖-๑๘") or ISO/Gregorian ("2020-06-18"); a year of 2400
 * or more is read as B.E. Thai fiscal year N runs from 1 October N-1 to 30 September N (B.E.).
 */
import { toArabicDigits, withDigits, type DigitStyle } from './digits.js';

/** Difference between the Buddhist era and the Gregorian calendar. */
export const BE_OFFSET = 543;

/** Full Thai month names, January first. */
export const THAI_MONTHS = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
  'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
] as const;

/** Abbreviated Thai month names, January first (FORMAT.md). */
export const THAI_MONTHS_SHORT = [
  'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.',
] as const;

/** A calendar day, stored in the Gregorian calendar (month 1–12). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A calendar month, stored in the Gregorian calendar (month 1–12). */
export interface CalendarMonth {
  year: number;
  month: number;
}

/** Why a date or month could not be read. */
export type DateProblem = 'format' | 'month' | 'day';

function gregorianYear(year: number): number {
  return year >= 2400 ? year - BE_OFFSET : year;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads "YYYY-MM-DD" (B.E. or Gregorian year, Thai or Arabic digits) or "D <Thai month> YYYY".
 * Returns the date, or the reason it is not one.
 */
export function parseDate(text: string): CalendarDate | DateProblem {
  const t = toArabicDigits(text.trim());
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  let year: number, month: number, day: number;
  if (m) {
    year = Number(m[1]);
    month = Number(m[2]);
    day = Number(m[3]);
  } else if ((m = /^(\d{1,2})\s+(\S+)\s+(?:พ\.ศ\.\s*)?(\d{4})$/.exec(t))) {
    const idx = monthIndex(m[2]!);
    if (idx < 0) return 'month';
    day = Number(m[1]);
    month = idx + 1;
    year = Number(m[3]);
  } else {
    return 'format';
  }
  if (month < 1 || month > 12) return 'month';
  const gy = gregorianYear(year);
  if (day < 1 || day > daysInMonth(gy, month)) return 'day';
  return { year: gy, month, day };
}

/** Reads "YYYY-MM" (B.E. or Gregorian year, Thai or Arabic digits) or "<Thai month or abbreviation> YYYY". */
export function parseMonth(text: string): CalendarMonth | DateProblem {
  const t = toArabicDigits(text.trim());
  let m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return 'month';
    return { year: gregorianYear(Number(m[1])), month };
  }
  if ((m = /^(\S+)\s+(\d{2}|\d{4})$/.exec(t))) {
    const idx = monthIndex(m[1]!);
    if (idx < 0) return 'month';
    let year = Number(m[2]);
    if (year < 100) year += 2500; // "ต.ค. 67" means B.E. 2567
    return { year: gregorianYear(year), month: idx + 1 };
  }
  return 'format';
}

/** A quarter of a Thai fiscal year: quarter 1 is October–December of the year before. */
export interface FiscalQuarter {
  /** Fiscal year, B.E. */
  fiscalYear: number;
  quarter: 1 | 2 | 3 | 4;
}

/**
 * Reads a fiscal quarter: "ไตรมาส 2/2566", "ไตรมาสที่ ๒ ปี ๒๕๖๖", "Q2/2566", "Q2 2566", "2566-Q2" (B.E. fiscal year).
 */
export function parseQuarter(text: string): FiscalQuarter | DateProblem {
  const t = toArabicDigits(text.trim()).replace(/\s+/g, ' ');
  let quarter: number;
  let year: number;
  let m = /^(?:ไตรมาส(?:ที่)?|Q)\s*(\d)\s*(?:\/|\s)?\s*(?:ปี(?:งบประมาณ)?\s*)?(?:พ\.ศ\.\s*)?(\d{4})$/iu.exec(t);
  if (m) [quarter, year] = [Number(m[1]), Number(m[2])];
  else if ((m = /^(\d{4})-Q(\d)$/i.exec(t))) [quarter, year] = [Number(m[2]), Number(m[1])];
  else return 'format';
  if (quarter < 1 || quarter > 4) return 'month';
  if (year < 2400) return 'format';
  return { fiscalYear: year, quarter: quarter as FiscalQuarter['quarter'] };
}

/** First and last month of a fiscal quarter. */
export function quarterMonths(q: FiscalQuarter): { start: CalendarMonth; end: CalendarMonth } {
  const { start } = fiscalYearMonths(q.fiscalYear);
  const first = start.year * 12 + (start.month - 1) + (q.quarter - 1) * 3;
  const at = (n: number): CalendarMonth => ({ year: Math.floor(n / 12), month: (n % 12) + 1 });
  return { start: at(first), end: at(first + 2) };
}

function monthIndex(name: string): number {
  const full = THAI_MONTHS.indexOf(name as (typeof THAI_MONTHS)[number]);
  if (full >= 0) return full;
  return THAI_MONTHS_SHORT.indexOf(name as (typeof THAI_MONTHS_SHORT)[number]);
}

/** "๑๘ มิถุนายน ๒๕๖๓" — the letter-date form of the correspondence regulation (no "พ.ศ."). */
export function formatThaiDate(date: CalendarDate, style: DigitStyle = 'thai'): string {
  return withDigits(`${date.day} ${THAI_MONTHS[date.month - 1]} ${date.year + BE_OFFSET}`, style);
}

/** "๒๒ มี.ค. ๒๕๖๔" — the short form used in tables. */
export function formatThaiDateShort(date: CalendarDate, style: DigitStyle = 'thai'): string {
  return withDigits(`${date.day} ${THAI_MONTHS_SHORT[date.month - 1]} ${date.year + BE_OFFSET}`, style);
}

/** "ต.ค. ๖๗" — month and two-digit B.E. year, as measure periods are printed (seed 004). */
export function formatMonthShort(month: CalendarMonth, style: DigitStyle = 'thai'): string {
  return withDigits(`${THAI_MONTHS_SHORT[month.month - 1]} ${String(month.year + BE_OFFSET).slice(-2)}`, style);
}

/** "ตุลาคม ๒๕๖๗" — full month and B.E. year. */
export function formatMonthLong(month: CalendarMonth, style: DigitStyle = 'thai'): string {
  return withDigits(`${THAI_MONTHS[month.month - 1]} ${month.year + BE_OFFSET}`, style);
}

/** "ต.ค. ๖๗ – ก.ย. ๖๘"; a single month when start and end are the same. */
export function formatPeriod(start: CalendarMonth, end: CalendarMonth, style: DigitStyle = 'thai'): string {
  if (start.year === end.year && start.month === end.month) return formatMonthShort(start, style);
  return `${formatMonthShort(start, style)} – ${formatMonthShort(end, style)}`;
}

/** First and last month of Thai fiscal year `fiscalYearBE` (B.E.). */
export function fiscalYearMonths(fiscalYearBE: number): { start: CalendarMonth; end: CalendarMonth } {
  const gy = fiscalYearBE - BE_OFFSET;
  return { start: { year: gy - 1, month: 10 }, end: { year: gy, month: 9 } };
}

/** Orders two months; negative when `a` is earlier. */
export function compareMonths(a: CalendarMonth, b: CalendarMonth): number {
  return a.year * 12 + a.month - (b.year * 12 + b.month);
}

/** ISO "YYYY-MM-DD" of a calendar date (Gregorian). */
export function isoDate(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
