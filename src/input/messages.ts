/**
 * What each kind of problem expects and how to fix it, in Thai and English.
 * Schema refinements name a `kind` (see schema.ts); zod's own issue codes are mapped here too.
 */
import type { Bilingual } from './problems.js';

/** Expected value and fix for each problem kind. */
export const MESSAGES: Record<string, { expected: Bilingual; fix?: Bilingual }> = {
  number: {
    expected: { th: 'ตัวเลข เช่น ๙๒.๖๙ หรือ 92.69', en: 'a number such as 92.69 or ๙๒.๖๙' },
    fix: { th: 'พิมพ์เฉพาะตัวเลขและจุดทศนิยม', en: 'type digits and a decimal point only' },
  },
  'score-range': {
    expected: { th: 'คะแนนระหว่าง ๐ ถึง ๑๐๐', en: 'a score between 0 and 100' },
    fix: { th: 'ตรวจคะแนนกับประกาศผลของ ป.ป.ช. อีกครั้ง', en: 'check the score against the published result' },
  },
  'percent-range': {
    expected: { th: 'ร้อยละระหว่าง ๐ ถึง ๑๐๐', en: 'a percentage between 0 and 100' },
  },
  'weight-range': {
    expected: { th: 'น้ำหนักร้อยละ ๐ ถึง ๑๐๐', en: 'a weight in percent, from 0 to 100' },
    fix: { th: 'น้ำหนักของ IIT, EIT และ OIT รวมกันเป็น ๑๐๐ เช่น ๓๐, ๓๐, ๔๐', en: 'the weights of IIT, EIT and OIT add up to 100, e.g. 30, 30, 40' },
  },
  'weight-sum': {
    expected: { th: 'น้ำหนักของทั้งสามเครื่องมือรวมกันเป็น ๑๐๐', en: 'weights of the three tools that add up to 100' },
    fix: { th: 'ตรวจน้ำหนักกับประกาศของ ป.ป.ช. (ปกติ IIT ๓๐, EIT ๓๐, OIT ๔๐)', en: 'check the weights against the NACC announcement (usually IIT 30, EIT 30, OIT 40)' },
  },
  'font-size-range': {
    expected: { th: 'ขนาดตัวอักษร ๘ ถึง ๓๒ พอยต์ ทีละครึ่งพอยต์ เช่น ๑๖', en: 'a font size from 8 to 32 points in half points, such as 16' },
    fix: { th: 'หนังสือราชการใช้ TH SarabunPSK ขนาด ๑๖', en: 'official letters use TH SarabunPSK 16' },
  },
  'year-range': {
    expected: { th: 'ปีพุทธศักราช ๔ หลัก เช่น ๒๕๖๘', en: 'a four-digit Buddhist-era year such as 2568' },
    fix: { th: 'ใช้ปี พ.ศ. ไม่ใช่ ค.ศ. (ค.ศ. + ๕๔๓)', en: 'use the B.E. year (Gregorian + 543)' },
  },
  'thai-word': {
    expected: { th: 'คำภาษาไทยหนึ่งคำ (อักษรไทยล้วน ไม่มีเว้นวรรค)', en: 'one Thai word: Thai letters only, no spaces' },
    fix: { th: 'ใส่ทีละคำ เช่น "ปทุมธานี"', en: 'give one word per entry, e.g. "ปทุมธานี"' },
  },
  'empty-text': {
    expected: { th: 'ข้อความที่ไม่ว่าง', en: 'non-empty text' },
    fix: { th: 'พิมพ์ข้อความ หรือลบช่องนี้ออก', en: 'type the text or remove the field' },
  },
  'date-format': {
    expected: {
      th: 'วันที่รูปแบบ "2563-06-18" หรือ "18 มิถุนายน 2563"',
      en: 'a date like "2563-06-18" (B.E.), "2020-06-18" (ISO) or "18 มิถุนายน 2563"',
    },
  },
  'date-month': {
    expected: { th: 'เดือน ๑ ถึง ๑๒ หรือชื่อเดือนภาษาไทย', en: 'a month from 1 to 12 or a Thai month name' },
  },
  'date-day': {
    expected: { th: 'วันที่ที่มีอยู่จริงในเดือนนั้น', en: 'a day that exists in that month' },
    fix: { th: 'ตรวจวันที่ เช่น กุมภาพันธ์มี ๒๘ หรือ ๒๙ วัน', en: 'check the day, e.g. February has 28 or 29 days' },
  },
  'date-year': {
    expected: { th: 'วันที่ในปี พ.ศ. ๒๕๕๐ ถึง ๒๗๐๐', en: 'a date in the years 2550 to 2700 B.E. (2007 to 2157)' },
    fix: { th: 'ตรวจปีของวันที่ (ใช้ปี พ.ศ. เช่น 2563-06-18)', en: 'check the year of the date (B.E., e.g. 2563-06-18)' },
  },
  'month-year': {
    expected: { th: 'เดือนในปี พ.ศ. ๒๕๕๐ ถึง ๒๗๐๐', en: 'a month in the years 2550 to 2700 B.E. (2007 to 2157)' },
    fix: { th: 'ตรวจปีของเดือน (ใช้ปี พ.ศ. เช่น 2567-10)', en: 'check the year of the month (B.E., e.g. 2567-10)' },
  },
  'month-format': {
    expected: { th: 'เดือนรูปแบบ "2567-10" หรือ "ต.ค. 67"', en: 'a month like "2567-10" (B.E.), "2024-10" or "ต.ค. 67"' },
  },
  'month-month': {
    expected: { th: 'เดือน ๑ ถึง ๑๒ หรือชื่อย่อเดือนภาษาไทย', en: 'a month from 1 to 12 or a Thai month abbreviation' },
  },
  'report-by': {
    expected: {
      th: 'วันที่ ("2566-03-31") เดือน ("มีนาคม 2566" หรือ "2566-03") หรือไตรมาส ("ไตรมาส 2/2566")',
      en: 'a date ("2566-03-31"), a month ("มีนาคม 2566" or "2566-03") or a fiscal quarter ("ไตรมาส 2/2566")',
    },
  },
  'question-code': {
    expected: {
      th: 'รหัสข้อคำถาม เช่น I1, E11, O42 หรือกลุ่ม O1-O9',
      en: 'a question code such as I1, E11, O42 or a group O1-O9',
    },
  },
  'indicator-number': {
    expected: { th: 'เลขตัวชี้วัด ๑ ถึง ๑๐', en: 'an indicator number from 1 to 10' },
  },
  'rank-range': { expected: { th: 'จำนวนเต็มตั้งแต่ ๑ ถึง ๑๐๐,๐๐๐', en: 'a whole number from 1 up to 100,000' } },
  'width-range': {
    expected: { th: 'ความกว้างสัมพัทธ์มากกว่า ๐ ถึง ๑๐๐ เช่น ๓', en: 'a relative width greater than 0, up to 100, such as 3' },
  },
  'width-share': {
    expected: {
      th: 'ความกว้างอย่างน้อยหนึ่งในสามสิบของความกว้างรวม (คอลัมน์ที่แคบกว่านั้นพิมพ์ได้ไม่ถึงหนึ่งตัวอักษรต่อบรรทัด)',
      en: 'at least a thirtieth of all the widths together (a narrower column holds less than a letter per line)',
    },
    fix: { th: 'เพิ่มความกว้างของคอลัมน์นี้ เช่น [3, 5, 2, 5]', en: 'make this column wider, e.g. [3, 5, 2, 5]' },
  },
  'table-size': { expected: { th: 'ขนาดตัวอักษร ๘ ถึง ๓๒ พอยต์ (ทีละครึ่งพอยต์)', en: 'a text size from 8 to 32 pt, in half points' } },
  'image-width': { expected: { th: 'ความกว้าง ๐.๕ ถึง ๑๖ เซนติเมตร', en: 'a width from 0.5 to 16 cm (the text width)' } },
  'widths-count': {
    expected: { th: 'ความกว้างหนึ่งค่าต่อหนึ่งคอลัมน์', en: 'one width per column of the table' },
  },
  'budget-range': {
    expected: {
      th: 'จำนวนเงิน (บาท) ไม่ติดลบ ตั้งแต่ ๐ ถึง ๙๙๙,๙๙๙,๙๙๙,๙๙๙.๙๙',
      en: 'an amount of baht, not negative, from 0 to 999,999,999,999.99',
    },
    fix: {
      th: 'พิมพ์จำนวนบาท เช่น 12500 หรือ "12,500" หรือ 12500.50 (ทศนิยมไม่เกิน ๒ ตำแหน่ง คือสตางค์)',
      en: 'type the amount in baht, e.g. 12500, "12,500" or 12500.50 (two decimals at most: satang)',
    },
  },
  required: {
    expected: { th: 'ต้องมีช่องนี้', en: 'this field is required' },
    fix: { th: 'เพิ่มช่องนี้ในไฟล์', en: 'add the field to the file' },
  },
  'unknown-key': {
    expected: { th: 'ไม่มีช่องชื่อนี้ในรูปแบบข้อมูล', en: 'no field of this name in the input format' },
    fix: {
      th: 'ตรวจการสะกดชื่อช่อง (ดู schema/itadoc-input.schema.json)',
      en: 'check the spelling of the field name (see schema/itadoc-input.schema.json)',
    },
  },
  'unknown-indicator': {
    expected: { th: 'เลขตัวชี้วัดที่มีในกรอบการประเมิน (๑–๑๐)', en: 'an indicator number of the framework (1–10)' },
  },
  'unknown-question': {
    expected: {
      th: 'ข้อคำถามที่มีในกรอบการประเมิน (I1–I30, E1–E15, O1–O43)',
      en: 'a question of the framework (I1–I30, E1–E15, O1–O43)',
    },
  },
  'question-indicator': {
    expected: { th: 'ข้อคำถามที่อยู่ในตัวชี้วัดนั้น', en: 'a question that belongs to that indicator' },
  },
  'duplicate-id': {
    expected: { th: 'รหัสที่ไม่ซ้ำกับรายการอื่น', en: 'an id no other entry uses' },
    fix: { th: 'เปลี่ยนรหัสให้ไม่ซ้ำ', en: 'give each entry its own id' },
  },
  'duplicate-indicator': {
    expected: { th: 'ตัวชี้วัดแต่ละข้อเพียงครั้งเดียว ("1" และ "๑" คือตัวชี้วัดเดียวกัน)', en: 'each indicator once ("1" and "๑" are the same indicator)' },
    fix: { th: 'ลบช่องที่ซ้ำ ให้เหลือคะแนนเดียวต่อตัวชี้วัด', en: 'remove one of them: one score per indicator' },
  },
  'duplicate-column': {
    expected: { th: 'แต่ละคอลัมน์เพียงครั้งเดียว ("measure" และ "มาตรการ" คือคอลัมน์เดียวกัน)', en: 'each column once ("measure" and "มาตรการ" are the same column)' },
    fix: { th: 'ลบช่องที่ซ้ำ ให้เหลือหัวคอลัมน์เดียวต่อคอลัมน์', en: 'remove one of them: one heading per column' },
  },
  'duplicate-question': {
    expected: { th: 'ข้อคำถามที่ไม่ซ้ำกัน', en: 'each question once' },
  },
  'unknown-measure': {
    expected: { th: 'รหัสมาตรการที่มีใน measures', en: 'the id of a measure in measures' },
    fix: {
      th: 'ใช้รหัส (id) ของมาตรการ; มาตรการที่ไม่มี id ใช้ M ตามด้วยลำดับ เช่น M1',
      en: 'use the id of the measure; a measure without an id is M and its place in the list, e.g. M1',
    },
  },
  'generated-id-taken': {
    expected: { th: 'รหัสที่ไม่ซ้ำ (มาตรการที่ไม่มี id ใช้ M ตามด้วยลำดับ ซึ่งมาตรการอื่นใช้แล้ว)', en: 'an id no other entry uses (a measure without an id is M and its place in the list, which another measure gives)' },
    fix: { th: 'ระบุ id ให้มาตรการนี้ หรือเปลี่ยน id ของมาตรการที่ใช้รหัสนี้', en: 'give this measure an id, or change the id of the measure that uses this one' },
  },
  'unknown-group': {
    expected: { th: 'รหัสกลุ่มที่มีใน measureGroups', en: 'the id of a group in measureGroups' },
  },
  'period-order': {
    expected: { th: 'เดือนเริ่มต้นไม่หลังเดือนสิ้นสุด', en: 'a start month not after the end month' },
  },
  'assessment-year': {
    expected: {
      th: 'ปีที่ประเมินไม่หลังปีงบประมาณของมาตรการ',
      en: 'an assessment year not after the fiscal year of the measures',
    },
  },
  'rank-order': {
    expected: { th: 'ลำดับที่ไม่เกินจำนวนทั้งหมด', en: 'a position not greater than the number ranked' },
  },
  'tool-mismatch': {
    expected: { th: 'เครื่องมือที่ตรงกับตัวชี้วัดหรือข้อคำถาม', en: 'the tool of that indicator or question' },
  },
  'malformed-json': {
    expected: {
      th: 'ไฟล์ JSON ที่ถูกต้อง (มีหมายเหตุ // … และจุลภาคท้ายรายการได้)',
      en: 'well-formed JSON (comments // … and trailing commas are allowed)',
    },
    fix: {
      th: 'ตรวจเครื่องหมายจุลภาค วงเล็บ และเครื่องหมายคำพูดรอบตำแหน่งนี้',
      en: 'check commas, brackets and quotes around this position',
    },
  },
  'not-object': {
    expected: { th: 'วัตถุ JSON { ... }', en: 'a JSON object { ... }' },
  },
};

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { th: 'ข้อความ', en: 'text' },
  number: { th: 'ตัวเลข', en: 'a number' },
  boolean: { th: 'true หรือ false', en: 'true or false' },
  object: { th: 'วัตถุ { ... }', en: 'an object { ... }' },
  array: { th: 'รายการ [ ... ]', en: 'a list [ ... ]' },
  record: { th: 'วัตถุ { ... }', en: 'an object { ... }' },
};

/** Names a JSON type in Thai and English. */
export function typeName(type: string): Bilingual {
  return TYPE_NAMES[type] ?? { th: type, en: type };
}
