/**
 * Where each input field lives in the workbook: the one place that maps the input format (src/input/schema.ts) to
 * sheets, rows and columns, with the Thai and English words a clerk sees. The kind of each cell (text, number,
 * drop-down, lines …) comes from the schema itself (schema-info.ts).
 *
 * Three shapes of sheet:
 * - `fields`: one row per field — a Thai label, the value, a note, and the field's JSON path (the key the reader uses);
 * - `table`: one row per item of a list (measures, questions …), with the items of a nested list (a measure's steps)
 *   on the rows under it — the first on the item's own row;
 * - `keyed`: one row per indicator, gathering the per-indicator records (scores, last year's, analysis, names).
 *
 * A field with no place here is still carried — as JSON in a row "ข้อมูลอื่น" — and tests/workbook/coverage.test.ts
 * fails, naming it, until it is given one.
 */
import type { Kind } from './schema-info.js';
import { MEASURE_COLUMN_WORDS } from './choices.js';

/** A range a number must fall in (Excel data validation). */
export interface NumberRange {
  min?: number;
  max?: number;
  whole?: boolean;
}

/** One field's place. */
export interface Field {
  /** JSON path relative to the sheet's object or item (`period.start`, `scores.indicators.*`). */
  path: string;
  th: string;
  en: string;
  /** A note for the clerk: what to type, an example. */
  note?: string;
  /** Numbers: the range the drop-down-style validation allows. */
  range?: NumberRange;
  /** An Excel date typed here is read as a month ("2567-10"). */
  month?: boolean;
  /** The kind of cell, when the layout chooses one over the schema's (see schema-info.ts). */
  kind?: Kind;
  /** Column width in characters (tables). */
  width?: number;
}

export interface Section {
  section: string;
  en: string;
}

export interface FieldsSheet {
  type: 'fields';
  name: string;
  en: string;
  rows: (Field | Section)[];
}

/** A nested list laid out on the rows under its item. */
export interface ChildRows {
  /** The item's field holding the list (`steps`). */
  key: string;
  /** What one item of the list is called (for messages): ขั้นตอน / step. */
  th: string;
  en: string;
  /** A list item that is plain text stands for an object with only this field (`"step"` ≡ `{ "text": "step" }`). */
  shorthand?: string;
  fields: Field[];
}

export interface TableSheet {
  type: 'table';
  name: string;
  en: string;
  /** JSON path of the list, relative to the input. */
  path: string;
  /** What one item is called: มาตรการ / measure. */
  th: string;
  itemEn: string;
  fields: Field[];
  child?: ChildRows;
  /** Where the child's columns go among the item's (after this item field). */
  childAfter?: string;
  /**
   * A first column numbering the items (1, 2, 3 …), for lists whose items may have no field of their own on their
   * row (an outline section without heading): a number there starts a new item. Not part of the input.
   */
  marker?: { th: string; en: string };
}

export interface KeyedSheet {
  type: 'keyed';
  name: string;
  en: string;
  key: { th: string; en: string };
  /** The records gathered, each keyed by indicator number. */
  records: string[];
  /** Paths with `*` for the key. */
  fields: Field[];
  /** `scores.analysis.*` given as plain paragraphs stands for `{ "text": … }`. */
  shorthand: { path: string; field: string }[];
  /** Rows written even when empty, for the clerk to fill. */
  keys: string[];
}

export type SheetLayout = FieldsSheet | TableSheet | KeyedSheet;

const SCORE: NumberRange = { min: 0, max: 100 };
const YEAR: NumberRange = { min: 2550, max: 2700, whole: true };
const INDICATOR: NumberRange = { min: 1, max: 99, whole: true };
const POSITIVE: NumberRange = { min: 0 };
const WHOLE_FROM_1: NumberRange = { min: 1, whole: true };

const person = (path: string, th: string, en: string): Field[] => [
  { path: `${path}.name`, th: `${th}: ชื่อ`, en: `${en}: name`, note: 'เช่น นายพินิจ บุญเลิศ' },
  { path: `${path}.position`, th: `${th}: ตำแหน่ง`, en: `${en}: position`, note: 'หลายบรรทัดได้ (Alt+Enter ขึ้นบรรทัดใหม่)' },
  { path: `${path}.actingFor`, th: `${th}: ปฏิบัติราชการแทน`, en: `${en}: acting for`, note: 'ตำแหน่งที่ปฏิบัติราชการแทน ถ้ามี' },
];

const MEASURE_COLUMNS = Object.keys(MEASURE_COLUMN_WORDS) as (keyof typeof MEASURE_COLUMN_WORDS)[];

