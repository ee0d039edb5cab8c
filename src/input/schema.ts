/**
 * The input format of itadoc: one JSON file per agency and fiscal year.
 *
 * The zod schema below is the single source of truth: `parseInput` validates with it, and `schema/` holds the JSON
 * Schema generated from it (`npm run schema`; a test fails when the file is stale). Each field carries a Thai and
 * English description that editors show through `"$schema"`.
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
import { MESSAGES } from './messages.js';
import { numberField, yearField, type NumberRule } from './numbers.js';

const describe = (th: string, en: string) => `${th} — ${en}`;

/** The largest budget of one measure, in baht: under one trillion (the whole national budget is about 3.5 trillion). */
export const MAX_BUDGET = 999_999_999_999.99;

/** A number field (numbers.ts) whose message out of range is that of problem kind `kind` (messages.ts). */
const ranged = (kind: string, rule: Omit<NumberRule, 'kind' | 'expected' | 'fix'>) => numberField({ ...rule, kind, ...MESSAGES[kind]! });

/** A score from 0 to 100, with at most two decimals as the NACC publishes it; never a comma (scores stay below 1,000). */
const score = ranged('score-range', { min: 0, max: 100, decimals: 2, outOf100: true }).describe(
  describe('คะแนน ๐–๑๐๐ (ตัวเลขไทยหรืออารบิก)', 'score 0–100, a number or text in Thai or Arabic digits'),
);

/** A share of answers, or of work done, in percent: 0 to 100 with at most two decimals. */
const percent = ranged('percent-range', { min: 0, max: 100, decimals: 2 });

/** A Buddhist-era year such as 2563 (Thai digits and "พ.ศ." accepted). */
const yearBE = yearField().describe(describe('ปีพุทธศักราช เช่น ๒๕๖๘', 'Buddhist-era year, e.g. 2568'));

const text = z.string().trim().min(1, { message: 'empty-text' });
const textList = z.array(text);
/** One paragraph or a list of paragraphs. */
const paragraphs = z.union([text.transform((t) => [t]), textList]);

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

const date = calendarField<CalendarDate>(parseDate, 'date').describe(
  describe(
    'วันที่ เช่น "2563-06-18" (พ.ศ.), "2020-06-18" (ค.ศ.) หรือ "18 มิถุนายน 2563"',
    'date: "2563-06-18" (B.E.), "2020-06-18" (ISO) or "18 มิถุนายน 2563"',
  ),
);

const month = calendarField<CalendarMonth>(parseMonth, 'month').describe(
  describe('เดือน เช่น "2567-10" (พ.ศ.) หรือ "ต.ค. 67"', 'month: "2567-10" (B.E.), "2024-10" or "ต.ค. 67"'),
);

/** When a measure reports: a day, a month ("ภายในเดือน…") or a quarter of the fiscal year. */
export type ReportBy = { date: CalendarDate } | { month: CalendarMonth } | { quarter: FiscalQuarter };

const reportBy = z
  .string()
  .transform((value, ctx): ReportBy => {
    const asDate = parseDate(value);
    if (typeof asDate !== 'string') return { date: asDate };
    const asMonth = parseMonth(value);
    if (typeof asMonth !== 'string') return { month: asMonth };
    const asQuarter = parseQuarter(value);
    if (typeof asQuarter !== 'string') return { quarter: asQuarter };
    ctx.addIssue({ code: 'custom', message: 'report-by', params: { kind: 'report-by' } });
    return z.NEVER;
  })
  .describe(
    describe(
      'กำหนดรายงานผล: วันที่ ("2566-03-31"), เดือน ("มีนาคม 2566", "2566-03") หรือไตรมาส ("ไตรมาส 2/2566")',
      'report by: a date ("2566-03-31"), a month ("มีนาคม 2566", "2566-03") or a fiscal quarter ("ไตรมาส 2/2566", "Q2/2566")',
    ),
  );

/** Question codes: I1–I30, E1–E15, O1–O43, or an O-group such as "O1-O9"; Thai digits accepted. */
const questionCode = z
  .string()
  .transform((v) => toArabicDigits(v.trim()).toUpperCase().replace(/\s+/g, '').replace(/–/g, '-'))
  .refine((v) => /^[IEO]\d{1,2}(-[IEO]?\d{1,2})?$/.test(v), {
    message: 'question-code',
    params: { kind: 'question-code' },
  })
  .describe(describe('รหัสข้อคำถาม เช่น I1, E11, O42 หรือกลุ่ม "O1-O9"', 'question code: I1, E11, O42 or a group "O1-O9"'));

