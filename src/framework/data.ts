/**
 * ITA frameworks as data. Facts and their sources follow ../shared/domain/ITA.md; anything tagged M or ? there can be
 * overridden from the input (`framework` in the input file).
 */
import type { IndicatorDef, ItemDef, LevelDef, OitGroupDef, Source, ToolDef } from './types.js';

export const INDICATORS: IndicatorDef[] = [
  {
    number: 1,
    name: 'การปฏิบัติหน้าที่',
    tool: 'IIT',
    description:
      'การปฏิบัติงานตามมาตรฐาน ขั้นตอนและระยะเวลาที่กำหนดอย่างโปร่งใส เท่าเทียม และรับผิดชอบต่องานในหน้าที่',
  },
  {
    number: 2,
    name: 'การใช้งบประมาณ',
    tool: 'IIT',
    description:
      'การจัดทำและเผยแพร่แผนการใช้จ่ายงบประมาณ การใช้จ่ายอย่างคุ้มค่าตามวัตถุประสงค์ และการเปิดให้บุคลากรมีส่วนร่วมตรวจสอบ',
  },
  {
    number: 3,
    name: 'การใช้อำนาจ',
    tool: 'IIT',
    description:
      'การมอบหมายงาน การประเมินผล และการคัดเลือกบุคลากรอย่างเป็นธรรม ไม่สั่งการในธุระส่วนตัวหรือในสิ่งที่ไม่ถูกต้อง',
  },
  {
    number: 4,
    name: 'การใช้ทรัพย์สินของราชการ',
    tool: 'IIT',
    description:
      'การใช้และการยืมทรัพย์สินของราชการอย่างถูกต้อง มีขั้นตอนขออนุญาตที่ชัดเจน และมีการกำกับดูแลตรวจสอบ',
  },
  {
    number: 5,
    name: 'การแก้ไขปัญหาการทุจริต',
    tool: 'IIT',
    description:
      'การให้ความสำคัญของผู้บริหารในการต่อต้านการทุจริต การเฝ้าระวังตรวจสอบ และการสร้างความเชื่อมั่นในการร้องเรียน',
  },
  {
    number: 6,
    name: 'คุณภาพการดำเนินงาน',
    tool: 'EIT',
    description:
      'การให้บริการตามมาตรฐาน ขั้นตอนและระยะเวลา อย่างเท่าเทียม ให้ข้อมูลตรงไปตรงมา และคำนึงถึงประโยชน์ของประชาชนเป็นหลัก',
  },
  {
    number: 7,
    name: 'ประสิทธิภาพการสื่อสาร',
    tool: 'EIT',
    description:
      'การเผยแพร่ข้อมูลผ่านช่องทางที่หลากหลาย เข้าถึงง่าย ครบถ้วนเป็นปัจจุบัน และมีช่องทางรับฟังความคิดเห็นและร้องเรียน',
  },
  {
    number: 8,
    name: 'การปรับปรุงการทำงาน',
    tool: 'EIT',
    description:
      'การปรับปรุงคุณภาพและขั้นตอนการให้บริการ การนำเทคโนโลยีมาใช้ และการเปิดให้ผู้รับบริการมีส่วนร่วมในการปรับปรุง',
  },
  {
    number: 9,
    name: 'การเปิดเผยข้อมูล',
    tool: 'OIT',
    description:
      'การเผยแพร่ข้อมูลพื้นฐาน การบริหารงาน การบริหารงบประมาณ การบริหารทรัพยากรบุคคล และการส่งเสริมความโปร่งใส บนเว็บไซต์ของหน่วยงาน',
  },
  {
    number: 10,
    name: 'การป้องกันการทุจริต',
    tool: 'OIT',
    description:
      'การเปิดเผยการดำเนินการเพื่อป้องกันการทุจริต และมาตรการภายในเพื่อส่งเสริมความโปร่งใสและป้องกันการทุจริต',
  },
];

