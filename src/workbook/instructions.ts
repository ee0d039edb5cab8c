/** The first sheet, "คำแนะนำ": how a clerk fills the workbook, in Thai with English beside it. */
import type ExcelJS from 'exceljs';
import { AGENCIES, SHEETS } from './layout.js';

const SHEET_WORDS: Record<string, string> = {
  หน่วยงาน: 'ข้อมูลหน่วยงาน ปีงบประมาณ ข้อความในเอกสาร ผู้ลงนาม การตั้งค่า — หนึ่งแถวต่อหนึ่งช่องข้อมูล พิมพ์ในคอลัมน์ B',
  คะแนน: 'คะแนนรวม ระดับ คะแนนเฉลี่ยรายเครื่องมือ ลำดับ ที่ ป.ป.ช. ประกาศ',
  ตัวชี้วัด: 'คะแนนรายตัวชี้วัด ๑–๑๐ ปีนี้และปีก่อน บทวิเคราะห์ จุดแข็ง/จุดอ่อน — หนึ่งแถวต่อหนึ่งตัวชี้วัด',
  ข้อคำถาม: 'คะแนนรายข้อคำถาม (I1, E1, O1 …) ร้อยละของคำตอบ และประเด็นย่อยในแถวใต้ข้อคำถาม',
  ข้อเสนอแนะ: 'ข้อเสนอแนะของผู้ประเมิน',
  ประเด็นที่ต้องพัฒนา: 'ตารางประเด็นที่ต้องพัฒนา รายตัวชี้วัด',
  กลุ่มมาตรการ: 'หัวข้อกลุ่มของมาตรการ (ถ้ามี)',
  มาตรการ: 'มาตรการ หนึ่งมาตรการเริ่มที่แถวที่มีรหัสมาตรการ ขั้นตอนแถวละหนึ่งขั้นตอน (ขั้นตอนแรกอยู่ในแถวเดียวกับมาตรการ ขั้นตอนต่อไปอยู่ในแถวถัดลงไป โดยเว้นคอลัมน์ของมาตรการว่างไว้)',
  ผลการดำเนินการ: 'รายงานผลการดำเนินการรายมาตรการ (O43) หลักฐานแถวละหนึ่งรายการ',
  โครงเรื่อง: 'โครงเรื่องของเอกสารมาตรการ (ถ้าไม่ใช้แบบมาตรฐาน) ส่วนละหนึ่งแถว และส่วนประกอบแถวละหนึ่ง (docs/outline.md)',
  หนังสือ: 'บันทึกข้อความ หรือหนังสือภายนอกที่ส่งเอกสาร',
};

