/**
 * Numbers of the input: typed as JSON numbers or as text in Thai or Arabic digits, each with its range.
 *
 * The comma rule (issue 12): Thai writing, like English, uses the point for decimals and the comma for thousands.
 * - A comma is read as a thousands separator only in the full pattern "1,250,000" (groups of three), and only in
 *   fields that can reach a thousand (budgets, years, ranks).
 * - Anything else with a comma — "8,5", "๘๘,๒๒", "12,5", or any comma in a score or percentage, which never reaches a
 *   thousand — is refused with the reading that uses a point ("use a point: 8.5"). It is never read as 85: the
 *   clerk who typed "8,5" may have meant 8.5 or mistyped 85, and a signed document may not guess.
 * Decimals are limited where the documents print a fixed number of them (scores, percentages and baht: two), so a
 * printed figure is never a silent rounding of the one typed.
 */
import { z } from 'zod';
import { parseThaiNumber, toArabicDigits } from '../thai/digits.js';
import { FRACTION_TEXT, YEAR_PATTERN, numberText, replaceWith, wholeNumbers, withJsonSchema, withThousands, type Fraction } from './json-schema-hints.js';
import type { Bilingual } from './problems.js';

/** The message of a problem raised by a schema refinement: what is expected and how to fix it. */
export interface ProblemMessage {
  kind: string;
  expected?: Bilingual;
  fix?: Bilingual;
}

/** Thai digits for the Thai half of a message. */
const thai = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

/**
 * The reading of a comma-decimal number with a point: "8,5" → "8.5", "1.250,50" → "1250.50"; undefined when the
 * text is not one (no comma, or commas that are thousands separators, or not a number at all).
 */
export function pointReading(text: string): string | undefined {
  const plain = toArabicDigits(text.trim());
  if (/^[+-]?\d+,\d+$/.test(plain)) return plain.replace(',', '.');
  if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(plain)) return plain.replace(/\./g, '').replace(',', '.');
  return undefined;
}

/** Rules for one kind of number. */
export interface NumberRule {
  min: number;
  max: number;
  /** At most this many decimal places. */
  decimals?: number;
  /** Whole numbers only. */
  integer?: boolean;
  /** A multiple of this (e.g. 0.5 for a font size in half points). */
  step?: number;
  /** "1,250,000" is read as a number (fields that can reach a thousand). */
  thousands?: boolean;
  /** A score out of 100: a value between 0 and 1 with more decimals than allowed is a fraction typed for it. */
  outOf100?: boolean;
  /** What the field expects, for messages: "a score between 0 and 100". */
  expected: Bilingual;
  fix?: Bilingual;
  /** The kind of problem a value out of range is (messages.ts may know it). */
  kind: string;
}

const NUMBER_EXPECTED: Bilingual = { th: 'ตัวเลข เช่น ๙๒.๖๙ หรือ 92.69', en: 'a number such as 92.69 or ๙๒.๖๙' };
const NUMBER_FIX: Bilingual = { th: 'พิมพ์เฉพาะตัวเลขและจุดทศนิยม', en: 'type digits and a decimal point only' };

/** Adds a problem to a zod refinement context. */
export function addProblem(ctx: z.RefinementCtx, message: ProblemMessage): void {
  ctx.addIssue({ code: 'custom', message: message.kind, params: message });
}

/**
 * Decimal places of `n` as written in its shortest form (96.16 → 2, 1e-7 → 7): exact, unlike scaling by a power of
 * ten, which binary floating point blurs (96.16 × 100 = 9616.000000000002).
 */
export function decimalPlaces(n: number): number {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(n)));
  if (!m) return Number.POSITIVE_INFINITY;
  return Math.max(0, (m[2]?.length ?? 0) - Number(m[3] ?? 0));
}

/**
 * The JSON Schema of a number field: a JSON number in the range, or text in Thai or Arabic digits that reads as one
 * (the pattern says the range, the decimals, the half steps and the thousands separators the field accepts). Decimals
 * of a JSON number are limited by `multipleOf` (0.01), which JSON Schema defines in decimal; a validator computing it in
 * binary floating point needs a tolerance (ajv: `multipleOfPrecision`).
 */