/** Indicator number 1–10 typed as a number or text. */
const indicatorNumber = ranged('indicator-number', { min: 1, max: 99, integer: true });

/** A place in a ranking, and how many were ranked: whole numbers from 1 (Thailand has about 8,000 agencies). */
const rankNumber = ranged('rank-range', { min: 1, max: 100_000, integer: true });

const toolName = z.enum(['IIT', 'EIT', 'OIT']);

const person = z.strictObject({
  name: text.describe(describe('ชื่อเต็ม เช่น นายพินิจ บุญเลิศ', 'full name')),
  position: paragraphs.describe(describe('ตำแหน่ง (หนึ่งบรรทัดหรือหลายบรรทัด)', 'position, one or more lines')),
  actingFor: paragraphs
    .optional()
    .describe(
      describe(
        'ตำแหน่งที่ปฏิบัติราชการแทน เช่น "ผู้ว่าราชการจังหวัดนครปฐม" (พิมพ์ "ปฏิบัติราชการแทน" ต่อท้ายตำแหน่งให้เอง)',
        'the position signed for; "ปฏิบัติราชการแทน" is added after the position',
      ),
    ),
});

const agencyKind = enumWithAliases(AGENCY_KINDS);

const agency = z.strictObject({
  name: text.describe(describe('ชื่อหน่วยงาน เช่น จังหวัดปทุมธานี', 'agency name')),
  kind: agencyKind.describe(describe('ประเภทหน่วยงาน', 'kind of agency')),
  owningUnit: text
    .optional()
    .describe(describe('ส่วนราชการเจ้าของเรื่อง เช่น สำนักงานจังหวัดปทุมธานี', 'owning unit that writes the documents')),
  address: textList.optional().describe(describe('ที่อยู่ บรรทัดละรายการ', 'address lines')),
  phone: text.optional(),
  fax: text.optional(),
  email: text.optional(),
  website: text.optional(),
  emblem: text.optional().describe(describe('ไฟล์ภาพตราครุฑ (PNG/JPEG)', 'path of the emblem image (PNG/JPEG)')),
  head: person.optional().describe(describe('หัวหน้าหน่วยงาน', 'head of the agency')),
});

const subItem = z.strictObject({
  text,
  score,
  answers: z
    .record(z.string(), percent)
    .optional()
    .describe(describe('ร้อยละของคำตอบแต่ละตัวเลือกของประเด็นย่อย', 'share of answers per choice for this sub-item, in percent')),
});

const question = z.strictObject({
  code: questionCode,
  text: text.optional().describe(describe('ข้อความของข้อคำถาม', 'question text')),
  score,
  subItems: z.array(subItem).optional().describe(describe('ประเด็นย่อยของข้อคำถาม', 'sub-items of the question')),
  answers: z
    .record(z.string(), percent)
    .optional()
    .describe(
      describe(
        'ร้อยละของคำตอบแต่ละตัวเลือก เช่น {"มากที่สุด": 60.5}',
        'share of answers per choice in percent',
      ),
    ),
});

const recommendation = z.strictObject({
  tool: toolName.optional(),
  indicator: indicatorNumber.optional(),
  question: questionCode.optional(),
  topic: text.optional().describe(describe('หัวข้อ เช่น การใช้ทรัพย์สินของราชการ', 'topic heading')),
  text,
});

const indicatorScores = z
  .record(z.string(), score)
  .describe(describe('คะแนนรายตัวชี้วัด เช่น {"1": 97.81}', 'score per indicator, keyed by its number'));