/** The agency, years, document texts, settings: the parts of one value each. */
export const GENERAL: FieldsSheet = {
  type: 'fields',
  name: 'หน่วยงาน',
  en: 'agency and document',
  rows: [
    { section: 'หน่วยงาน', en: 'agency' },
    { path: 'agency.name', th: 'ชื่อหน่วยงาน', en: 'agency name', note: 'เช่น จังหวัดปทุมธานี' },
    { path: 'agency.kind', th: 'ประเภทหน่วยงาน', en: 'kind of agency', note: 'เลือกจากรายการ' },
    { path: 'agency.owningUnit', th: 'ส่วนราชการเจ้าของเรื่อง', en: 'owning unit', note: 'เช่น สำนักงานจังหวัดปทุมธานี' },
    { path: 'agency.address', th: 'ที่อยู่', en: 'address lines', note: 'บรรทัดละหนึ่งรายการ (Alt+Enter ขึ้นบรรทัดใหม่)' },
    { path: 'agency.phone', th: 'โทรศัพท์', en: 'telephone', note: 'เช่น ๐ ๒๕๘๑ ๖๐๓๘' },
    { path: 'agency.fax', th: 'โทรสาร', en: 'fax' },
    { path: 'agency.email', th: 'อีเมล', en: 'e-mail' },
    { path: 'agency.website', th: 'เว็บไซต์', en: 'website' },
    { path: 'agency.emblem', th: 'ไฟล์ภาพตราครุฑ', en: 'emblem image file', note: 'PNG หรือ JPEG ที่อยู่เทียบกับไฟล์ Excel นี้ เช่น images/garuda.png' },
    ...person('agency.head', 'หัวหน้าหน่วยงาน', 'head of agency'),
    { section: 'ปีและเกณฑ์การประเมิน', en: 'years and scheme' },
    { path: 'fiscalYear', th: 'ปีงบประมาณของมาตรการ (พ.ศ.)', en: 'fiscal year (B.E.)', note: 'เช่น ๒๕๖๘', range: YEAR },
    { path: 'assessmentYear', th: 'ปีของผลการประเมิน (พ.ศ.)', en: 'assessment year (B.E.)', note: 'ค่าเริ่มต้น ปีงบประมาณ − ๑', range: YEAR },
    { path: 'scheme', th: 'เกณฑ์การประเมิน', en: 'scheme', note: 'ค่าเริ่มต้น ป.ป.ช.' },
    { section: 'ข้อความในเอกสาร (เว้นว่างเพื่อใช้ข้อความที่สร้างให้)', en: 'document text (leave empty for the generated text)' },
    { path: 'titles.o42', th: 'ชื่อเอกสารมาตรการ (O42)', en: 'title of the measures document', note: 'บรรทัดละหนึ่งบรรทัดของชื่อ' },
    { path: 'titles.o43', th: 'ชื่อรายงานผลการดำเนินการ (O43)', en: 'title of the progress report' },
    { path: 'titles.form', th: 'ชื่อแบบรายงาน', en: 'title of the reporting form' },
    { path: 'preface', th: 'คำนำ', en: 'preface', note: 'ย่อหน้าละหนึ่งบรรทัด' },
    { path: 'background', th: 'ความเป็นมา', en: 'background', note: 'แทนข้อความที่สร้างจากกรอบการประเมิน' },
    { path: 'introduction', th: 'ข้อความนำก่อนตารางมาตรการ', en: 'text before the measures table' },
    { path: 'conclusion.title', th: 'หัวข้อส่วนท้าย', en: 'closing section: heading' },
    { path: 'conclusion.paragraphs', th: 'ข้อความส่วนท้าย', en: 'closing section: paragraphs' },
    { section: 'ผู้จัดทำและผู้อนุมัติ', en: 'sign-off' },
    ...person('signOff.preparedBy', 'ผู้จัดทำ', 'prepared by'),
    ...person('signOff.approvedBy', 'ผู้อนุมัติ', 'approved by'),
    { section: 'ตารางมาตรการ', en: 'measures table' },
    {
      path: 'measuresTable.columns',
      th: 'คอลัมน์ของตาราง ตามลำดับ',
      en: 'columns in order',
      note: `บรรทัดละหนึ่ง: ${MEASURE_COLUMNS.join(', ')} (ค่าเริ่มต้น: คอลัมน์ที่มีข้อมูล)`,
    },
    ...MEASURE_COLUMNS.map((c) => ({ path: `measuresTable.labels.${c}`, th: `หัวคอลัมน์ "${MEASURE_COLUMN_WORDS[c]}"`, en: `heading of column ${c}` })),
    { path: 'measuresTable.widths', th: 'ความกว้างของคอลัมน์', en: 'relative column widths', note: 'บรรทัดละหนึ่งตัวเลข ตามลำดับคอลัมน์ เช่น 3, 5, 2' },
    { path: 'measuresTable.numbering', th: 'ใส่ลำดับหน้าชื่อมาตรการ', en: 'number the measures', note: 'ค่าเริ่มต้น ใช่' },
    { path: 'measuresTable.stepStyle', th: 'รูปแบบขั้นตอน', en: 'style of steps' },
    { path: 'measuresTable.rowsAcrossPages', th: 'ให้แถวยาวต่อข้ามหน้าได้', en: 'long rows may cross pages' },
    { section: 'รายงานผลการดำเนินการ (รายการอยู่ที่แผ่น "ผลการดำเนินการ")', en: 'progress report (items on the sheet ผลการดำเนินการ)' },
    { path: 'progress.round', th: 'รอบการรายงาน', en: 'round (months)' },
    { path: 'progress.asOf', th: 'ข้อมูล ณ วันที่', en: 'as of (date)', note: 'เช่น 2568-03-31 หรือ 31 มีนาคม 2568' },
    { path: 'progress.example', th: 'เป็นข้อมูลตัวอย่าง', en: 'example data' },
    { section: 'ตั้งค่า', en: 'settings' },
    { path: 'settings.passMark', th: 'เกณฑ์ผ่าน', en: 'pass mark', note: 'ค่าเริ่มต้น ๘๕', range: SCORE },
    { path: 'settings.digits', th: 'ตัวเลขในเอกสาร', en: 'digits', note: 'ค่าเริ่มต้น เลขไทย' },
    { path: 'settings.font', th: 'ชื่อแบบอักษร', en: 'font family', note: 'ค่าเริ่มต้น TH SarabunPSK' },
    { path: 'settings.fontDir', th: 'โฟลเดอร์ฟอนต์สำหรับ PDF', en: 'PDF font folder', note: 'เทียบกับไฟล์ Excel นี้' },
    { path: 'settings.fontSize', th: 'ขนาดตัวอักษร (พอยต์)', en: 'font size (pt)', note: 'ค่าเริ่มต้น ๑๖', range: { min: 8, max: 32 } },
    { path: 'settings.words', th: 'คำที่ห้ามตัดท้ายบรรทัด (PDF)', en: 'words a PDF line never breaks inside', note: 'บรรทัดละหนึ่งคำ เช่น ชื่อบุคคล ชื่อสถานที่ (Alt+Enter ขึ้นบรรทัดใหม่)' },
    { section: 'กรอบการประเมิน (แก้เฉพาะเมื่อจำเป็น)', en: 'framework overrides (only when needed)' },
    { path: 'framework.weights.IIT', th: 'น้ำหนัก IIT', en: 'weight of IIT', range: POSITIVE },
    { path: 'framework.weights.EIT', th: 'น้ำหนัก EIT', en: 'weight of EIT', range: POSITIVE },
    { path: 'framework.weights.OIT', th: 'น้ำหนัก OIT', en: 'weight of OIT', range: POSITIVE },
    { path: 'framework.measuresItem.code', th: 'รหัสข้อของเอกสารมาตรการ', en: 'item code of the measures document', note: 'เช่น O36' },
    { path: 'framework.measuresItem.title', th: 'ชื่อข้อของเอกสารมาตรการ', en: 'item title of the measures document' },
    { path: 'framework.reportItem.code', th: 'รหัสข้อของรายงานผล', en: 'item code of the report' },
    { path: 'framework.reportItem.title', th: 'ชื่อข้อของรายงานผล', en: 'item title of the report' },
    { section: 'ไฟล์', en: 'file' },
    { path: '$schema', th: 'JSON Schema (สำหรับโปรแกรมแก้ไข JSON)', en: 'JSON Schema (for JSON editors)', note: 'ไม่ต้องแก้' },
  ],
};

