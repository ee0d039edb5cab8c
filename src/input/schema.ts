/**
 * The input format of itadoc: one JSON file per agency and fiscal year.
 *
 * The zod schema below is the single source of truth: `parseInput` validates with it, and `schema/` holds the JSON
 * Schemas generated from it (`npm run schema`; a test fails when they are stale). Every field carries a Thai and
 * English description and an example (`doc`), which editors show through `"$schema"`, messages quote and the starters
 * of `itadoc init` are written from; fields that read text into numbers, dates or codes register the ranges and
 * patterns the JSON Schema states (json-schema-hints.ts).
 *
 * Numbers may be typed as JSON numbers or as text in Thai or Arabic digits ("๙๒.๖๙", "92.69"); dates and months in
 * B.E. or ISO. The schema normalises both, so the rest of itadoc sees plain numbers and Gregorian calendar values.
 */
import { z } from 'zod';
import { toArabicDigits } from '../thai/digits.js';
import { BE_OFFSET, parseDate, parseMonth, parseQuarter, type CalendarDate, type CalendarMonth, type FiscalQuarter } from '../thai/dates.js';
import {
  AGENCY_KINDS,
  ALIGNMENTS,
  ASSESSMENTS,
  BLOCK_TYPES,
  COLUMNS,
  DIGITS,
  GROUP_ORDERS,
  LETTER_KINDS,
  LIST_MARKERS,
  PREFER,
  SCHEMES,
  SELECTIONS,
  STATUSES,
  STEP_STYLES,
  TABLE_ORDERS,
  URGENCIES,
  enumWithAliases,
  literalWithAliases,
  registerAliases,
} from './enums.js';
import {
  DATE_PATTERN,
  INDICATOR_KEY_PATTERN,
  KEY_PATTERN,
  LEVEL_PATTERN,
  MONTH_PATTERN,
  QUESTION_CODE_PATTERN,
  REPORT_BY_PATTERN,
  TEXT_PATTERN,
  TOOL_OF_QUESTION,
  replaceWith,
  withJsonSchema,
} from './json-schema-hints.js';
import { MESSAGES } from './messages.js';
import { numberField, numberJsonSchema, yearField, type NumberRule } from './numbers.js';

/**
 * The description (Thai — English) and one example of a field: editors show them, messages name the example, and
 * `itadoc init` writes the Thai half as the comment above the field.
 */
export const doc = (th: string, en: string, example: unknown) => ({ description: `${th} — ${en}`, examples: [example] });

/** The largest budget of one measure, in baht: under one trillion (the whole national budget is about 3.5 trillion). */
export const MAX_BUDGET = 999_999_999_999.99;

/** A number field (numbers.ts) whose message out of range is that of problem kind `kind` (messages.ts). */
const ranged = (kind: string, rule: Omit<NumberRule, 'kind' | 'expected' | 'fix'>) => numberField({ ...rule, kind, ...MESSAGES[kind]! });

/** A score from 0 to 100, with at most two decimals as the NACC publishes it; never a comma (scores stay below 1,000). */
const score = ranged('score-range', { min: 0, max: 100, decimals: 2, outOf100: true }).meta(
  doc('คะแนน ๐–๑๐๐ (ตัวเลขไทยหรืออารบิก ทศนิยมไม่เกิน ๒ ตำแหน่ง)', 'score 0–100, a number or text in Thai or Arabic digits, at most two decimals', 92.69),
);

/** A published total or tool mean: a score, and never a fraction between 0 and 1 (0.8822 typed for 88.22). */
const publishedScore = withJsonSchema(
  ranged('score-range', { min: 0, max: 100, decimals: 2, outOf100: true }),
  replaceWith(numberJsonSchema({ min: 0, max: 100, decimals: 2, ...MESSAGES['score-range']! }, { notFraction: true })),
);

/** A share of answers, or of work done, in percent: 0 to 100 with at most two decimals. */
const percent = ranged('percent-range', { min: 0, max: 100, decimals: 2 });

/** A Buddhist-era year such as 2563 (Thai digits and "พ.ศ." accepted). */
const yearBE = yearField();

/** Text: not empty, and (in the JSON Schema) none of the characters a document cannot hold. */
const text = withJsonSchema(z.string().trim().min(1, { message: 'empty-text' }), (node) => {
  node.pattern = TEXT_PATTERN;
  node.patternErrorMessage = 'ข้อความที่ไม่ว่าง ไม่มีอักขระควบคุม / non-empty text without control characters';
});
const textList = z.array(text);
/** One paragraph or a list of paragraphs. */
const paragraphs = z.union([text.transform((t) => [t]), textList]);
/** The key of a record of free names (answer choices). */
const freeKey = withJsonSchema(z.string(), (node) => {
  node.pattern = KEY_PATTERN;
});
/** The number of an indicator as a record key: "1" … "10", Thai digits accepted ("๑"). */
const indicatorKey = withJsonSchema(z.string(), (node) => {
  node.pattern = INDICATOR_KEY_PATTERN;
  node.patternErrorMessage = 'เลขตัวชี้วัด ๑ ถึง ๑๐ / an indicator number from 1 to 10';
});

/** A text field read by `parse` into a calendar value; a failure names the problem kind `<kind>-<reason>`. */
function calendarField<T>(parse: (text: string) => T | string, kind: 'date' | 'month') {
  return z.string().transform((value, ctx): T => {
    const parsed = parse(value);
    if (typeof parsed === 'string') {
      ctx.addIssue({ code: 'custom', message: `${kind}-${parsed}`, params: { kind: `${kind}-${parsed}` } });
      return z.NEVER;
    }
    // The same years as fiscal years (B.E. 2550–2700): a date in 0001 or 9999 is a slip, not a date to print.
    const year = (parsed as { year: number }).year + BE_OFFSET;
    if (year < 2550 || year > 2700) {
      ctx.addIssue({ code: 'custom', message: `${kind}-year`, params: { kind: `${kind}-year` } });
      return z.NEVER;
    }
    return parsed;
  });
}

const date = withJsonSchema(
  calendarField<CalendarDate>(parseDate, 'date'),
  replaceWith({ type: 'string', pattern: DATE_PATTERN, patternErrorMessage: `${MESSAGES['date-format']!.expected.th} / ${MESSAGES['date-format']!.expected.en}` }),
).meta(
  doc(
    'วันที่ เช่น "2563-06-18" (พ.ศ.), "2020-06-18" (ค.ศ.) หรือ "18 มิถุนายน 2563"',
    'date: "2563-06-18" (B.E.), "2020-06-18" (ISO) or "18 มิถุนายน 2563"',
    '2569-10-01',
  ),
);

const month = withJsonSchema(
  calendarField<CalendarMonth>(parseMonth, 'month'),
  replaceWith({ type: 'string', pattern: MONTH_PATTERN, patternErrorMessage: `${MESSAGES['month-format']!.expected.th} / ${MESSAGES['month-format']!.expected.en}` }),
).meta(doc('เดือน เช่น "2567-10" (พ.ศ.) หรือ "ต.ค. 67"', 'month: "2567-10" (B.E.), "2024-10" or "ต.ค. 67"', '2569-10'));