const scores = z.strictObject({
  overall: score.optional().describe(describe('คะแนนรวมที่ประกาศ', 'published overall score')),
  prefer: enumWithAliases(PREFER)
    .optional()
    .describe(
      describe(
        'เมื่อคะแนนรวม ระดับ หรือค่าเฉลี่ยที่ประกาศไม่ตรงกับที่คำนวณจากคะแนนรายตัวชี้วัด (ต่างกันเกิน ๐.๐๑): "published" พิมพ์ตัวเลขที่ประกาศทุกหน้า "computed" พิมพ์ตัวเลขที่คำนวณได้ (ถ้าไม่ระบุ ถือเป็นข้อผิดพลาด)',
        'when the published overall, level or tool means disagree with what the indicator scores compute (by more than 0.01): "published" prints the published figures on every page, "computed" the computed ones; without it the input is refused',
      ),
    ),
  level: text.optional().describe(describe('ระดับที่ประกาศ เช่น A', 'published level')),
  indicators: indicatorScores.optional(),
  tools: z
    .partialRecord(toolName, score)
    .optional()
    .describe(describe('คะแนนเฉลี่ยรายเครื่องมือที่ประกาศ', 'published mean per tool')),
  questions: z.array(question).optional(),
  rank: z
    .strictObject({
      position: rankNumber,
      of: rankNumber,
      group: text.optional().describe(describe('กลุ่มที่จัดอันดับ เช่น จังหวัด', 'ranked group, e.g. จังหวัด')),
      note: text.optional(),
    })
    .optional(),
  previous: z
    .strictObject({
      overall: score.optional(),
      indicators: indicatorScores.optional(),
    })
    .optional()
    .describe(describe('คะแนนปีก่อนหน้า', "the previous year's scores")),
  recommendations: z.array(recommendation).optional(),
  analysis: z
    .record(
      z.string(),
      z.union([
        paragraphs.transform((text) => ({ assessment: undefined, text })),
        z.strictObject({
          assessment: enumWithAliases(ASSESSMENTS)
            .optional()
            .describe(describe('จุดแข็ง หรือ จุดอ่อน (ค่าเริ่มต้น ตามเกณฑ์ผ่าน)', 'strength or weakness; default by the pass mark')),
          text: paragraphs,
        }),
      ]),
    )
    .optional()
    .describe(
      describe(
        'บทวิเคราะห์ (สาเหตุ) รายตัวชี้วัด เช่น {"10": ["..."]} หรือ {"3": {"assessment": "strength", "text": "..."}}',
        'analysis paragraphs per indicator number, optionally marked strength or weakness',
      ),
    ),
});

const frameworkOverrides = z.strictObject({
  weights: z
    .partialRecord(toolName, ranged('weight-range', { min: 0, max: 100, decimals: 2 }))
    .optional(),
  indicators: z
    .record(z.string(), z.strictObject({ name: text.optional(), tool: toolName.optional() }))
    .optional(),
  measuresItem: z.strictObject({ code: text.optional(), title: text.optional() }).optional(),
  reportItem: z.strictObject({ code: text.optional(), title: text.optional() }).optional(),
});

const settings = z.strictObject({
  passMark: score.optional().describe(describe('เกณฑ์ผ่าน (ค่าเริ่มต้น ๘๕)', 'pass mark, default 85')),
  digits: enumWithAliases(DIGITS).optional(),
  font: text.optional().describe(describe('ชื่อแบบอักษร (ค่าเริ่มต้น TH SarabunPSK)', 'font family name')),
  fontDir: text
    .optional()
    .describe(
      describe(
        'โฟลเดอร์ฟอนต์ TTF ของหน่วยงานสำหรับ PDF (เทียบกับไฟล์นี้) เช่น "fonts/THSarabunNew"',
        "folder of the agency's TTF fonts for the PDF, relative to this file; --font-dir wins",
      ),
    ),
  fontSize: ranged('font-size-range', { min: 8, max: 32, step: 0.5 })
    .optional()
    .describe(describe('ขนาดตัวอักษรเนื้อความ (พอยต์) ๘–๓๒ ค่าเริ่มต้น ๑๖', 'body font size in points, 8–32, default 16')),
});