export function numberJsonSchema(rule: Omit<NumberRule, 'kind'>, options: { notFraction?: boolean } = {}): Record<string, unknown> {
  const lo = Math.floor(rule.min);
  const hi = Math.floor(rule.max);
  const fracMin = Math.round((rule.min - lo) * 100);
  const fracMax = Math.round((rule.max - hi) * 100);
  const fraction: Fraction = rule.integer ? 'zero' : rule.step === 0.5 ? 'half' : { digits: rule.decimals };
  const parts: { whole: string; fraction: Fraction }[] = [];
  let first = lo;
  let last = hi;
  if (fracMin === 1 || fracMin === 50) {
    parts.push({ whole: wholeNumbers(lo, lo), fraction: { atLeast: fracMin === 1 ? '01' : '5', digits: rule.decimals } });
    first = lo + 1;
  } else if (fracMin !== 0) throw new Error(`no pattern for a minimum of ${rule.min}`);
  if (fracMax === 0 && !rule.integer) {
    parts.push({ whole: wholeNumbers(hi, hi), fraction: 'zero' });
    last = hi - 1;
  } else if (fracMax !== 0 && !(fracMax === 99 && rule.decimals === 2)) throw new Error(`no pattern for a maximum of ${rule.max}`);
  if (first <= last) {
    const whole = rule.thousands ? `(?:${wholeNumbers(first, last)}|${withThousands(Math.floor((String(last).length - 1) / 3))})` : wholeNumbers(first, last);
    parts.unshift({ whole, fraction });
  }
  return {
    anyOf: [
      {
        type: rule.integer ? 'integer' : 'number',
        minimum: rule.min,
        maximum: rule.max,
        // Two decimals at most: a multiple of 0.01 (decided in decimal, as JSON Schema defines multipleOf).
        ...(rule.step ? { multipleOf: rule.step } : rule.decimals !== undefined && !rule.integer ? { multipleOf: 10 ** -rule.decimals } : {}),
        // A published total or mean between 0 and 1 is a fraction typed for a score (analysis/reconcile.ts).
        ...(options.notFraction ? { not: { exclusiveMinimum: 0, exclusiveMaximum: 1 } } : {}),
      },
      {
        type: 'string',
        pattern: numberText(parts),
        patternErrorMessage: `${rule.expected.th} / ${rule.expected.en}`,
        ...(options.notFraction ? { not: { pattern: FRACTION_TEXT } } : {}),
      },
    ],
  };
}

/** A number field: a JSON number, or text in Thai or Arabic digits, checked against `rule`. */
export function numberField(rule: NumberRule) {
  return withJsonSchema(numberReader(rule), replaceWith(numberJsonSchema(rule)));
}

function numberReader(rule: NumberRule) {
  return z.union([z.number(), z.string()]).transform((value, ctx): number => {
    let n: number;
    if (typeof value === 'number') n = value;
    else {
      const comma = value.includes(',') && (!rule.thousands || parseThaiNumber(value, true) === undefined);
      const reading = pointReading(value);
      if (comma) {
        const point = reading ?? '88.22';
        addProblem(ctx, {
          kind: 'comma-decimal',
          expected: {
            th: `ตัวเลขที่ใช้จุดทศนิยม เช่น ${thai(point)} (ไม่ใช่จุลภาค)`,
            en: `a number with a decimal point, such as ${point} (not a comma)`,
          },
          fix: reading
            ? {
                th: `ใช้จุด: ${reading} — ถ้าหมายถึงจำนวนอื่น ให้พิมพ์ตัวเลขนั้นโดยไม่มีจุลภาค`,
                en: `use a point: ${reading} — if you meant another number, type it without the comma`,
              }
            : { th: 'ใช้จุดสำหรับทศนิยม และจุลภาคเฉพาะคั่นหลักพัน เช่น 1,250,000', en: 'use a point for decimals, and commas only between thousands: 1,250,000' },
        });
        return z.NEVER;
      }
      const parsed = parseThaiNumber(value, rule.thousands ?? false);
      if (parsed === undefined) {
        addProblem(ctx, { kind: 'number', expected: NUMBER_EXPECTED, fix: NUMBER_FIX });
        return z.NEVER;
      }
      n = parsed;
    }
    const outside =
      !Number.isFinite(n) ||
      n < rule.min ||
      n > rule.max ||
      (rule.integer && !Number.isInteger(n)) ||
      (rule.step !== undefined && !Number.isInteger(n / rule.step));
    if (outside) {
      addProblem(ctx, { kind: rule.kind, expected: rule.expected, fix: rule.fix });
      return z.NEVER;
    }
    if (rule.decimals !== undefined && decimalPlaces(n) > rule.decimals) {
      if (rule.outOf100 && n > 0 && n < 1) {
        const score = (n * 100).toFixed(2);
        addProblem(ctx, {
          kind: 'score-fraction',
          expected: { th: `คะแนนเต็ม ๑๐๐ เช่น ${thai(score)} (ไม่ใช่เศษส่วน)`, en: `a score out of 100, such as ${score} (not a fraction)` },
          fix: { th: `คูณด้วย ๑๐๐: ${thai(score)}`, en: `multiply by 100: ${score}` },
        });
        return z.NEVER;
      }
      const rounded = n.toFixed(rule.decimals);
      addProblem(ctx, {
        kind: 'decimals',
        expected: {
          th: `ทศนิยมไม่เกิน ${thai(String(rule.decimals))} ตำแหน่ง เช่น ${thai(rounded)} (เอกสารพิมพ์ ${thai(String(rule.decimals))} ตำแหน่ง)`,
          en: `at most ${rule.decimals} decimal places, such as ${rounded} (the documents print ${rule.decimals})`,
        },
        fix: {
          th: `ปัดเป็นทศนิยม ${thai(String(rule.decimals))} ตำแหน่งตามที่ประกาศ เช่น ${thai(rounded)}`,
          en: `round it to ${rule.decimals} decimals as published, e.g. ${rounded}`,
        },
      });
      return z.NEVER;
    }
    return n;
  });
}