export const TOOLS: ToolDef[] = [
  { tool: 'IIT', name: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน', englishName: 'Internal Integrity and Transparency Assessment', weight: 30 },
  { tool: 'EIT', name: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก', englishName: 'External Integrity and Transparency Assessment', weight: 30 },
  { tool: 'OIT', name: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ', englishName: 'Open Data Integrity and Transparency Assessment', weight: 40 },
];

/** AA…F, 2562–2565 [S]. */
export const GRADE_LEVELS: LevelDef[] = [
  { code: 'AA', label: 'ผ่าน', min: 95, max: 100, passed: true },
  { code: 'A', label: 'ผ่าน', min: 85, max: 94.99, passed: true },
  { code: 'B', label: 'ไม่ผ่าน', min: 75, max: 84.99, passed: false },
  { code: 'C', label: 'ไม่ผ่าน', min: 65, max: 74.99, passed: false },
  { code: 'D', label: 'ไม่ผ่าน', min: 55, max: 64.99, passed: false },
  { code: 'E', label: 'ไม่ผ่าน', min: 50, max: 54.99, passed: false },
  { code: 'F', label: 'ไม่ผ่าน', min: 0, max: 49.99, passed: false },
];

/** From 2566: pass levels with the per-tool rule [S/?]; the 70 cut-off comes from an unofficial tool [?]. */
export const PASS_LEVELS: LevelDef[] = [
  { code: 'ผ่านดีเยี่ยม', label: 'ผ่านดีเยี่ยม', min: 95, minEachTool: 95, max: 100, passed: true },
  { code: 'ผ่านดี', label: 'ผ่านดี', min: 85, minEachTool: 85, max: 100, passed: true },
  { code: 'ผ่าน', label: 'ผ่าน', min: 85, max: 100, passed: true },
  { code: 'ต้องปรับปรุง', label: 'ต้องปรับปรุง', min: 70, max: 84.99, passed: false },
  { code: 'ต้องปรับปรุงโดยด่วน', label: 'ต้องปรับปรุงโดยด่วน', min: 0, max: 69.99, passed: false },
];

/** OIT groups of 2564/2565 [S]; 2562 ran the last group to O48 (seed 000). */
export function oitGroups(lastItem: number): OitGroupDef[] {
  return [
    { code: '9.1', name: 'ข้อมูลพื้นฐาน', indicator: 9, first: 1, last: 9 },
    { code: '9.2', name: 'การบริหารงาน', indicator: 9, first: 10, last: 17 },
    { code: '9.3', name: 'การบริหารเงินงบประมาณ', indicator: 9, first: 18, last: 24 },
    { code: '9.4', name: 'การบริหารและพัฒนาทรัพยากรบุคคล', indicator: 9, first: 25, last: 28 },
    { code: '9.5', name: 'การส่งเสริมความโปร่งใส', indicator: 9, first: 29, last: 33 },
    { code: '10.1', name: 'การดำเนินการเพื่อป้องกันการทุจริต', indicator: 10, first: 34, last: 41 },
    { code: '10.2', name: 'มาตรการภายในเพื่อป้องกันการทุจริต', indicator: 10, first: 42, last: lastItem },
  ];
}

export const MEASURES_TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';
export const REPORT_TITLE = 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';
export const REPORT_TITLE_NEW = 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';

/**
 * The item codes of the measures document and its report, by scheme and fiscal year (ITA.md, "Item codes differ by
 * year AND by assessment scheme"). Undefined code = not known; the user can give it in `framework.measuresItem`.
 */
export function itemCodes(scheme: string, fiscalYear: number): { measures: ItemDef; report: ItemDef } {
  const known = (code: string, title: string, source: Source): ItemDef => ({ code, title, source });
  const unknown = (title: string, note: string): ItemDef => ({ title, source: { tag: '?', note } });
  if (scheme === 'nacc' && fiscalYear >= 2563 && fiscalYear <= 2565) {
    const src: Source =
      fiscalYear === 2563
        ? { tag: 'S', note: 'seed 000 shows (๐๔๒) and (๐๔๓) for FY2563' }
        : { tag: 'S', note: 'ITA manual 2564/2565: O42 and O43' };
    return { measures: known('O42', MEASURES_TITLE, src), report: known('O43', REPORT_TITLE, src) };
  }
  if (scheme === 'obec' && fiscalYear === 2566) {
    const src: Source = { tag: 'S', note: 'OBEC "ITA Online" 2566: O42 and O43' };
    return { measures: known('O42', MEASURES_TITLE, src), report: known('O43', REPORT_TITLE, src) };
  }
  if (scheme === 'ovec' && fiscalYear === 2568) {
    const src: Source = { tag: 'S', note: 'OVEC 2568: O36 and O37' };
    return { measures: known('O36', MEASURES_TITLE, src), report: known('O37', REPORT_TITLE_NEW, src) };
  }
  const note = `item codes for scheme ${scheme}, fiscal year ${fiscalYear} are not confirmed (ITA.md); give them in framework.measuresItem / framework.reportItem`;
  return {
    measures: unknown(MEASURES_TITLE, note),
    report: unknown(fiscalYear >= 2566 ? REPORT_TITLE_NEW : REPORT_TITLE, note),
  };
}