export const LETTER: FieldsSheet = {
  type: 'fields',
  name: 'หนังสือ',
  en: 'letter',
  rows: [
    { section: 'หนังสือนำส่ง (บันทึกข้อความ หรือ หนังสือภายนอก)', en: 'covering letter (memo or external letter)' },
    { path: 'letter.kind', th: 'ชนิดหนังสือ', en: 'kind' },
    { path: 'letter.number', th: 'เลขที่หนังสือ', en: 'number', note: 'เช่น ปท ๐๐๑๗.๕/ว ๑๑๐๘๙' },
    { path: 'letter.date', th: 'ลงวันที่', en: 'date', note: 'เช่น 2568-06-18 หรือ 18 มิถุนายน 2568' },
    { path: 'letter.subject', th: 'เรื่อง', en: 'subject' },
    { path: 'letter.to', th: 'เรียน', en: 'to' },
    { path: 'letter.urgency', th: 'ชั้นความเร็ว', en: 'urgency' },
    { path: 'letter.references', th: 'อ้างถึง', en: 'references', note: 'บรรทัดละหนึ่งรายการ' },
    {
      path: 'letter.enclosures',
      th: 'สิ่งที่ส่งมาด้วย',
      en: 'enclosures',
      note: 'บรรทัดละหนึ่งรายการ: ชื่อ | จำนวน เช่น มาตรการ ... | ๑ ชุด',
      kind: { type: 'objects', fields: ['title', 'quantity'] },
    },
    { path: 'letter.body', th: 'เนื้อความ', en: 'body', note: 'ย่อหน้าละหนึ่งบรรทัด; เว้นว่างเพื่อใช้ข้อความที่สร้างให้' },
    { path: 'letter.closing', th: 'ข้อความปิด', en: 'closing line', note: 'เช่น จึงเรียนมาเพื่อโปรดพิจารณา' },
    { path: 'letter.reportBy', th: 'กำหนดส่งรายงาน', en: 'report by (date)' },
    { path: 'letter.replyEmail', th: 'อีเมลสำหรับส่งรายงาน', en: 'reply e-mail' },
    ...person('letter.signatory', 'ผู้ลงนาม', 'signatory'),
    { path: 'letter.contact.unit', th: 'ส่วนราชการเจ้าของเรื่อง (ท้ายหนังสือ)', en: 'contact: unit' },
    { path: 'letter.contact.phone', th: 'โทร. (ท้ายหนังสือ)', en: 'contact: telephone' },
    { path: 'letter.contact.fax', th: 'โทรสาร (ท้ายหนังสือ)', en: 'contact: fax' },
    { path: 'letter.contact.email', th: 'อีเมล (ท้ายหนังสือ)', en: 'contact: e-mail' },
  ],
};