/** When a measure reports: a day, a month ("ภายในเดือน…") or a quarter of the fiscal year. */
export type ReportBy = { date: CalendarDate } | { month: CalendarMonth } | { quarter: FiscalQuarter };

const reportBy = withJsonSchema(
  z.string().transform((value, ctx): ReportBy => {
    const asDate = parseDate(value);
    if (typeof asDate !== 'string') return { date: asDate };
    const asMonth = parseMonth(value);
    if (typeof asMonth !== 'string') return { month: asMonth };
    const asQuarter = parseQuarter(value);
    if (typeof asQuarter !== 'string') return { quarter: asQuarter };
    ctx.addIssue({ code: 'custom', message: 'report-by', params: { kind: 'report-by' } });
    return z.NEVER;
  }),
  replaceWith({ type: 'string', pattern: REPORT_BY_PATTERN, patternErrorMessage: `${MESSAGES['report-by']!.expected.th} / ${MESSAGES['report-by']!.expected.en}` }),
).meta(
  doc(
    'กำหนดรายงานผล: วันที่ ("2566-03-31"), เดือน ("มีนาคม 2566", "2566-03") หรือไตรมาส ("ไตรมาส 2/2566")',
    'report by: a date ("2566-03-31"), a month ("มีนาคม 2566", "2566-03") or a fiscal quarter ("ไตรมาส 2/2566", "Q2/2566")',
    'ไตรมาส 2/2570',
  ),
);

/** Question codes: I1–I30, E1–E15, O1–O43, or an O-group such as "O1-O9"; Thai digits accepted. */
const questionCode = withJsonSchema(
  z
    .string()
    .transform((v) => toArabicDigits(v.trim()).toUpperCase().replace(/\s+/g, '').replace(/–/g, '-'))
    .refine((v) => /^[IEO]\d{1,2}(-[IEO]?\d{1,2})?$/.test(v), {
      message: 'question-code',
      params: { kind: 'question-code' },
    }),
  replaceWith({
    type: 'string',
    pattern: QUESTION_CODE_PATTERN,
    patternErrorMessage: `${MESSAGES['question-code']!.expected.th} / ${MESSAGES['question-code']!.expected.en}`,
  }),
).meta(doc('รหัสข้อคำถาม เช่น I1, E11, O42 หรือกลุ่ม "O1-O9"', 'question code: I1, E11, O42 or a group "O1-O9"', 'E6'));

/** Indicator number 1–10 typed as a number or text (the JSON Schema says 1–10: no framework has more). */
const indicatorNumber = withJsonSchema(
  ranged('indicator-number', { min: 1, max: 99, integer: true }),
  replaceWith(numberJsonSchema({ min: 1, max: 10, integer: true, ...MESSAGES['indicator-number']! })),
).meta(doc('เลขตัวชี้วัด ๑–๑๐', 'indicator number, 1–10', 9));

/** A place in a ranking, and how many were ranked: whole numbers from 1 (Thailand has about 8,000 agencies). */
const rankNumber = ranged('rank-range', { min: 1, max: 100_000, integer: true });

const toolName = z.enum(['IIT', 'EIT', 'OIT']);

/** A published level: AA…F (2562–2565) or ผ่านดีเยี่ยม … ต้องปรับปรุงโดยด่วน (from 2566); which of them, the year says. */
const levelName = withJsonSchema(z.string().trim().min(1, { message: 'empty-text' }), (node) => {
  node.pattern = LEVEL_PATTERN;
  node.patternErrorMessage = 'ระดับ AA–F (ถึงปี ๒๕๖๕) หรือ ผ่านดีเยี่ยม ผ่านดี ผ่าน ต้องปรับปรุง ต้องปรับปรุงโดยด่วน (ตั้งแต่ปี ๒๕๖๖) / a level: AA–F (to 2565) or ผ่านดีเยี่ยม … ต้องปรับปรุงโดยด่วน (from 2566)';
});

const person = z.strictObject({
  name: text.meta(doc('ชื่อเต็ม', 'full name', 'นายแพทย์สมชาย ใจดี')),
  position: paragraphs.meta(doc('ตำแหน่ง (หนึ่งบรรทัด หรือรายการหลายบรรทัด)', 'position, one line or a list of lines', 'ผู้อำนวยการโรงพยาบาลบางกรวย')),
  actingFor: paragraphs
    .optional()
    .meta(
      doc(
        'ตำแหน่งที่ปฏิบัติราชการแทน (พิมพ์ "ปฏิบัติราชการแทน" ต่อท้ายตำแหน่งให้เอง)',
        'the position signed for; "ปฏิบัติราชการแทน" is added after the position',
        'ผู้ว่าราชการจังหวัดนนทบุรี',
      ),
    ),
});

const PERSON_EXAMPLE = { name: 'นายแพทย์สมชาย ใจดี', position: 'ผู้อำนวยการโรงพยาบาลบางกรวย' };

const agency = z.strictObject({
  name: text.meta(doc('ชื่อหน่วยงานเต็ม', 'the agency\'s full name', 'โรงพยาบาลบางกรวย')),
  kind: enumWithAliases(AGENCY_KINDS).meta(
    doc(
      'ประเภทหน่วยงาน: จังหวัด อำเภอ เทศบาล อบต. อบจ. กรม ส่วนราชการส่วนภูมิภาค โรงเรียน วิทยาลัย มหาวิทยาลัย โรงพยาบาล รัฐวิสาหกิจ อื่น ๆ',
      'kind of agency',
      'hospital',
    ),
  ),
  owningUnit: text
    .optional()
    .meta(doc('ส่วนราชการเจ้าของเรื่อง (ผู้จัดทำเอกสาร)', 'the unit that writes the documents', 'กลุ่มงานบริหารทั่วไป โรงพยาบาลบางกรวย')),
  address: textList.optional().meta(doc('ที่อยู่ บรรทัดละรายการ', 'address, one line per item', ['๕๕ หมู่ ๑ ตำบลบางกรวย', 'อำเภอบางกรวย จังหวัดนนทบุรี ๑๑๑๓๐'])),
  phone: text.optional().meta(doc('หมายเลขโทรศัพท์', 'telephone', '๐ ๒๔๔๗ ๑๐๐๐')),
  fax: text.optional().meta(doc('หมายเลขโทรสาร', 'fax', '๐ ๒๔๔๗ ๑๐๐๑')),
  email: text.optional().meta(doc('อีเมลของหน่วยงาน', 'e-mail', 'saraban@example.go.th')),
  website: text.optional().meta(doc('เว็บไซต์ของหน่วยงาน', 'website', 'https://www.example.go.th')),
  emblem: text.optional().meta(doc('ไฟล์ภาพตราครุฑหรือตราหน่วยงาน PNG/JPEG (เทียบกับไฟล์นี้)', 'the emblem image, PNG or JPEG, relative to this file', 'garuda.png')),
  head: person.optional().meta(doc('หัวหน้าหน่วยงาน', 'head of the agency', PERSON_EXAMPLE)),
});