/** Fills the instructions sheet. */
export function instructionRows(ws: ExcelJS.Worksheet, province: boolean): void {
  ws.getColumn(1).width = 30;
  ws.getColumn(2).width = 110;
  const rows: [string, string, 'title' | 'head' | 'text'][] = [
    ['ข้อมูลนำเข้าของ itadoc', 'เอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA) — itadoc input workbook', 'title'],
    ['', '', 'text'],
    ['วิธีกรอก', 'how to fill it in', 'head'],
    ['๑', 'กรอกเฉพาะช่องที่มีข้อมูล ช่องที่เว้นว่างจะใช้ค่าเริ่มต้นหรือข้อความที่ itadoc สร้างให้ / fill in what you have; empty cells take the defaults', 'text'],
    ['๒', 'อย่าแก้หัวตาราง (แถว ๑–๒) ชื่อแผ่นงาน และคอลัมน์ "ช่องข้อมูล" ของแผ่นหน่วยงาน หนังสือ และคะแนน / keep the header rows, sheet names and the JSON-path column as they are', 'text'],
    ['๓', 'ช่องที่มีรายการแบบเลื่อนลง: เลือกจากรายการ (เช่น "done – ดำเนินการแล้ว") / cells with a drop-down: pick from the list', 'text'],
    ['๔', 'หลายบรรทัดในเซลล์เดียว (ย่อหน้า ที่อยู่ รายการ): กด Alt+Enter (Mac: Option+Return) เพื่อขึ้นบรรทัดใหม่ บรรทัดละหนึ่งย่อหน้าหรือหนึ่งรายการ / several lines in one cell: Alt+Enter, one paragraph or item per line', 'text'],
    ['๕', 'ตัวเลขพิมพ์เป็นเลขอารบิกหรือเลขไทยก็ได้ เช่น 92.69 หรือ ๙๒.๖๙ / numbers in Arabic or Thai digits', 'text'],
    ['๖', 'วันที่ พิมพ์ "2568-03-31" หรือ "31 มีนาคม 2568" (พ.ศ.) เดือน พิมพ์ "2567-10" หรือ "ต.ค. 67" / dates and months in B.E.', 'text'],
    ['๗', 'แถวที่เป็นรายการย่อย (ขั้นตอนของมาตรการ ประเด็นย่อยของข้อคำถาม หลักฐาน ส่วนประกอบของโครงเรื่อง) อยู่ในแถวเดียวกับหรือใต้แถวของรายการหลัก / nested items (steps, sub-items, evidence, blocks) go on their item\'s row and the rows under it', 'text'],
    ['๘', 'ไฟล์ภาพ (ตราครุฑ ภาพในโครงเรื่อง) และโฟลเดอร์ฟอนต์ ระบุที่อยู่เทียบกับไฟล์ Excel นี้ / image and font paths are relative to this workbook', 'text'],
    ['๙', 'เซลล์ที่ขึ้นต้นด้วย "JSON:" และคอลัมน์ "ข้อมูลอื่น (JSON)" เก็บข้อมูลที่ไม่มีช่องของตัวเอง แก้ได้แต่ต้องเป็น JSON ที่ถูกต้อง / cells starting with "JSON:" and the "other fields (JSON)" columns hold data without a cell of its own, as JSON', 'text'],
    ['', '', 'text'],
    ['แผ่นงาน', 'sheets', 'head'],
    ...(province
      ? ([[AGENCIES.name, 'หนึ่งแถวต่อหนึ่งหน่วยงาน: ชื่อ ประเภท หัวหน้า คะแนน — ค่าในแถวใช้แทนค่าส่วนกลางในแผ่นอื่น ๆ ซึ่งเป็นข้อมูลร่วมของทุกหน่วยงาน / one row per agency, laid over the shared parts in the other sheets', 'text']] as [string, string, 'text'][])
      : []),
    ...SHEETS.map((s): [string, string, 'text'] => [s.name, `${SHEET_WORDS[s.name] ?? ''} / ${s.en}`, 'text']),
    ['', '', 'text'],
    ['ใช้งาน', 'using it', 'head'],
    ['ตรวจ / check', 'itadoc validate แฟ้มนี้.xlsx — ข้อผิดพลาดบอกชื่อแผ่นและเซลล์ เช่น มาตรการ!C7 / errors name the sheet and cell', 'text'],
    ['สร้างเอกสาร / render', 'itadoc render แฟ้มนี้.xlsx --out ผลลัพธ์', 'text'],
    ['แปลงเป็น JSON / to JSON', 'itadoc convert แฟ้มนี้.xlsx แฟ้มนี้.json', 'text'],
    ...(province ? ([['หลายหน่วยงาน / batch', 'itadoc batch แฟ้มนี้.xlsx --out ผลลัพธ์', 'text']] as [string, string, 'text'][]) : []),
  ];
  rows.forEach(([a, b, style], i) => {
    const r = ws.getRow(i + 1);
    r.getCell(1).value = a;
    r.getCell(2).value = b;
    const size = style === 'title' ? 16 : style === 'head' ? 13 : 11;
    for (const c of [r.getCell(1), r.getCell(2)]) {
      c.font = { name: 'Tahoma', size, bold: style !== 'text' };
      c.alignment = { wrapText: true, vertical: 'top' };
    }
  });
}