export const SCORES: FieldsSheet = {
  type: 'fields',
  name: 'คะแนน',
  en: 'scores',
  rows: [
    { section: 'ผลการประเมินที่ประกาศ (คะแนนรายตัวชี้วัดอยู่ที่แผ่น "ตัวชี้วัด")', en: 'published results (per indicator on the sheet ตัวชี้วัด)' },
    { path: 'scores.overall', th: 'คะแนนรวม', en: 'overall score', note: 'เช่น 92.69', range: SCORE },
    { path: 'scores.level', th: 'ระดับ', en: 'level', note: 'เช่น A' },
    { path: 'scores.tools.IIT', th: 'คะแนนเฉลี่ย IIT', en: 'mean of IIT', range: SCORE },
    { path: 'scores.tools.EIT', th: 'คะแนนเฉลี่ย EIT', en: 'mean of EIT', range: SCORE },
    { path: 'scores.tools.OIT', th: 'คะแนนเฉลี่ย OIT', en: 'mean of OIT', range: SCORE },
    { path: 'scores.rank.position', th: 'ลำดับที่', en: 'rank', range: WHOLE_FROM_1 },
    { path: 'scores.rank.of', th: 'จากทั้งหมด', en: 'ranked out of', range: WHOLE_FROM_1 },
    { path: 'scores.rank.group', th: 'กลุ่มที่จัดอันดับ', en: 'ranked group', note: 'เช่น จังหวัด' },
    { path: 'scores.rank.note', th: 'หมายเหตุการจัดอันดับ', en: 'note on the rank' },
    { path: 'scores.previous.overall', th: 'คะแนนรวมปีก่อน', en: "last year's overall score", range: SCORE },
    {
      path: 'scores.prefer',
      th: 'ใช้ตัวเลขใดเมื่อคะแนนที่ประกาศไม่ตรงกับที่คำนวณ',
      en: 'which figure stands when published and computed disagree',
      note: 'published = ตามที่ประกาศ, computed = ตามที่คำนวณจากตัวชี้วัด; เว้นว่างถ้าตรงกัน',
    },
  ],
};