const subItem = z.strictObject({
  text: text.meta(doc('ข้อความของประเด็นย่อย', 'the sub-item', 'เป็นไปตามขั้นตอนที่กำหนด')),
  score: score.meta(doc('คะแนนของประเด็นย่อย ๐–๑๐๐', 'score of the sub-item, 0–100', 91.93)),
  answers: z
    .record(freeKey, percent)
    .optional()
    .meta(doc('ร้อยละของคำตอบแต่ละตัวเลือกของประเด็นย่อย', 'share of answers per choice for this sub-item, in percent', { มากที่สุด: 60.5, มาก: 30 })),
});

const question = z.strictObject({
  code: questionCode,
  text: text.optional().meta(doc('ข้อความของข้อคำถาม', 'question text', 'เจ้าหน้าที่ให้บริการตามขั้นตอนที่กำหนด')),
  score: score.meta(doc('คะแนนของข้อคำถาม ๐–๑๐๐', 'score of the question, 0–100', 88.5)),
  subItems: z.array(subItem).optional().meta(doc('ประเด็นย่อยของข้อคำถาม', 'sub-items of the question', [{ text: 'เป็นไปตามขั้นตอนที่กำหนด', score: 91.93 }])),
  answers: z
    .record(freeKey, percent)
    .optional()
    .meta(doc('ร้อยละของคำตอบแต่ละตัวเลือก', 'share of answers per choice in percent', { มากที่สุด: 60.5, มาก: 30, น้อย: 9.5 })),
});

const recommendation = withJsonSchema(z.strictObject({
  tool: toolName.optional().meta(doc('เครื่องมือ IIT, EIT หรือ OIT', 'the tool', 'EIT')),
  indicator: indicatorNumber.optional(),
  question: questionCode.optional(),
  topic: text.optional().meta(doc('หัวข้อ', 'topic heading', 'การใช้ทรัพย์สินของราชการ')),
  text: text.meta(doc('ข้อเสนอแนะของผู้ประเมิน', "the assessor's recommendation", 'ควรเผยแพร่ขั้นตอนการให้บริการให้ชัดเจน')),
}), (node) => {
  node.allOf = TOOL_OF_QUESTION;
});

const indicatorScores = z
  .record(indicatorKey, score)
  .meta(doc('คะแนนรายตัวชี้วัด ตามเลขตัวชี้วัด ๑–๑๐', 'score per indicator, keyed by its number 1–10', { '1': 97.81, '2': 96.16 }));

const scores = z.strictObject({
  overall: publishedScore.optional().meta(doc('คะแนนรวมตามประกาศของ ป.ป.ช.', 'the published overall score', 92.69)),
  prefer: enumWithAliases(PREFER)
    .optional()
    .meta(
      doc(
        'เมื่อคะแนนรวม ระดับ หรือค่าเฉลี่ยที่ประกาศไม่ตรงกับที่คำนวณจากคะแนนรายตัวชี้วัด (ต่างกันเกิน ๐.๐๑): "published" (ที่ประกาศ) พิมพ์ตัวเลขที่ประกาศทุกหน้า "computed" (ที่คำนวณ) พิมพ์ตัวเลขที่คำนวณได้ (ถ้าไม่ระบุ ถือเป็นข้อผิดพลาด)',
        'when the published overall, level or tool means disagree with what the indicator scores compute (by more than 0.01): "published" prints the published figures on every page, "computed" the computed ones; without it the input is refused',
        'published',
      ),
    ),
  level: levelName
    .optional()
    .meta(
      doc(
        'ระดับตามประกาศ: AA–F (ถึงปี ๒๕๖๕) หรือ ผ่านดีเยี่ยม ผ่านดี ผ่าน ต้องปรับปรุง ต้องปรับปรุงโดยด่วน (ตั้งแต่ปี ๒๕๖๖)',
        'the published level: AA–F (to 2565) or the pass levels (from 2566)',
        'ผ่านดี',
      ),
    ),
  indicators: indicatorScores.optional(),
  tools: z
    .partialRecord(toolName, publishedScore)
    .optional()
    .meta(doc('คะแนนเฉลี่ยรายเครื่องมือตามประกาศ', 'the published mean per tool', { IIT: 96.42, EIT: 80.88, OIT: 98.75 })),
  questions: z.array(question).optional().meta(doc('คะแนนรายข้อคำถาม', 'scores per question', [{ code: 'E6', score: 71.5 }])),
  rank: z
    .strictObject({
      position: rankNumber.meta(doc('ลำดับที่', 'the place in the ranking', 5)),
      of: rankNumber.meta(doc('จำนวนหน่วยงานที่จัดอันดับ', 'how many were ranked', 76)),
      group: text.optional().meta(doc('กลุ่มที่จัดอันดับ', 'the ranked group', 'จังหวัด')),
      note: text.optional().meta(doc('หมายเหตุที่พิมพ์ในวงเล็บหลังลำดับ', 'a note printed in brackets after the place', 'ร่วม')),
    })
    .optional()
    .meta(doc('ลำดับของหน่วยงาน', "the agency's place in a ranking", { position: 5, of: 76, group: 'จังหวัด' })),
  previous: z
    .strictObject({
      overall: publishedScore.optional().meta(doc('คะแนนรวมของปีก่อน', "last year's overall score", 88.22)),
      indicators: indicatorScores.optional(),
    })
    .optional()
    .meta(doc('คะแนนปีก่อนหน้า', "the previous year's scores", { overall: 88.22 })),
  recommendations: z
    .array(recommendation)
    .optional()
    .meta(doc('ข้อเสนอแนะของผู้ประเมิน', "the assessor's recommendations", [{ tool: 'EIT', text: 'ควรเผยแพร่ขั้นตอนการให้บริการให้ชัดเจน' }])),
  analysis: z
    .record(
      indicatorKey,
      z.union([
        paragraphs.transform((text) => ({ assessment: undefined, text })),
        z.strictObject({
          assessment: enumWithAliases(ASSESSMENTS)
            .optional()
            .meta(doc('จุดแข็ง (strength) หรือ จุดอ่อน (weakness) ค่าเริ่มต้น ตามเกณฑ์ผ่าน', 'strength or weakness; default by the pass mark', 'weakness')),
          text: paragraphs.meta(doc('บทวิเคราะห์', 'the analysis', 'ผู้รับบริการยังไม่ทราบช่องทางร้องเรียน')),
        }),
      ]),
    )
    .optional()
    .meta(
      doc(
        'บทวิเคราะห์ (สาเหตุ) รายตัวชี้วัด',
        'analysis paragraphs per indicator number, optionally marked strength or weakness',
        { '10': ['ยังไม่ได้เผยแพร่มาตรการป้องกันการทุจริตบนเว็บไซต์'], '3': { assessment: 'strength', text: 'การมอบหมายงานเป็นธรรม' } },
      ),
    ),
});

const itemOverride = (which: string, example: { code: string; title: string }) =>
  z
    .strictObject({
      code: text.optional().meta(doc(`รหัสข้อของ${which}ในแบบตรวจ OIT ของปีนั้น`, `the item code of ${which === 'เอกสารมาตรการ' ? 'the measures' : 'the report'} in that year's OIT list`, example.code)),
      title: text.optional().meta(doc(`ชื่อ${which}`, `the title of ${which === 'เอกสารมาตรการ' ? 'the measures document' : 'the report'}`, example.title)),
    })
    .optional();