const measure = z.strictObject({
  id: text
    .optional()
    .describe(
      describe(
        `รหัสมาตรการ ไม่ซ้ำกัน ใช้อ้างถึงมาตรการในรายงานผล (progress.items[].measure) — ถ้าไม่ระบุ ใช้ "M" ตามด้วยลำดับในรายการ: M1, M2, … (รหัสนี้เปลี่ยนเมื่อย้ายลำดับ จึงควรระบุเองเมื่อมีรายงานผล)`,
        'measure id, unique: the progress report (progress.items[].measure) names the measure by it — when absent, "M" and the place in the list: M1, M2, … (which changes when measures are moved, so give ids once there is a progress report)',
      ),
    ),
  group: text.optional().describe(describe('รหัสกลุ่มใน measureGroups', 'id of a group in measureGroups')),
  weakness: text
    .optional()
    .describe(describe('ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน', 'the weakness the measure answers (seed 001)')),
  title: paragraphs.describe(
    describe('ชื่อมาตรการ (หนึ่งบรรทัด หรือหลายบรรทัดเมื่อมีมาตรการย่อย)', 'measure title; a list when it holds sub-measures'),
  ),
  addresses: z
    .array(z.union([indicatorNumber, questionCode]))
    .optional()
    .describe(describe('ตัวชี้วัดหรือข้อคำถามที่มาตรการตอบ เช่น [7, "E6"]', 'indicators or questions it answers')),
  steps: z
    .array(
      z.union([
        text,
        z.strictObject({
          text,
          items: textList.describe(describe('ขั้นตอนย่อย', 'sub-steps, listed under the step')),
        }),
      ]),
    )
    .optional()
    .describe(
      describe(
        'ขั้นตอน/วิธีการปฏิบัติ: ข้อความ หรือ {"text": "...", "items": ["ขั้นตอนย่อย", ...]}',
        'steps: text, or {"text": "...", "items": [sub-steps]}; a single step prints as a paragraph without a marker',
      ),
    ),
  responsible: paragraphs.optional().describe(describe('ผู้รับผิดชอบ', 'responsible unit(s)')),
  period: z
    .strictObject({ start: month, end: month })
    .optional()
    .describe(describe('ระยะเวลาดำเนินการ', 'period, start and end month')),
  budget: ranged('budget-range', { min: 0, max: MAX_BUDGET, decimals: 2, thousands: true })
    .optional()
    .describe(describe('งบประมาณ (บาท)', 'budget in baht')),
  monitoring: paragraphs.optional().describe(describe('การติดตามประเมินผล/การรายงาน', 'monitoring and reporting')),
  reportBy: reportBy.optional(),
});

/** The id a measure without one gets: "M" and its place in the list, from 1. */
export const generatedMeasureId = (index: number) => `M${index + 1}`;

const measureGroup = z.strictObject({
  id: text,
  title: text.describe(describe('หัวข้อกลุ่มมาตรการ', 'group heading, printed across the table')),
});

const developmentPoint = z.strictObject({
  indicator: indicatorNumber,
  questions: z.array(questionCode).optional(),
  points: textList.describe(describe('ประเด็นที่ควรพัฒนา', 'points to develop')),
});

const progressItem = z.strictObject({
  measure: text.describe(describe('รหัสมาตรการ', 'id of the measure')),
  status: enumWithAliases(STATUSES),
  percent: percent.optional(),
  done: paragraphs.optional().describe(describe('ผลการดำเนินการ', 'what was done')),
  outputs: paragraphs.optional().describe(describe('ผลผลิต/ผลลัพธ์', 'outputs and results')),
  problems: z
    .union([z.literal('none'), paragraphs])
    .optional()
    .describe(describe('ปัญหา อุปสรรค ("none" = ไม่มี)', 'problems and obstacles; "none" prints ไม่มี')),
  recommendations: z
    .union([z.literal('none'), paragraphs])
    .optional()
    .describe(describe('ข้อเสนอแนะ ("none" = ไม่มี)', 'recommendations; "none" prints ไม่มี')),
  evidence: z.array(z.strictObject({ title: text, url: text.optional() })).optional(),
});

const progress = z.strictObject({
  round: z.literal([6, 12]).describe(describe('รอบ ๖ หรือ ๑๒ เดือน', 'round: 6 or 12 months')),
  asOf: date.optional(),
  example: z.boolean().optional().describe(describe('ข้อมูลตัวอย่าง', 'true when the data is an example')),
  items: z.array(progressItem),
});

const enclosure = z.strictObject({
  title: text,
  quantity: text.optional().describe(describe('จำนวน เช่น "๓ ชุด"', 'quantity, e.g. "๓ ชุด"')),
});