export const INDICATORS: KeyedSheet = {
  type: 'keyed',
  name: 'ตัวชี้วัด',
  en: 'indicators',
  key: { th: 'ตัวชี้วัดที่', en: 'indicator' },
  records: ['scores.indicators', 'scores.previous.indicators', 'scores.analysis', 'framework.indicators'],
  fields: [
    { path: 'scores.indicators.*', th: 'คะแนน', en: 'score', range: SCORE, width: 12 },
    { path: 'scores.previous.indicators.*', th: 'คะแนนปีก่อน', en: "last year's score", range: SCORE, width: 14 },
    { path: 'scores.analysis.*.assessment', th: 'จุดแข็ง/จุดอ่อน', en: 'strength or weakness', note: 'ค่าเริ่มต้น ตามเกณฑ์ผ่าน', width: 22 },
    { path: 'scores.analysis.*.text', th: 'บทวิเคราะห์ (สาเหตุ)', en: 'analysis', note: 'ย่อหน้าละหนึ่งบรรทัด', width: 70 },
    { path: 'framework.indicators.*.name', th: 'ชื่อตัวชี้วัด (แก้เมื่อจำเป็น)', en: 'indicator name (override)', width: 36 },
    { path: 'framework.indicators.*.tool', th: 'เครื่องมือ (แก้เมื่อจำเป็น)', en: 'tool (override)', width: 24 },
  ],
  shorthand: [{ path: 'scores.analysis.*', field: 'text' }],
  keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
};

export const QUESTIONS: TableSheet = {
  type: 'table',
  name: 'ข้อคำถาม',
  en: 'questions',
  path: 'scores.questions',
  th: 'ข้อคำถาม',
  itemEn: 'question',
  fields: [
    { path: 'code', th: 'รหัสข้อ', en: 'code', note: 'เช่น I1, E11, O42', width: 10 },
    { path: 'text', th: 'ข้อคำถาม', en: 'question text', width: 50 },
    { path: 'score', th: 'คะแนน', en: 'score', range: SCORE, width: 10 },
    { path: 'answers', th: 'ร้อยละของคำตอบ', en: 'answer shares (%)', note: 'บรรทัดละหนึ่งตัวเลือก: ตัวเลือก: ร้อยละ เช่น มากที่สุด: 60.5', width: 30 },
  ],
  child: {
    key: 'subItems',
    th: 'ประเด็นย่อย',
    en: 'sub-item',
    fields: [
      { path: 'text', th: 'ประเด็นย่อย', en: 'sub-item', width: 40 },
      { path: 'score', th: 'คะแนนประเด็นย่อย', en: 'sub-item score', range: SCORE, width: 12 },
      { path: 'answers', th: 'ร้อยละของคำตอบ (ประเด็นย่อย)', en: 'sub-item answer shares (%)', width: 30 },
    ],
  },
};

export const RECOMMENDATIONS: TableSheet = {
  type: 'table',
  name: 'ข้อเสนอแนะ',
  en: "assessor's recommendations",
  path: 'scores.recommendations',
  th: 'ข้อเสนอแนะ',
  itemEn: 'recommendation',
  fields: [
    { path: 'tool', th: 'เครื่องมือ', en: 'tool', width: 28 },
    { path: 'indicator', th: 'ตัวชี้วัดที่', en: 'indicator', range: INDICATOR, width: 10 },
    { path: 'question', th: 'ข้อคำถาม', en: 'question code', width: 10 },
    { path: 'topic', th: 'หัวข้อ', en: 'topic', width: 30 },
    { path: 'text', th: 'ข้อเสนอแนะ', en: 'recommendation', width: 70 },
  ],
};

export const DEVELOPMENT_POINTS: TableSheet = {
  type: 'table',
  name: 'ประเด็นที่ต้องพัฒนา',
  en: 'development points',
  path: 'developmentPoints',
  th: 'ประเด็นที่ต้องพัฒนา',
  itemEn: 'development point',
  fields: [
    { path: 'indicator', th: 'ตัวชี้วัดที่', en: 'indicator', range: INDICATOR, width: 10 },
    { path: 'questions', th: 'ข้อคำถาม', en: 'question codes', note: 'บรรทัดละหนึ่งรหัส', width: 14 },
    { path: 'points', th: 'ประเด็นที่ควรพัฒนา', en: 'points to develop', note: 'บรรทัดละหนึ่งประเด็น', width: 80 },
  ],
};

export const MEASURE_GROUPS: TableSheet = {
  type: 'table',
  name: 'กลุ่มมาตรการ',
  en: 'measure groups',
  path: 'measureGroups',
  th: 'กลุ่มมาตรการ',
  itemEn: 'measure group',
  fields: [
    { path: 'id', th: 'รหัสกลุ่ม', en: 'group id', note: 'เช่น G1 ใช้ในคอลัมน์ "กลุ่ม" ของแผ่นมาตรการ', width: 12 },
    { path: 'title', th: 'หัวข้อกลุ่ม', en: 'group heading', width: 80 },
  ],
};