const frameworkOverrides = z.strictObject({
  weights: z
    .partialRecord(toolName, ranged('weight-range', { min: 0, max: 100, decimals: 2 }))
    .optional()
    .meta(doc('น้ำหนักร้อยละของแต่ละเครื่องมือ รวมกันเป็น ๑๐๐', 'weight of each tool in percent, adding up to 100', { IIT: 30, EIT: 30, OIT: 40 })),
  indicators: z
    .record(
      indicatorKey,
      z.strictObject({
        name: text.optional().meta(doc('ชื่อตัวชี้วัดที่พิมพ์', 'the name printed', 'การปรับปรุงระบบการทำงาน')),
        tool: toolName.optional().meta(doc('เครื่องมือที่วัดตัวชี้วัดนี้', 'the tool that measures it', 'EIT')),
      }),
    )
    .optional()
    .meta(doc('ชื่อหรือเครื่องมือของตัวชี้วัดที่ต่างจากกรอบการประเมิน', 'indicator names or tools that differ from the framework', { '8': { name: 'การปรับปรุงระบบการทำงาน' } })),
  measuresItem: itemOverride('เอกสารมาตรการ', { code: 'O25', title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน' }).meta(
    doc(
      'รหัสและชื่อข้อของเอกสารมาตรการ เมื่อ itadoc ไม่ทราบหรือไม่ถูกต้อง (ดู docs/ita.md)',
      'the item code and title of the measures document, when itadoc does not know them or has them wrong (docs/ita.md)',
      { code: 'O25' },
    ),
  ),
  reportItem: itemOverride('รายงานผล', { code: 'O26', title: 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน' }).meta(
    doc('รหัสและชื่อข้อของรายงานผลการดำเนินการ (ดู docs/ita.md)', 'the item code and title of the report (docs/ita.md)', { code: 'O26' }),
  ),
});

const settings = z.strictObject({
  passMark: score.optional().meta(doc('เกณฑ์ผ่าน (ค่าเริ่มต้น ๘๕)', 'pass mark, default 85', 85)),
  digits: enumWithAliases(DIGITS).optional().meta(doc('เลขไทย (thai) หรือเลขอารบิก (arabic) ค่าเริ่มต้น เลขไทย', 'Thai (default) or Arabic digits', 'thai')),
  font: text.optional().meta(doc('ชื่อแบบอักษรของ DOCX (ค่าเริ่มต้น TH SarabunPSK)', 'font family of the DOCX', 'TH SarabunPSK')),
  fontDir: text
    .optional()
    .meta(
      doc(
        'โฟลเดอร์ฟอนต์ TTF ของหน่วยงานสำหรับ PDF (เทียบกับไฟล์นี้)',
        "folder of the agency's TTF fonts for the PDF, relative to this file; --font-dir wins",
        'fonts/THSarabunNew',
      ),
    ),
  fontSize: ranged('font-size-range', { min: 8, max: 32, step: 0.5 })
    .optional()
    .meta(doc('ขนาดตัวอักษรเนื้อความ (พอยต์) ๘–๓๒ ค่าเริ่มต้น ๑๖', 'body font size in points, 8–32, default 16', 16)),
  words: z
    .array(
      text.refine((w) => /^[\u0E01-\u0E3A\u0E40-\u0E4E]+$/u.test(w), { message: 'thai-word', params: { kind: 'thai-word' } }),
    )
    .optional()
    .meta(
      doc(
        'คำที่ห้ามตัดเมื่อขึ้นบรรทัดใหม่ใน PDF เช่น ชื่อบุคคล ชื่อหน่วยงาน ศัพท์เฉพาะ (อักษรไทยล้วน ไม่มีเว้นวรรค)',
        'words a PDF line never breaks inside: names, agency names, terms of the field (Thai letters only, no spaces)',
        ['บุญเลิศ'],
      ),
    ),
});

const measure = z.strictObject({
  id: text
    .optional()
    .meta(
      doc(
        'รหัสมาตรการ ไม่ซ้ำกัน ใช้อ้างถึงมาตรการในรายงานผล (progress.items[].measure) — ถ้าไม่ระบุ ใช้ "M" ตามด้วยลำดับในรายการ: M1, M2, … (รหัสนี้เปลี่ยนเมื่อย้ายลำดับ จึงควรระบุเองเมื่อมีรายงานผล)',
        'measure id, unique: the progress report (progress.items[].measure) names the measure by it — when absent, "M" and the place in the list: M1, M2, … (which changes when measures are moved, so give ids once there is a progress report)',
        'M1',
      ),
    ),
  group: text.optional().meta(doc('รหัสกลุ่มใน measureGroups', 'id of a group in measureGroups', 'G1')),
  weakness: text.optional().meta(doc('ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่มาตรการแก้ไข', 'the weakness the measure answers', 'ผู้รับบริการไม่ทราบช่องทางร้องเรียน')),
  title: paragraphs.meta(
    doc(
      'ชื่อมาตรการ (หนึ่งบรรทัด หรือรายการหลายบรรทัดเมื่อมีมาตรการย่อย)',
      'measure title; a list when it holds sub-measures',
      'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ',
    ),
  ),
  addresses: z
    .array(z.union([indicatorNumber, questionCode]))
    .optional()
    .meta(doc('ตัวชี้วัดหรือข้อคำถามที่มาตรการตอบ', 'the indicators or questions it answers', [9, 'E6'])),
  steps: z
    .array(
      z.union([
        text,
        z.strictObject({
          text: text.meta(doc('ขั้นตอน', 'the step', 'จัดประชุมชี้แจงเจ้าหน้าที่')),
          items: textList.meta(doc('ขั้นตอนย่อย', 'sub-steps, listed under the step', ['กลุ่มงานบริหาร', 'กลุ่มงานการพยาบาล'])),
        }),
      ]),
    )
    .optional()
    .meta(
      doc(
        'ขั้นตอนหรือวิธีการปฏิบัติ: ข้อความ หรือ {"text": "...", "items": ["ขั้นตอนย่อย", ...]}',
        'steps: text, or {"text": "...", "items": [sub-steps]}; a single step prints as a paragraph without a marker',
        ['แต่งตั้งผู้รับผิดชอบการเผยแพร่ข้อมูล', 'ตรวจสอบข้อมูลบนเว็บไซต์ทุกเดือน'],
      ),
    ),
  responsible: paragraphs.optional().meta(doc('ผู้รับผิดชอบ', 'responsible unit(s)', 'กลุ่มงานบริหารทั่วไป')),
  period: z
    .strictObject({
      start: month.meta(doc('เดือนที่เริ่ม', 'the first month', '2569-10')),
      end: month.meta(doc('เดือนที่สิ้นสุด', 'the last month', '2570-09')),
    })
    .optional()
    .meta(doc('ระยะเวลาดำเนินการ: เดือนเริ่ม (start) และเดือนสิ้นสุด (end)', 'period: its start and end month', { start: '2569-10', end: '2570-09' })),
  budget: ranged('budget-range', { min: 0, max: MAX_BUDGET, decimals: 2, thousands: true })
    .optional()
    .meta(doc('งบประมาณ (บาท)', 'budget in baht', 15000)),
  monitoring: paragraphs.optional().meta(doc('การติดตามประเมินผลและการรายงาน', 'monitoring and reporting', 'รายงานผู้อำนวยการทุกไตรมาส')),
  reportBy: reportBy.optional(),
});

/** The id a measure without one gets: "M" and its place in the list, from 1. */
export const generatedMeasureId = (index: number) => `M${index + 1}`;

const measureGroup = z.strictObject({
  id: text.meta(doc('รหัสกลุ่ม ใช้ใน measures[].group', 'group id, used by measures[].group', 'G1')),
  title: text.meta(doc('หัวข้อกลุ่มมาตรการ (พิมพ์คร่อมตาราง)', 'group heading, printed across the table', 'การเปิดเผยข้อมูล')),
});

const developmentPoint = z.strictObject({
  indicator: indicatorNumber,
  questions: z.array(questionCode).optional().meta(doc('ข้อคำถามของตัวชี้วัดนั้น', 'questions of that indicator', ['O1-O9'])),
  points: textList.meta(doc('ประเด็นที่ควรพัฒนา', 'points to develop', ['ปรับปรุงข้อมูลพื้นฐานบนเว็บไซต์ให้เป็นปัจจุบัน'])),
});

const progressItem = z.strictObject({
  measure: text.meta(doc('รหัสมาตรการ (id ใน measures; ไม่ระบุ id ใช้ M1, M2, … ตามลำดับ)', 'id of the measure (M1, M2, … by place when measures give none)', 'M1')),
  status: enumWithAliases(STATUSES).meta(
    doc(
      'สถานะ: ดำเนินการแล้ว (done), อยู่ระหว่างดำเนินการ (in-progress), ยังไม่ได้ดำเนินการ (not-started)',
      'status: done, in progress or not started',
      'อยู่ระหว่างดำเนินการ',
    ),
  ),
  percent: percent.optional().meta(doc('ร้อยละของงานที่ทำแล้ว', 'share of the work done, in percent', 50)),
  done: paragraphs.optional().meta(doc('ผลการดำเนินการ', 'what was done', 'จัดประชุมชี้แจงเจ้าหน้าที่แล้ว ๒ ครั้ง')),
  outputs: paragraphs.optional().meta(doc('ผลผลิตหรือผลลัพธ์', 'outputs and results', 'เจ้าหน้าที่ร้อยละ ๙๐ เข้าร่วม')),
  problems: z
    .union([z.literal('none'), paragraphs])
    .optional()
    .meta(doc('ปัญหา อุปสรรค ("none" พิมพ์ว่า ไม่มี)', 'problems and obstacles; "none" prints ไม่มี', 'none')),
  recommendations: z
    .union([z.literal('none'), paragraphs])
    .optional()
    .meta(doc('ข้อเสนอแนะ ("none" พิมพ์ว่า ไม่มี)', 'recommendations; "none" prints ไม่มี', 'none')),
  evidence: z
    .array(
      z.strictObject({
        title: text.meta(doc('ชื่อหลักฐาน', 'the evidence', 'รายงานการประชุม')),
        url: text.optional().meta(doc('ที่อยู่เว็บของหลักฐาน', 'its web address', 'https://www.example.go.th/ita/o26.pdf')),
      }),
    )
    .optional()
    .meta(doc('หลักฐานการดำเนินการ', 'evidence', [{ title: 'รายงานการประชุม', url: 'https://www.example.go.th/ita/o26.pdf' }])),
});

const progress = z.strictObject({
  round: z.literal([6, 12]).meta(doc('รอบรายงาน ๖ หรือ ๑๒ เดือน', 'round: 6 or 12 months', 6)),
  asOf: date.optional().meta(doc('ข้อมูล ณ วันที่', 'data as of', '2570-03-31')),
  example: z.boolean().optional().meta(doc('true เมื่อเป็นข้อมูลตัวอย่าง', 'true when the data is an example', false)),
  items: z
    .array(progressItem)
    .meta(doc('ผลการดำเนินการรายมาตรการ', 'the report per measure', [{ measure: 'M1', status: 'อยู่ระหว่างดำเนินการ', percent: 50 }])),
});

const enclosure = z.strictObject({
  title: text.meta(doc('ชื่อสิ่งที่ส่งมาด้วย', 'the enclosure', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน')),
  quantity: text.optional().meta(doc('จำนวน', 'quantity', '๑ ชุด')),
});

const letter = z.strictObject({
  kind: enumWithAliases(LETTER_KINDS).meta(
    doc('บันทึกข้อความ (memo) หรือ หนังสือภายนอก/หนังสือเวียน (external)', 'memo or external letter', 'memo'),
  ),
  number: text.meta(doc('เลขที่หนังสือ', 'letter number', 'นบ ๐๐๓๒.๓๐๑/๑๒๓')),
  date: date.meta(doc('ลงวันที่', 'date of the letter', '2569-10-15')),
  subject: text.meta(doc('เรื่อง', 'subject', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐')),
  to: text.meta(doc('เรียน', 'addressee', 'ผู้อำนวยการโรงพยาบาลบางกรวย')),
  urgency: enumWithAliases(URGENCIES).optional().meta(doc('ชั้นความเร็ว: ด่วน ด่วนมาก ด่วนที่สุด', 'urgency', 'ด่วน')),
  references: textList.optional().meta(doc('อ้างถึง', 'references', ['หนังสือสำนักงาน ป.ป.ช. ที่ ปช ๐๐๐๔/ว ๑'])),
  enclosures: z.array(enclosure).optional().meta(doc('สิ่งที่ส่งมาด้วย', 'enclosures', [{ title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', quantity: '๑ ชุด' }])),
  body: paragraphs.optional().meta(doc('เนื้อความ (ถ้าไม่ระบุ เขียนให้จากผลการวิเคราะห์)', 'body paragraphs; written from the analysis when absent', ['...'])),
  closing: text.optional().meta(doc('ข้อความปิด', 'closing line', 'จึงเรียนมาเพื่อโปรดพิจารณา')),
  reportBy: date.optional().meta(doc('กำหนดส่งรายงานผล', 'report-by date', '2570-04-30')),
  replyEmail: text.optional().meta(doc('อีเมลสำหรับส่งรายงาน', 'e-mail for the reports', 'ita@example.go.th')),
  signatory: person.meta(doc('ผู้ลงนาม', 'who signs', PERSON_EXAMPLE)),
  contact: z
    .strictObject({
      unit: paragraphs.optional().meta(doc('ส่วนราชการเจ้าของเรื่อง', 'the owning unit', 'กลุ่มงานบริหารทั่วไป')),
      phone: text.optional().meta(doc('โทร.', 'telephone', '๐ ๒๔๔๗ ๑๐๐๐ ต่อ ๑๒๓')),
      fax: text.optional().meta(doc('โทรสาร', 'fax', '๐ ๒๔๔๗ ๑๐๐๑')),
      email: text.optional().meta(doc('ไปรษณีย์อิเล็กทรอนิกส์', 'e-mail', 'saraban@example.go.th')),
    })
    .optional()
    .meta(doc('ส่วนราชการเจ้าของเรื่อง โทร. โทรสาร (มุมล่างซ้าย)', 'the contact lines at the foot', { unit: 'กลุ่มงานบริหารทั่วไป', phone: '๐ ๒๔๔๗ ๑๐๐๐' })),
});

const signOff = z.strictObject({
  preparedBy: person.optional().meta(doc('ผู้จัดทำ', 'prepared by', PERSON_EXAMPLE)),
  approvedBy: person.optional().meta(doc('ผู้อนุมัติ', 'approved by', PERSON_EXAMPLE)),
});

const columnName = enumWithAliases(COLUMNS);

const measuresTable = z.strictObject({
  columns: z
    .array(columnName)
    .optional()
    .meta(
      doc(
        'คอลัมน์ของตารางมาตรการตามลำดับ (ค่าเริ่มต้น คอลัมน์ที่มีข้อมูล)',
        'columns of the measures table in order; default: those the measures have data for',
        ['measure', 'steps', 'responsible', 'period'],
      ),
    ),
  labels: z
    .partialRecord(columnName, text)
    .optional()
    .meta(doc('หัวคอลัมน์', 'column headings', { measure: 'มาตรการ/โครงการ/กิจกรรม' })),
  widths: z
    .array(ranged('width-range', { min: 0.01, max: 100 }))
    .optional()
    .meta(doc('ความกว้างสัมพัทธ์ของแต่ละคอลัมน์ตามลำดับ columns', 'relative width of each column, in the order of columns', [3, 5, 2, 2])),
  numbering: z.boolean().optional().meta(doc('ใส่ลำดับ ๑. ๒. หน้าชื่อมาตรการ (ค่าเริ่มต้น true)', 'number the measures; default true', true)),
  stepStyle: enumWithAliases(STEP_STYLES)
    .optional()
    .meta(doc('รูปแบบขั้นตอน: ตัวเลข ๑. ๒. (numbered), ขีด - (dash) หรือย่อหน้า (paragraphs)', 'steps as "๑.", "-" or plain paragraphs', 'numbered')),
  rowsAcrossPages: z
    .boolean()
    .optional()
    .meta(
      doc(
        'ให้แถวที่ยาวต่อข้ามหน้าได้ใต้หัวตารางที่พิมพ์ซ้ำ (แถวสั้นและหัวข้อกลุ่มไม่แยก)',
        'let long rows run onto the next page under the repeated header; short rows and group headings stay whole',
        true,
      ),
    ),
});

/** A nested list item: text, or {"text": ..., "items": [...]} with items under it. */
type ListItemInput = string | { text: string; items?: ListItemInput[] };
const listItem: z.ZodType<ListItemInput> = z.lazy(() =>
  z.union([
    text,
    z.strictObject({
      text: text.meta(doc('ข้อความของรายการ', 'the item', 'ด้านการเปิดเผยข้อมูล')),
      items: z.array(listItem).optional().meta(doc('รายการย่อย', 'items under it', ['ปรับปรุงเว็บไซต์'])),
    }),
  ]),
);

const listMarker = enumWithAliases(LIST_MARKERS);

/** One group of the per-indicator analysis: which indicators, in which order, under which heading. */
const analysisGroup = z.strictObject({
  title: text.optional().meta(doc('หัวข้อกลุ่ม', 'group heading', 'ประเด็นที่ต้องแก้ไขโดยเร่งด่วน')),
  lead: paragraphs.optional().meta(doc('ข้อความนำก่อนรายการตัวชี้วัด', 'lead-in paragraphs before the indicators', 'ตัวชี้วัดที่ได้คะแนนต่ำกว่าเกณฑ์ ได้แก่')),
  indicators: z.array(indicatorNumber).optional().meta(doc('ตัวชี้วัดที่อยู่ในกลุ่ม (ระบุเอง)', 'the indicators of the group, listed', [7, 8])),
  select: enumWithAliases(SELECTIONS)
    .optional()
    .meta(doc('เลือกตามเกณฑ์ผ่าน: ต่ำกว่าเกณฑ์ (weak), ผ่านเกณฑ์ (strong), ทั้งหมด (all)', 'select by the pass mark: weak, strong or all', 'weak')),
  below: score.optional().meta(doc('เฉพาะตัวชี้วัดที่คะแนนต่ำกว่าค่านี้', 'only indicators scoring below this', 85)),
  from: score.optional().meta(doc('เฉพาะตัวชี้วัดที่คะแนนตั้งแต่ค่านี้ขึ้นไป', 'only indicators scoring at least this', 75)),
  order: enumWithAliases(GROUP_ORDERS)
    .optional()
    .meta(doc('ลำดับ: คะแนนน้อยไปมาก (score, ค่าเริ่มต้น), มากไปน้อย (score-descending) หรือตามเลขตัวชี้วัด (number)', 'order: lowest score first (default), highest first, or by number', 'score')),
  questions: z.boolean().optional().meta(doc('แสดงตารางข้อคำถามใต้แต่ละตัวชี้วัด', 'a question table under each indicator', true)),
  none: text.optional().meta(doc('ข้อความเมื่อไม่มีตัวชี้วัดในกลุ่ม', 'text printed when no indicator falls in the group', 'ไม่มีตัวชี้วัดที่ต่ำกว่าเกณฑ์')),
});

/** The `type` of an outline block: its English code or its Thai name, read as the code. */
registerAliases(BLOCK_TYPES);
const blockType = <T extends keyof typeof BLOCK_TYPES>(code: T) =>
  literalWithAliases(code, BLOCK_TYPES[code]).meta(
    doc(`ชนิดของส่วนประกอบ: ${BLOCK_TYPES[code].join(' หรือ ')} (${code}) ดู docs/outline.md`, `block type "${code}" (docs/outline.md)`, code),
  );
const caption = text.optional().meta(doc('คำบรรยายใต้ภาพหรือแผนภูมิ', 'caption under it', 'แผนภูมิที่ ๑ คะแนนรายตัวชี้วัด'));
const tableWidths = z
  .array(ranged('width-range', { min: 0.01, max: 100 }))
  .optional()
  .meta(doc('ความกว้างสัมพัทธ์ของแต่ละคอลัมน์', 'relative width of each column', [1, 3]));

/** A block of an outline section: a part itadoc writes from the analysis, or the user's own. */
const outlineBlock = z.discriminatedUnion('type', [
  z.strictObject({
    type: blockType('background'),
    text: paragraphs.optional().meta(doc('ความเป็นมา แทนข้อความที่สร้างให้', 'paragraphs instead of the generated ones', 'สำนักงาน ป.ป.ช. ได้พัฒนาเครื่องมือการประเมิน...')),
    tools: z.boolean().optional().meta(doc('false: ไม่พิมพ์รายการเครื่องมือและตัวชี้วัด', 'false leaves out the list of tools and indicators', false)),
  }),
  z.strictObject({ type: blockType('grade-table') }),
  z.strictObject({ type: blockType('pass-mark') }),
  z.strictObject({ type: blockType('overall') }),
  z.strictObject({
    type: blockType('indicator-scores'),
    order: enumWithAliases(TABLE_ORDERS).optional().meta(doc('ลำดับ: ตามเลขตัวชี้วัด (number, ค่าเริ่มต้น) หรือตามคะแนน (score)', 'order: by number (default) or by score', 'score')),
    previous: z.boolean().optional().meta(doc('พิมพ์คะแนนปีก่อนเทียบ', "print last year's scores beside", true)),
  }),
  z.strictObject({ type: blockType('weighted-scores') }),
  z.strictObject({ type: blockType('ranking') }),
  z.strictObject({ type: blockType('tool-summaries') }),
  z.strictObject({
    type: blockType('indicator-analysis'),
    groups: z.array(analysisGroup).min(1).meta(doc('กลุ่มของตัวชี้วัด', 'the groups of indicators', [{ title: 'ประเด็นที่ต้องแก้ไขโดยเร่งด่วน', select: 'weak' }])),
  }),
  z.strictObject({
    type: blockType('question-table'),
    tool: toolName.optional().meta(doc('เฉพาะข้อคำถามของเครื่องมือนี้', 'only the questions of this tool', 'EIT')),
    indicator: indicatorNumber.optional(),
    codes: z.array(questionCode).optional().meta(doc('ข้อคำถามที่พิมพ์ ตามลำดับ', 'the questions printed, in this order', ['E6', 'E1'])),
    title: text.optional().meta(doc('หัวตาราง', 'table title', 'ตารางที่ ๒ คะแนนรายข้อคำถาม EIT')),
    weakOnly: z.boolean().optional().meta(doc('เฉพาะข้อที่ต่ำกว่าเกณฑ์', 'only questions below the pass mark', true)),
    answers: z.boolean().optional().meta(doc('พิมพ์ร้อยละของคำตอบแต่ละตัวเลือก', 'print the share of each answer', true)),
  }),
  z.strictObject({ type: blockType('development-points') }),
  z.strictObject({ type: blockType('strengths-weaknesses') }),
  z.strictObject({ type: blockType('recommendations') }),
  z.strictObject({ type: blockType('measures-table') }),
  z.strictObject({ type: blockType('radar-chart'), caption }),
  z.strictObject({
    type: blockType('bar-chart'),
    caption,
    previous: z.boolean().optional().meta(doc('false: ไม่พิมพ์แท่งคะแนนปีก่อน', "false leaves out last year's bars", false)),
  }),
  z.strictObject({ type: blockType('contact') }),
  z.strictObject({
    type: blockType('closing-mark'),
    mark: text.optional().meta(doc('เครื่องหมายจบเอกสาร (ค่าเริ่มต้น เส้นประ)', 'the closing mark; default a dashed rule', '*****')),
  }),
  z.strictObject({
    type: blockType('heading'),
    text: text.meta(doc('ข้อความหัวข้อ', 'the heading', 'ผลการวิเคราะห์')),
    level: z.literal([1, 2, 3]).optional().meta(doc('ระดับหัวข้อ ๑–๓ (ค่าเริ่มต้น ๒)', 'heading level 1–3, default 2', 2)),
  }),
  z.strictObject({
    type: blockType('paragraphs'),
    text: paragraphs.meta(doc('ย่อหน้า (ข้อความเดียว หรือรายการ)', 'a paragraph or a list of them', ['ย่อหน้าแรก', 'ย่อหน้าที่สอง'])),
    indent: z.boolean().optional().meta(doc('false: ไม่ย่อหน้าบรรทัดแรก', 'false: no first-line indent', false)),
    align: enumWithAliases(ALIGNMENTS)
      .optional()
      .meta(doc('การจัดแนว: ชิดซ้าย (left) กึ่งกลาง (center) ชิดขวา (right) กระจายแบบไทย (thai)', 'alignment', 'center')),
  }),
  z.strictObject({
    type: blockType('list'),
    items: z.array(listItem).min(1).meta(doc('รายการ (ข้อความ หรือ {"text", "items"})', 'the items (text, or {"text", "items"})', ['ข้อแรก', { text: 'ข้อสอง', items: ['ข้อย่อย'] }])),
    marker: listMarker
      .optional()
      .meta(doc('เครื่องหมาย: ตัวเลข ๑. (thai), วงเล็บ (๑) (paren), ๑) (close-paren), ขีด (dash), จุด (bullet), ไม่มี (none)', 'list marker', 'thai')),
  }),
  z.strictObject({
    type: blockType('table'),
    header: textList.optional().meta(doc('หัวตาราง', 'header row', ['ประเด็น', 'ผลการดำเนินการ'])),
    rows: z
      .array(z.array(z.union([text, z.literal('')])))
      .min(1)
      .meta(doc('แถวของตาราง ("" = ช่องว่าง)', 'rows ("" for an empty cell)', [['เว็บไซต์', 'ปรับปรุงแล้ว']])),
    widths: tableWidths,
    size: ranged('table-size', { min: 8, max: 32, step: 0.5 })
      .optional()
      .meta(doc('ขนาดตัวอักษรในตาราง (พอยต์)', 'text size in the table, points', 14)),
  }),
  z.strictObject({
    type: blockType('image'),
    src: text.meta(doc('ไฟล์ภาพ PNG, JPEG หรือ SVG (เทียบกับไฟล์นี้)', 'a PNG, JPEG or SVG file, relative to this file', 'photos/meeting.png')),
    caption,
    width: ranged('image-width', { min: 0.5, max: 16, decimals: 2 })
      .optional()
      .meta(doc('ความกว้างเป็นเซนติเมตร (ไม่เกิน ๑๖)', 'width in cm, at most the 16 cm text width', 12)),
  }),
  z.strictObject({ type: blockType('page-break') }),
]);

const outlineSection = z.strictObject({
  heading: text.optional().meta(doc('หัวข้อของส่วน', 'the section heading, as the user words it', 'ผลการประเมิน')),
  number: z
    .union([text, z.number()])
    .optional()
    .meta(doc('เลขหัวข้อที่พิมพ์หน้าหัวข้อ', 'the section number printed before the heading', 'ส่วนที่ ๑')),
  blocks: z.array(outlineBlock).meta(doc('ส่วนประกอบของส่วนนี้ตามลำดับ', 'the blocks of the section, in order', [{ type: 'overall' }, { type: 'bar-chart' }])),
});

/** The whole input file. */
export const inputSchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .meta(doc('ที่อยู่ของ schema สำหรับโปรแกรมแก้ไข (เขียนด้วย itadoc schema)', 'where editors find the schema (written by itadoc schema)', 'itadoc-input.schema.json')),
    agency: agency.meta(doc('หน่วยงาน', 'the agency', { name: 'โรงพยาบาลบางกรวย', kind: 'hospital' })),
    fiscalYear: yearBE.meta(doc('ปีงบประมาณของมาตรการ (พ.ศ.)', 'fiscal year of the measures (B.E.)', 2570)),
    assessmentYear: yearBE
      .optional()
      .meta(doc('ปีของผลการประเมิน ITA ที่วิเคราะห์ (ค่าเริ่มต้น ปีงบประมาณ − ๑)', 'year of the ITA assessment analysed; default the fiscal year − 1', 2569)),
    scheme: enumWithAliases(SCHEMES)
      .default('nacc')
      .meta(
        doc(
          'เกณฑ์การประเมิน: ป.ป.ช. (nacc, ค่าเริ่มต้น), สพฐ. (obec), สอศ. (ovec), สธ. (moph) หรือ อื่น ๆ (other) — รหัสข้อของเอกสารต่างกันตามเกณฑ์และปี (docs/ita.md)',
          'assessment scheme; the item codes differ by scheme and year (docs/ita.md)',
          'nacc',
        ),
      ),
    framework: frameworkOverrides
      .optional()
      .meta(doc('แก้ข้อมูลกรอบการประเมินที่ itadoc ไม่ทราบหรือไม่แน่ใจ (docs/ita.md)', 'overrides of the facts itadoc does not know or is unsure of (docs/ita.md)', { measuresItem: { code: 'O25' } })),
    settings: settings.optional().meta(doc('การตั้งค่าเอกสาร', 'document settings', { passMark: 85, digits: 'thai' })),
    scores: scores
      .optional()
      .meta(doc('ผลคะแนนการประเมิน ITA ที่วิเคราะห์ (ทุกช่องไม่บังคับ)', 'the ITA scores analysed; every field optional', { overall: 92.69, indicators: { '1': 97.81 } })),
    titles: z
      .strictObject({
        o42: paragraphs.optional().meta(doc('ชื่อเอกสารมาตรการ (บรรทัดละรายการ)', 'title lines of the measures document', ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส', 'ภายในหน่วยงาน'])),
        o43: paragraphs.optional().meta(doc('ชื่อรายงานผล', 'title lines of the report', ['รายงานผลการดำเนินการ'])),
        form: paragraphs.optional().meta(doc('ชื่อแบบรายงาน', 'title lines of the reporting form', ['แบบรายงานผลการดำเนินงาน'])),
      })
      .optional()
      .meta(doc('ชื่อเอกสาร (แทนชื่อที่สร้างให้)', 'document titles, replacing the generated ones', { o42: ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส'] })),
    preface: paragraphs.optional().meta(doc('คำนำ', 'preface paragraphs', ['เอกสารฉบับนี้จัดทำขึ้นเพื่อ...'])),
    background: paragraphs
      .optional()
      .meta(doc('ความเป็นมา (แทนข้อความที่สร้างจากกรอบการประเมิน)', 'background paragraphs, replacing the generated ones', ['สำนักงาน ป.ป.ช. ได้พัฒนาเครื่องมือ...'])),
    measuresTable: measuresTable
      .optional()
      .meta(doc('รูปแบบตารางมาตรการ', 'the layout of the measures table', { columns: ['measure', 'steps', 'responsible'], widths: [3, 5, 2] })),
    introduction: paragraphs.optional().meta(doc('ข้อความนำก่อนตารางมาตรการ', 'text before the measures table', 'โรงพยาบาลจึงกำหนดมาตรการ ดังนี้')),
    developmentPoints: z
      .array(developmentPoint)
      .optional()
      .meta(doc('ตารางประเด็นที่ควรพัฒนา', 'development points: indicator, questions, points to develop', [{ indicator: 9, questions: ['O1-O9'], points: ['...'] }])),
    measureGroups: z
      .array(measureGroup)
      .optional()
      .meta(doc('หัวข้อกลุ่มของมาตรการ', 'group headings of the measures', [{ id: 'G1', title: 'การเปิดเผยข้อมูล' }])),
    measures: z
      .array(measure)
      // A measure without an id gets "M" and its place in the list (described on `id`).
      .transform((list) => list.map((m, i) => ({ ...m, id: m.id ?? generatedMeasureId(i) })))
      .optional()
      .meta(doc('มาตรการ', 'the measures', [{ id: 'M1', title: 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', responsible: 'กลุ่มงานบริหารทั่วไป' }])),
    outline: z
      .array(outlineSection)
      .optional()
      .meta(
        doc(
          'โครงเรื่องของเอกสารมาตรการ: ส่วนต่าง ๆ ตามลำดับ แต่ละส่วนมีหัวข้อและส่วนประกอบ (docs/outline.md); ถ้าไม่ระบุ ใช้โครงเรื่องมาตรฐาน',
          'outline of the measures document: sections in order, each with a heading and blocks (docs/outline.md); default: the standard structure',
          [{ heading: 'ผลการประเมิน', blocks: [{ type: 'overall' }, { type: 'indicator-scores' }] }],
        ),
      ),
    progress: progress
      .optional()
      .meta(doc('รายงานผลการดำเนินการตามมาตรการ รอบ ๖ หรือ ๑๒ เดือน', 'the 6- or 12-month report on the measures', { round: 6, items: [{ measure: 'M1', status: 'ดำเนินการแล้ว' }] })),
    letter: letter
      .optional()
      .meta(
        doc(
          'หนังสือนำส่ง: บันทึกข้อความ (memo) หรือหนังสือภายนอก/หนังสือเวียน (external)',
          'the covering letter: a memo or an external letter',
          { kind: 'memo', number: 'นบ ๐๐๓๒.๓๐๑/๑๒๓', date: '2569-10-15', subject: '...', to: '...', signatory: PERSON_EXAMPLE },
        ),
      ),
    conclusion: z
      .strictObject({
        title: text.optional().meta(doc('หัวข้อส่วนท้าย', 'heading of the closing section', 'ข้อเสนอแนะ')),
        paragraphs: paragraphs.meta(doc('ข้อความส่วนท้าย (พิมพ์เป็นรายการเลข)', 'the closing paragraphs, printed as a numbered list', ['...'])),
      })
      .optional()
      .meta(doc('ส่วนท้ายของเอกสารมาตรการ', 'closing section of the measures document', { paragraphs: ['...'] })),
    signOff: signOff.optional().meta(doc('ผู้จัดทำและผู้อนุมัติ (ท้ายเอกสารมาตรการ)', 'prepared and approved by, at the end of the measures document', { approvedBy: PERSON_EXAMPLE })),
  })
  .meta(doc('ข้อมูลนำเข้าของ itadoc: หน่วยงานหนึ่ง ปีงบประมาณหนึ่ง', 'itadoc input: one agency and fiscal year', { agency: { name: 'โรงพยาบาลบางกรวย', kind: 'hospital' }, fiscalYear: 2570 }));

/** The input after validation: numbers parsed, dates in the Gregorian calendar. */
export type Input = z.output<typeof inputSchema>;
/** The input as a user types it. */
export type RawInput = z.input<typeof inputSchema>;
export type Measure = NonNullable<Input['measures']>[number];
export type MeasureGroup = NonNullable<Input['measureGroups']>[number];
export type ProgressItem = NonNullable<Input['progress']>['items'][number];
export type Question = NonNullable<NonNullable<Input['scores']>['questions']>[number];
export type Person = z.output<typeof person>;
export type Letter = NonNullable<Input['letter']>;
export type OutlineSection = NonNullable<Input['outline']>[number];
export type OutlineBlock = OutlineSection['blocks'][number];
export type AnalysisGroup = z.output<typeof analysisGroup>;
export type { ListItemInput };
export type AgencyKind = z.output<(typeof agency)['shape']['kind']>;
export type ToolName = z.output<typeof toolName>;