const letter = z.strictObject({
  kind: enumWithAliases(LETTER_KINDS).describe(describe('บันทึกข้อความ หรือ หนังสือภายนอก', 'memo or external letter')),
  number: text.describe(describe('เลขที่หนังสือ เช่น "ปท ๐๐๑๗.๕/ว ๑๑๐๘๙"', 'letter number')),
  date,
  subject: text,
  to: text.describe(describe('เรียน', 'addressee')),
  urgency: enumWithAliases(URGENCIES).optional(),
  references: textList.optional().describe(describe('อ้างถึง', 'references')),
  enclosures: z.array(enclosure).optional().describe(describe('สิ่งที่ส่งมาด้วย', 'enclosures')),
  body: paragraphs.optional().describe(describe('เนื้อความ (ถ้าไม่ระบุ จะเขียนให้จากผลการวิเคราะห์)', 'body paragraphs')),
  closing: text.optional().describe(describe('ข้อความปิด เช่น จึงเรียนมาเพื่อพิจารณาดำเนินการ', 'closing line')),
  reportBy: date.optional().describe(describe('กำหนดส่งรายงาน', 'report-by date')),
  replyEmail: text.optional(),
  signatory: person,
  contact: z
    .strictObject({
      unit: paragraphs.optional(),
      phone: text.optional(),
      fax: text.optional(),
      email: text.optional(),
    })
    .optional()
    .describe(describe('ส่วนราชการเจ้าของเรื่อง โทร. โทรสาร', 'contact footer')),
});

const signOff = z.strictObject({
  preparedBy: person.optional(),
  approvedBy: person.optional(),
});

const columnName = enumWithAliases(COLUMNS);

const measuresTable = z.strictObject({
  columns: z
    .array(columnName)
    .optional()
    .describe(
      describe(
        'คอลัมน์ของตารางมาตรการตามลำดับ (ค่าเริ่มต้น: คอลัมน์ที่มีข้อมูล)',
        'columns of the measures table in order; default: those the measures have data for',
      ),
    ),
  labels: z
    .partialRecord(columnName, text)
    .optional()
    .describe(describe('หัวคอลัมน์ เช่น {"measure": "มาตรการ/โครงการ/กิจกรรม"}', 'column headings')),
  widths: z
    .array(ranged('width-range', { min: 0.01, max: 100 }))
    .optional()
    .describe(
      describe('ความกว้างสัมพัทธ์ของแต่ละคอลัมน์ตามลำดับ columns เช่น [3, 5, 2, 5]', 'relative width of each column, in the order of columns'),
    ),
  numbering: z
    .boolean()
    .optional()
    .describe(describe('ใส่ลำดับ ๑. ๒. หน้าชื่อมาตรการ (ค่าเริ่มต้น true)', 'number the measures; default true')),
  stepStyle: enumWithAliases(STEP_STYLES)
    .optional()
    .describe(describe('รูปแบบขั้นตอน: ๑. ๒. หรือ - หรือย่อหน้าไม่มีเครื่องหมาย', 'steps as "๑.", "-" or plain paragraphs')),
  rowsAcrossPages: z
    .boolean()
    .optional()
    .describe(
      describe(
        'ให้แถวที่ยาวต่อข้ามหน้าได้ใต้หัวตารางที่พิมพ์ซ้ำ (แถวสั้นและหัวข้อกลุ่มไม่แยก)',
        'let long rows run onto the next page under the repeated header; short rows and group headings stay whole',
      ),
    ),
});

/** A nested list item: text, or {"text": ..., "items": [...]} with items under it. */
type ListItemInput = string | { text: string; items?: ListItemInput[] };
const listItem: z.ZodType<ListItemInput> = z.lazy(() =>
  z.union([text, z.strictObject({ text, items: z.array(listItem).optional() })]),
);

const listMarker = enumWithAliases(LIST_MARKERS);