export const MEASURES: TableSheet = {
  type: 'table',
  name: 'มาตรการ',
  en: 'measures',
  path: 'measures',
  th: 'มาตรการ',
  itemEn: 'measure',
  fields: [
    { path: 'id', th: 'รหัสมาตรการ', en: 'measure id', note: 'ไม่ซ้ำกัน เช่น M1 — ใช้อ้างถึงในแผ่นผลการดำเนินการ; เว้นว่างได้ (เป็น M1, M2 … ตามลำดับ)', width: 10 },
    { path: 'group', th: 'กลุ่ม', en: 'group id', note: 'รหัสกลุ่มจากแผ่นกลุ่มมาตรการ', width: 8 },
    { path: 'title', th: 'ชื่อมาตรการ', en: 'title', note: 'หลายบรรทัดเมื่อมีมาตรการย่อย', width: 40 },
    { path: 'weakness', th: 'ประเด็นจุดอ่อน', en: 'weakness', width: 30 },
    { path: 'addresses', th: 'ตัวชี้วัด/ข้อคำถาม', en: 'indicators or questions', note: 'บรรทัดละหนึ่ง เช่น 7 หรือ E6', width: 14 },
    { path: 'responsible', th: 'ผู้รับผิดชอบ', en: 'responsible', width: 26 },
    { path: 'period.start', th: 'เริ่ม (เดือน)', en: 'period: start month', note: 'เช่น 2567-10 หรือ ต.ค. 67', month: true, width: 12 },
    { path: 'period.end', th: 'สิ้นสุด (เดือน)', en: 'period: end month', note: 'เช่น 2568-09 หรือ ก.ย. 68', month: true, width: 12 },
    { path: 'budget', th: 'งบประมาณ (บาท)', en: 'budget (baht)', range: POSITIVE, width: 14 },
    { path: 'monitoring', th: 'การติดตามประเมินผล', en: 'monitoring', width: 30 },
    { path: 'reportBy', th: 'กำหนดรายงานผล', en: 'report by', note: 'วันที่ เดือน หรือไตรมาส เช่น ไตรมาส 2/2568', width: 16 },
  ],
  childAfter: 'addresses',
  child: {
    key: 'steps',
    th: 'ขั้นตอน',
    en: 'step',
    shorthand: 'text',
    fields: [
      { path: 'text', th: 'ขั้นตอน/วิธีการ (แถวละหนึ่งขั้นตอน)', en: 'step (one a row)', width: 50 },
      { path: 'items', th: 'ขั้นตอนย่อย', en: 'sub-steps', note: 'บรรทัดละหนึ่งขั้นตอนย่อย', width: 36 },
    ],
  },
};

export const PROGRESS: TableSheet = {
  type: 'table',
  name: 'ผลการดำเนินการ',
  en: 'progress',
  path: 'progress.items',
  th: 'รายการผลการดำเนินการ',
  itemEn: 'progress item',
  fields: [
    { path: 'measure', th: 'รหัสมาตรการ', en: 'measure id', width: 10 },
    { path: 'status', th: 'สถานะ', en: 'status', width: 30 },
    { path: 'percent', th: 'ร้อยละความสำเร็จ', en: 'percent done', range: { min: 0, max: 100 }, width: 12 },
    { path: 'done', th: 'ผลการดำเนินการ', en: 'what was done', width: 50 },
    { path: 'outputs', th: 'ผลผลิต/ผลลัพธ์', en: 'outputs', width: 36 },
    { path: 'problems', th: 'ปัญหา อุปสรรค', en: 'problems', note: '"none" = ไม่มี', width: 30 },
    { path: 'recommendations', th: 'ข้อเสนอแนะ', en: 'recommendations', note: '"none" = ไม่มี', width: 30 },
  ],
  child: {
    key: 'evidence',
    th: 'หลักฐาน',
    en: 'evidence',
    fields: [
      { path: 'title', th: 'หลักฐาน (แถวละหนึ่งรายการ)', en: 'evidence (one a row)', width: 36 },
      { path: 'url', th: 'ลิงก์หลักฐาน', en: 'evidence link', width: 36 },
    ],
  },
};