/**
 * A Buddhist-era year: 2550–2700, typed as a number or as text ("๒๕๖๔", "พ.ศ. 2564"). A Gregorian year or a
 * range ("2564-2565") is refused with what to type instead.
 */
export function yearField() {
  const expected: Bilingual = { th: 'ปีพุทธศักราช ๔ หลัก เช่น ๒๕๖๘ (ตัวเลข)', en: 'a four-digit Buddhist-era year such as 2568 (a number)' };
  return withJsonSchema(
    yearReader(expected),
    replaceWith({
      anyOf: [
        { type: 'integer', minimum: 2550, maximum: 2700 },
        { type: 'string', pattern: YEAR_PATTERN, patternErrorMessage: `${expected.th} / ${expected.en}` },
      ],
    }),
  );
}

function yearReader(expected: Bilingual) {
  return z.union([z.number(), z.string()]).transform((value, ctx): number => {
    const text = typeof value === 'number' ? String(value) : toArabicDigits(value.trim()).replace(/^(พ\.\s*ศ\.|พ\.ศ)\s*/, '');
    const range = /^(\d{4})\s*[-–/]\s*(\d{2,4})$/.exec(text);
    if (range) {
      addProblem(ctx, {
        kind: 'year-range',
        expected,
        fix: {
          th: `ระบุปีเดียว: ปีงบประมาณของมาตรการ เช่น ${thai(range[2]!.length === 4 ? range[2]! : range[1]!)} (ปีงบประมาณ ${thai(range[1]!)}–${thai(range[2]!)} คือปีงบประมาณ ${thai(range[2]!.length === 4 ? range[2]! : range[1]!)})`,
          en: `one year: the fiscal year of the measures, e.g. ${range[2]!.length === 4 ? range[2] : range[1]}`,
        },
      });
      return z.NEVER;
    }
    const n = /^\d+(\.0*)?$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isInteger(n) && n >= 2550 && n <= 2700) return n;
    if (Number.isInteger(n) && n >= 2000 && n <= 2157) {
      addProblem(ctx, {
        kind: 'year-range',
        expected,
        fix: { th: `ใช้ปี พ.ศ.: ${thai(String(n))} + ๕๔๓ = ${thai(String(n + 543))}`, en: `use the B.E. year: ${n} + 543 = ${n + 543}` },
      });
      return z.NEVER;
    }
    addProblem(ctx, {
      kind: 'year-range',
      expected,
      fix: {
        th: 'พิมพ์ปี พ.ศ. เป็นตัวเลข ๔ หลัก เช่น 2568 หรือ "๒๕๖๘" (ใช้ปี พ.ศ. ไม่ใช่ ค.ศ.)',
        en: 'type the B.E. year as four digits, e.g. 2568 or "๒๕๖๘" (B.E., not Gregorian)',
      },
    });
    return z.NEVER;
  });
}