/** One group of the per-indicator analysis: which indicators, in which order, under which heading. */
const analysisGroup = z.strictObject({
  title: text.optional().describe(describe('หัวข้อกลุ่ม เช่น "ประเด็นที่ต้องแก้ไขโดยเร่งด่วน"', 'group heading, e.g. "to fix urgently"')),
  lead: paragraphs.optional().describe(describe('ข้อความนำก่อนรายการตัวชี้วัด', 'lead-in paragraphs before the indicators')),
  indicators: z.array(indicatorNumber).optional().describe(describe('ตัวชี้วัดที่อยู่ในกลุ่ม (ระบุเอง)', 'the indicators of the group, listed')),
  select: enumWithAliases(SELECTIONS)
    .optional()
    .describe(describe('เลือกตามเกณฑ์ผ่าน: weak ต่ำกว่าเกณฑ์, strong ผ่านเกณฑ์, all ทั้งหมด', 'select by the pass mark: weak, strong or all')),
  below: score.optional().describe(describe('เฉพาะตัวชี้วัดที่คะแนนต่ำกว่าค่านี้', 'only indicators scoring below this')),
  from: score.optional().describe(describe('เฉพาะตัวชี้วัดที่คะแนนตั้งแต่ค่านี้ขึ้นไป', 'only indicators scoring at least this')),
  order: enumWithAliases(GROUP_ORDERS)
    .optional()
    .describe(describe('ลำดับ: คะแนนน้อยไปมาก (ค่าเริ่มต้น), มากไปน้อย หรือตามเลขตัวชี้วัด', 'order: lowest score first (default), highest first, or by number')),
  questions: z.boolean().optional().describe(describe('แสดงตารางข้อคำถามใต้แต่ละตัวชี้วัด', 'a question table under each indicator')),
  none: text.optional().describe(describe('ข้อความเมื่อไม่มีตัวชี้วัดในกลุ่ม', 'text printed when no indicator falls in the group')),
});

/** The `type` of an outline block: its English code or its Thai name, read as the code. */
registerAliases(BLOCK_TYPES);
const blockType = <T extends keyof typeof BLOCK_TYPES>(code: T) => literalWithAliases(code, BLOCK_TYPES[code]);

/** A block of an outline section: a part itadoc writes from the analysis, or the user's own. */
const outlineBlock = z.discriminatedUnion('type', [
  z.strictObject({ type: blockType('background'), text: paragraphs.optional(), tools: z.boolean().optional() }),
  z.strictObject({ type: blockType('grade-table') }),
  z.strictObject({ type: blockType('pass-mark') }),
  z.strictObject({ type: blockType('overall') }),
  z.strictObject({ type: blockType('indicator-scores'), order: enumWithAliases(TABLE_ORDERS).optional(), previous: z.boolean().optional() }),
  z.strictObject({ type: blockType('weighted-scores') }),
  z.strictObject({ type: blockType('ranking') }),
  z.strictObject({ type: blockType('tool-summaries') }),
  z.strictObject({ type: blockType('indicator-analysis'), groups: z.array(analysisGroup).min(1) }),
  z.strictObject({
    type: blockType('question-table'),
    tool: toolName.optional(),
    indicator: indicatorNumber.optional(),
    codes: z.array(questionCode).optional(),
    title: text.optional(),
    weakOnly: z.boolean().optional(),
    answers: z.boolean().optional(),
  }),
  z.strictObject({ type: blockType('development-points') }),
  z.strictObject({ type: blockType('strengths-weaknesses') }),
  z.strictObject({ type: blockType('recommendations') }),
  z.strictObject({ type: blockType('measures-table') }),
  z.strictObject({ type: blockType('radar-chart'), caption: text.optional() }),
  z.strictObject({ type: blockType('bar-chart'), caption: text.optional(), previous: z.boolean().optional() }),
  z.strictObject({ type: blockType('contact') }),
  z.strictObject({ type: blockType('closing-mark'), mark: text.optional() }),
  z.strictObject({ type: blockType('heading'), text, level: z.literal([1, 2, 3]).optional() }),
  z.strictObject({
    type: blockType('paragraphs'),
    text: paragraphs,
    indent: z.boolean().optional(),
    align: enumWithAliases(ALIGNMENTS).optional(),
  }),
  z.strictObject({ type: blockType('list'), items: z.array(listItem).min(1), marker: listMarker.optional() }),
  z.strictObject({
    type: blockType('table'),
    header: textList.optional(),
    rows: z.array(z.array(z.union([text, z.literal('')]))).min(1),
    widths: z.array(ranged('width-range', { min: 0.01, max: 100 })).optional(),
    size: ranged('table-size', { min: 8, max: 32, step: 0.5 }).optional(),
  }),
  z.strictObject({
    type: blockType('image'),
    src: text.describe(describe('ไฟล์ภาพ PNG, JPEG หรือ SVG (เทียบกับไฟล์นี้)', 'a PNG, JPEG or SVG file, relative to this file')),
    caption: text.optional(),
    width: ranged('image-width', { min: 0.5, max: 16, decimals: 2 })
      .optional()
      .describe(describe('ความกว้างเป็นเซนติเมตร (ไม่เกิน ๑๖)', 'width in cm, at most the 16 cm text width')),
  }),
  z.strictObject({ type: blockType('page-break') }),
]);