export const OUTLINE: TableSheet = {
  type: 'table',
  name: 'โครงเรื่อง',
  en: 'outline',
  path: 'outline',
  th: 'ส่วนของโครงเรื่อง',
  itemEn: 'outline section',
  marker: { th: 'ส่วนที่', en: 'section' },
  fields: [
    { path: 'number', th: 'เลขหัวข้อ', en: 'section number', note: 'เช่น 1 หรือ ส่วนที่ 1', width: 10 },
    { path: 'heading', th: 'หัวข้อของส่วน', en: 'section heading', width: 30 },
  ],
  child: {
    key: 'blocks',
    th: 'ส่วนประกอบ',
    en: 'block',
    fields: [
      { path: 'type', th: 'ส่วนประกอบ (แถวละหนึ่ง)', en: 'block type (one a row)', note: 'docs/outline.md', width: 30 },
      { path: 'text', th: 'ข้อความ', en: 'text', note: 'heading, paragraphs, background: ย่อหน้าละหนึ่งบรรทัด', width: 50 },
      { path: 'title', th: 'ชื่อตาราง', en: 'title', note: 'question-table', width: 20 },
      { path: 'caption', th: 'คำบรรยายภาพ', en: 'caption', note: 'image, radar-chart, bar-chart', width: 20 },
      { path: 'src', th: 'ไฟล์ภาพ', en: 'image file', note: 'image: เทียบกับไฟล์ Excel นี้', width: 24 },
      { path: 'width', th: 'กว้าง (ซม.)', en: 'width (cm)', note: 'image', range: { min: 0, max: 16 }, width: 10 },
      { path: 'level', th: 'ระดับหัวข้อ', en: 'heading level', note: 'heading', width: 12 },
      { path: 'align', th: 'จัดแนว', en: 'align', note: 'paragraphs', width: 18 },
      { path: 'indent', th: 'ย่อหน้า', en: 'indent', note: 'paragraphs', width: 12 },
      { path: 'items', th: 'รายการ', en: 'list items', note: 'list: บรรทัดละหนึ่งรายการ; รายการย่อยขึ้นต้นด้วย "- "', width: 36, kind: { type: 'list' } },
      { path: 'marker', th: 'เครื่องหมายรายการ', en: 'list marker', note: 'list', width: 18 },
      { path: 'header', th: 'หัวตาราง', en: 'table header', note: 'table: บรรทัดละหนึ่งคอลัมน์', width: 20 },
      { path: 'rows', th: 'แถวของตาราง', en: 'table rows', note: 'table: บรรทัดละหนึ่งแถว แบ่งช่องด้วย " | "', width: 36 },
      { path: 'widths', th: 'ความกว้างคอลัมน์', en: 'column widths', note: 'table: บรรทัดละหนึ่งตัวเลข', width: 12 },
      { path: 'size', th: 'ขนาดตัวอักษร', en: 'text size (pt)', note: 'table', range: { min: 8, max: 32 }, width: 10 },
      { path: 'tool', th: 'เครื่องมือ', en: 'tool', note: 'question-table', width: 14 },
      { path: 'indicator', th: 'ตัวชี้วัดที่', en: 'indicator', note: 'question-table', range: INDICATOR, width: 10 },
      { path: 'codes', th: 'รหัสข้อคำถาม', en: 'question codes', note: 'question-table: บรรทัดละหนึ่งรหัส', width: 12 },
      { path: 'weakOnly', th: 'เฉพาะข้อที่ต่ำกว่าเกณฑ์', en: 'weak only', note: 'question-table', width: 12 },
      { path: 'answers', th: 'แสดงร้อยละของคำตอบ', en: 'answer shares', note: 'question-table', width: 12 },
      { path: 'order', th: 'ลำดับ', en: 'order', note: 'indicator-scores', width: 16 },
      { path: 'previous', th: 'แสดงปีก่อน', en: "last year's", note: 'indicator-scores, bar-chart', width: 12 },
      { path: 'tools', th: 'แสดงเครื่องมือ', en: 'list the tools', note: 'background', width: 12 },
      { path: 'mark', th: 'เครื่องหมายจบ', en: 'closing mark', note: 'closing-mark', width: 12 },
      { path: 'groups', th: 'กลุ่มการวิเคราะห์ (JSON)', en: 'analysis groups (JSON)', note: 'indicator-analysis: docs/outline.md', width: 40 },
    ],
  },
};

/** The sheets of one input, in order (the instructions sheet comes first, the lists sheet last). */
export const SHEETS: SheetLayout[] = [
  GENERAL,
  SCORES,
  INDICATORS,
  QUESTIONS,
  RECOMMENDATIONS,
  DEVELOPMENT_POINTS,
  MEASURE_GROUPS,
  MEASURES,
  PROGRESS,
  OUTLINE,
  LETTER,
];

