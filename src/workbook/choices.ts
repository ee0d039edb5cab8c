/**
 * The Thai words shown beside the English codes in the workbook's drop-down lists: a cell shows
 * "done – ดำเนินการแล้ว" and is read back as "done". The codes are what the schema accepts; a value without a Thai
 * word here is listed as it is, and a value typed by hand that is neither a code nor a label is passed to the schema
 * unchanged (which names the cell and lists the codes).
 */
import type { Kind } from './schema-info.js';

const AGENCY_KINDS: Record<string, string> = {
  province: 'จังหวัด',
  district: 'อำเภอ',
  municipality: 'เทศบาล',
  'subdistrict-organization': 'องค์การบริหารส่วนตำบล',
  'provincial-organization': 'องค์การบริหารส่วนจังหวัด',
  department: 'กรม',
  'regional-office': 'ส่วนราชการในภูมิภาค',
  school: 'โรงเรียน',
  college: 'วิทยาลัย',
  university: 'มหาวิทยาลัย',
  hospital: 'โรงพยาบาล',
  'state-enterprise': 'รัฐวิสาหกิจ',
  other: 'อื่น ๆ',
};

const TOOLS: Record<string, string> = { IIT: 'ผู้มีส่วนได้ส่วนเสียภายใน', EIT: 'ผู้มีส่วนได้ส่วนเสียภายนอก', OIT: 'การเปิดเผยข้อมูลสาธารณะ' };

const BLOCK_TYPES: Record<string, string> = {
  background: 'ความเป็นมา',
  'grade-table': 'ตารางระดับผลการประเมิน',
  'pass-mark': 'เกณฑ์ผ่าน',
  overall: 'ผลคะแนนรวม',
  'indicator-scores': 'คะแนนรายตัวชี้วัด',
  'weighted-scores': 'คะแนนถ่วงน้ำหนัก',
  ranking: 'ลำดับตัวชี้วัด',
  'tool-summaries': 'สรุปรายเครื่องมือ',
  'indicator-analysis': 'วิเคราะห์รายตัวชี้วัด',
  'question-table': 'ตารางข้อคำถาม',
  'development-points': 'ประเด็นที่ต้องพัฒนา',
  'strengths-weaknesses': 'จุดแข็งจุดอ่อน',
  recommendations: 'ข้อเสนอแนะของผู้ประเมิน',
  'measures-table': 'ตารางมาตรการ',
  'radar-chart': 'แผนภูมิใยแมงมุม',
  'bar-chart': 'แผนภูมิแท่ง',
  contact: 'ที่อยู่ติดต่อ',
  'closing-mark': 'เครื่องหมายจบ',
  heading: 'หัวข้อย่อย',
  paragraphs: 'ย่อหน้า',
  list: 'รายการ',
  table: 'ตาราง',
  image: 'ภาพ',
  'page-break': 'ขึ้นหน้าใหม่',
};

/** Thai words of the measures table's column codes: shown in drop-downs and in the labels of the headings' rows. */
export const MEASURE_COLUMN_WORDS = {
  measure: 'มาตรการ',
  weakness: 'จุดอ่อน',
  steps: 'ขั้นตอน',
  responsible: 'ผู้รับผิดชอบ',
  period: 'ระยะเวลา',
  budget: 'งบประมาณ',
  monitoring: 'การติดตาม',
  reportBy: 'กำหนดรายงาน',
} as const;

/** Thai words of each enumerated field's codes, by field pattern. */
export const CHOICE_WORDS: Record<string, Record<string | number, string>> = {
  'agency.kind': AGENCY_KINDS,
  scheme: { nacc: 'ป.ป.ช.', obec: 'สพฐ.', ovec: 'สอศ.', other: 'อื่น ๆ' },
  'settings.digits': { thai: 'เลขไทย', arabic: 'เลขอารบิก' },
  'framework.indicators.*.tool': TOOLS,
  'scores.recommendations[].tool': TOOLS,
  'scores.analysis.*.assessment': { strength: 'จุดแข็ง', weakness: 'จุดอ่อน' },
  'measuresTable.columns': MEASURE_COLUMN_WORDS,
  'measuresTable.stepStyle': { numbered: 'ลำดับ ๑. ๒.', dash: 'ขีด -', paragraphs: 'ย่อหน้า ไม่มีเครื่องหมาย' },
  'outline[].blocks[].type': BLOCK_TYPES,
  'outline[].blocks[].order': { number: 'ตามเลขตัวชี้วัด', score: 'ตามคะแนน มากไปน้อย' },
  'outline[].blocks[].tool': TOOLS,
  'outline[].blocks[].level': { 1: 'ระดับ ๑', 2: 'ระดับ ๒', 3: 'ระดับ ๓' },
  'outline[].blocks[].align': { left: 'ชิดซ้าย', center: 'กึ่งกลาง', right: 'ชิดขวา', thai: 'กระจายแบบไทย' },
  'outline[].blocks[].marker': { thai: '๑. ๒.', paren: '(๑) (๒)', 'close-paren': '๑) ๒)', dash: '-', bullet: '•', none: 'ไม่มีเครื่องหมาย' },
  'progress.round': { 6: 'รอบ ๖ เดือน', 12: 'รอบ ๑๒ เดือน' },
  'progress.items[].status': { done: 'ดำเนินการแล้ว', 'in-progress': 'อยู่ระหว่างดำเนินการ', 'not-started': 'ยังไม่ได้ดำเนินการ' },
  'letter.kind': { memo: 'บันทึกข้อความ', external: 'หนังสือภายนอก' },
};

/** The words of booleans. */
export const BOOLEAN_WORDS = { true: 'ใช่', false: 'ไม่ใช่' } as const;

const label = (code: string | number, thai: string | undefined) => (thai && thai !== String(code) ? `${code} – ${thai}` : String(code));

/** The drop-down entries of a field: each code with its Thai word. */
export function choiceLabels(pattern: string, kind: Kind): { value: string | number | boolean; label: string }[] {
  if (kind.type === 'boolean') return [true, false].map((b) => ({ value: b, label: label(String(b), BOOLEAN_WORDS[String(b) as 'true']) }));
  if (kind.type !== 'enum') return [];
  const words = CHOICE_WORDS[pattern] ?? {};
  return kind.values.map((v) => ({ value: v, label: label(v, words[v]) }));
}