const outlineSection = z.strictObject({
  heading: text.optional().describe(describe('หัวข้อของส่วน', 'the section heading, as the user words it')),
  number: z.union([text, z.number()]).optional().describe(describe('เลขหัวข้อ เช่น "1" หรือ "ส่วนที่ 1"', 'the section number printed before the heading')),
  blocks: z.array(outlineBlock).describe(describe('ส่วนประกอบของส่วนนี้ตามลำดับ', 'the blocks of the section, in order')),
});

/** The whole input file. */
export const inputSchema = z
  .strictObject({
    $schema: z.string().optional(),
    agency,
    fiscalYear: yearBE.describe(describe('ปีงบประมาณของมาตรการ (พ.ศ.)', 'fiscal year of the measures (B.E.)')),
    assessmentYear: yearBE
      .optional()
      .describe(describe('ปีของผลการประเมินที่วิเคราะห์ (ค่าเริ่มต้น ปีงบประมาณ − ๑)', 'year of the assessment analysed')),
    scheme: enumWithAliases(SCHEMES)
      .default('nacc')
      .describe(describe('เกณฑ์การประเมิน: ป.ป.ช., สพฐ., สอศ., สธ., อื่น ๆ', 'assessment scheme')),
    framework: frameworkOverrides.optional(),
    settings: settings.optional(),
    scores: scores.optional(),
    titles: z
      .strictObject({ o42: paragraphs.optional(), o43: paragraphs.optional(), form: paragraphs.optional() })
      .optional()
      .describe(describe('ชื่อเอกสาร (แทนชื่อที่สร้างให้)', 'document titles, replacing the generated ones')),
    preface: paragraphs.optional().describe(describe('คำนำ', 'preface paragraphs')),
    background: paragraphs
      .optional()
      .describe(
        describe('ความเป็นมา (แทนข้อความที่สร้างจากกรอบการประเมิน)', 'background paragraphs, replacing the generated ones'),
      ),
    measuresTable: measuresTable.optional(),
    introduction: paragraphs.optional().describe(describe('ข้อความนำก่อนตารางมาตรการ', 'text before the measures table')),
    developmentPoints: z
      .array(developmentPoint)
      .optional()
      .describe(describe('ตารางประเด็นที่ควรพัฒนา', 'development points: indicator, questions, points to develop')),
    measureGroups: z.array(measureGroup).optional(),
    measures: z
      .array(measure)
      // A measure without an id gets "M" and its place in the list (described on `id`).
      .transform((list) => list.map((m, i) => ({ ...m, id: m.id ?? generatedMeasureId(i) })))
      .optional(),
    outline: z
      .array(outlineSection)
      .optional()
      .describe(
        describe(
          'โครงเรื่องของเอกสารมาตรการ: ส่วนต่าง ๆ ตามลำดับ แต่ละส่วนมีหัวข้อและส่วนประกอบ (ดู docs/outline.md); ถ้าไม่ระบุ ใช้โครงเรื่องมาตรฐาน',
          'outline of the measures document: sections in order, each with a heading and blocks (docs/outline.md); default: the standard structure',
        ),
      ),
    progress: progress.optional(),
    letter: letter.optional(),
    conclusion: z
      .strictObject({ title: text.optional(), paragraphs })
      .optional()
      .describe(describe('ส่วนท้ายของเอกสารมาตรการ', 'closing section of the measures document')),
    signOff: signOff.optional(),
  })
  .describe(describe('ข้อมูลนำเข้าของ itadoc', 'itadoc input: one agency and fiscal year'));

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
export type AgencyKind = z.output<typeof agencyKind>;
export type ToolName = z.output<typeof toolName>;