/** The province sheet: one row per agency, laid over the shared parts of the other sheets. */
export const AGENCIES: TableSheet = {
  type: 'table',
  name: 'หน่วยงานในจังหวัด',
  en: 'agencies of the province',
  path: 'agencies',
  th: 'หน่วยงาน',
  itemEn: 'agency',
  marker: { th: 'ที่', en: 'no.' },
  fields: [
    { path: 'agency.name', th: 'ชื่อหน่วยงาน', en: 'agency name', width: 34 },
    { path: 'agency.kind', th: 'ประเภทหน่วยงาน', en: 'kind of agency', width: 30 },
    { path: 'agency.owningUnit', th: 'ส่วนราชการเจ้าของเรื่อง', en: 'owning unit', width: 30 },
    { path: 'agency.address', th: 'ที่อยู่', en: 'address lines', width: 30 },
    { path: 'agency.phone', th: 'โทรศัพท์', en: 'telephone', width: 16 },
    { path: 'agency.fax', th: 'โทรสาร', en: 'fax', width: 16 },
    { path: 'agency.email', th: 'อีเมล', en: 'e-mail', width: 22 },
    { path: 'agency.website', th: 'เว็บไซต์', en: 'website', width: 22 },
    { path: 'agency.emblem', th: 'ไฟล์ภาพตราครุฑ', en: 'emblem image file', width: 20 },
    { path: 'agency.head.name', th: 'หัวหน้าหน่วยงาน: ชื่อ', en: 'head: name', width: 26 },
    { path: 'agency.head.position', th: 'หัวหน้าหน่วยงาน: ตำแหน่ง', en: 'head: position', width: 30 },
    { path: 'agency.head.actingFor', th: 'หัวหน้าหน่วยงาน: ปฏิบัติราชการแทน', en: 'head: acting for', width: 20 },
    { path: 'scores.overall', th: 'คะแนนรวม', en: 'overall score', range: SCORE, width: 12 },
    { path: 'scores.level', th: 'ระดับ', en: 'level', width: 8 },
    ...['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].map(
      (n): Field => ({ path: `scores.indicators.${n}`, th: `ตัวชี้วัดที่ ${n}`, en: `indicator ${n}`, range: SCORE, width: 11 }),
    ),
    { path: 'scores.tools.IIT', th: 'คะแนนเฉลี่ย IIT', en: 'mean of IIT', range: SCORE, width: 11 },
    { path: 'scores.tools.EIT', th: 'คะแนนเฉลี่ย EIT', en: 'mean of EIT', range: SCORE, width: 11 },
    { path: 'scores.tools.OIT', th: 'คะแนนเฉลี่ย OIT', en: 'mean of OIT', range: SCORE, width: 11 },
    { path: 'scores.rank.position', th: 'ลำดับที่', en: 'rank', range: WHOLE_FROM_1, width: 10 },
    { path: 'scores.rank.of', th: 'จากทั้งหมด', en: 'ranked out of', range: WHOLE_FROM_1, width: 10 },
    { path: 'scores.previous.overall', th: 'คะแนนรวมปีก่อน', en: "last year's overall", range: SCORE, width: 12 },
  ],
};

/** The sheet explaining the workbook, and the hidden sheet of drop-down lists. */
export const INSTRUCTIONS_SHEET = 'คำแนะนำ';
export const LISTS_SHEET = 'รายการ';
/** Where the fields-sheets keep fields without a place of their own (JSON rows at their end). */
export const OTHER_SECTION: Section = { section: 'ข้อมูลอื่น (JSON) — อย่าแก้ถ้าไม่จำเป็น', en: 'other data (JSON) — edit only if needed' };
/** The column of a table level holding its item's other fields as JSON. */
export const EXTRAS = { th: 'ข้อมูลอื่น (JSON)', en: 'other fields (JSON)', key: '{}' } as const;
/** The header key of a marker column. */
export const MARKER_KEY = '#';

/** Every field pattern the layout gives a place (`measures[].steps[].text`, `scores.indicators.*`). */
export function layoutPlaces(): string[] {
  const out: string[] = [];
  for (const sheet of SHEETS) {
    if (sheet.type === 'fields') for (const r of sheet.rows) if ('path' in r) out.push(r.path);
    if (sheet.type === 'keyed') out.push(...sheet.fields.map((f) => f.path), ...sheet.shorthand.map((s) => s.path));
    if (sheet.type === 'table') {
      out.push(...sheet.fields.map((f) => `${sheet.path}[].${f.path}`));
      if (sheet.child) {
        out.push(...sheet.child.fields.map((f) => `${sheet.path}[].${sheet.child!.key}[].${f.path}`));
        if (sheet.child.shorthand) out.push(`${sheet.path}[].${sheet.child.key}[]`);
      }
    }
  }
  return out;
}

/** The leaf patterns no place of the layout holds (a place holds its own leaf and everything under it). */
export function unplaced(leaves: string[], places: string[] = layoutPlaces()): string[] {
  return leaves.filter(
    (leaf) => !places.some((p) => leaf === p || leaf.startsWith(`${p}.`) || leaf.startsWith(`${p}[]`) || p === `${leaf}.*`),
  );
}
