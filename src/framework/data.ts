/**
 * ITA frameworks as data. Facts and their sources are restated in docs/ita.md; anything tagged M or ? there can be
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

/**
 * The OIT groups of the assessment of (scheme, year): OVEC 2569 has 23 items, O1–O17 under indicator 9 and O18–O23
 * under 10, O20–O23 being 10.2 [S, docs/ita.md]; otherwise the groups of 2564/2565 [S] (2562 ran the last group to O48,
 * seed 000), which later years of the NACC scheme may have changed [?].
 */
export function oitGroupsOf(scheme: string, assessmentYear: number): OitGroupDef[] {
  if (scheme === 'ovec' && assessmentYear === 2569) {
    return [
      { code: '9', name: 'การเปิดเผยข้อมูล', indicator: 9, first: 1, last: 17 },
      { code: '10.1', name: 'การป้องกันการทุจริต', indicator: 10, first: 18, last: 19 },
      { code: '10.2', name: 'มาตรการภายในเพื่อป้องกันการทุจริต', indicator: 10, first: 20, last: 23 },
    ];
  }
  return oitGroups(assessmentYear <= 2562 ? 48 : 43);
}

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

/**
 * Where the facts of an assessment year come from (docs/ita.md): the ten indicators, the weights, the level rules and
 * the question codes.
 */
export function frameworkSources(assessmentYear: number, overrides: { weights?: unknown } = {}): Record<string, Source> {
  const y = assessmentYear;
  return {
    indicators:
      y <= 2568
        ? { tag: 'S', note: 'ten indicators, 1–5 IIT, 6–8 EIT, 9–10 OIT, from 2562; still ten in ITA 2568 (nationthailand.com, 19 Aug 2025)' }
        : { tag: '?', note: `the indicators of ITA ${y} are not known (a reform of the ITA was announced for 2569); the ten of 2568 are assumed` },
    weights: overrides.weights
      ? { tag: 'S', note: 'given in the input' }
      : y === 2562
        ? { tag: 'S', note: 'IIT 30, EIT 30, OIT 40: seed 000 (2562)' }
        : y <= 2565
          ? { tag: 'M', note: 'IIT 30, EIT 30, OIT 40: seen for 2562, repeated for later years' }
          : y <= 2567
            ? { tag: 'S', singleSource: true, note: "IIT 30, EIT 30, OIT 40: one university's ITA dashboard (2564–2570)" }
            : { tag: '?', note: `IIT 30, EIT 30, OIT 40 assumed for ${y}: no source states the weights` },
    levels:
      y <= 2565
        ? { tag: 'S', note: 'AA…F, 2562–2565' }
        : y <= 2568
          ? {
              tag: 'S',
              note: 'pass levels from 2566 (NACC board, 8 June 2566); ผ่านดี needs every tool ≥ 85 (news, 2566 and 2568); ผ่านดีเยี่ยม needing every tool ≥ 95 and the 70 cut-off are from one unofficial tool',
            }
          : { tag: '?', note: `the level rules of ITA ${y} are not known; those of 2566–2568 are assumed` },
    questions: {
      tag: y >= 2566 ? '?' : 'S',
      note: 'IIT I1–I30 (6 per indicator), EIT E1–E15 (5 per indicator), OIT O1–O43 (2564/2565) or O48 (2562); later codes not seen',
    },
  };
}

export const MEASURES_TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';
export const REPORT_TITLE = 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';
export const REPORT_TITLE_NEW = 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';

/**
 * One year's OIT list of a scheme, as far as it is known: the item that checks the measures document and the item that
 * checks the report on carrying them out. Every fact is restated with its source in docs/ita.md.
 *
 * `year` is the ITA year of the list: the fiscal year in which that assessment checks agencies' websites. The measures
 * of fiscal year N are checked by the list of year N (seed 000: the FY2563 measures carry "(๐๔๒)"). A report item
 * `covers` the fiscal year of its list ("same": O43 of 2563–2566) or the year before ("previous": O26 of 2569 reports
 * on FY2568, "ปีงบประมาณ พ.ศ. 2568" in the one 2569 list seen). `report: 'none'`: the list has no report item.
 */
export interface ItemList {
  scheme: string;
  year: number;
  /** `title`: the document's title when not the usual one; `itemTitle`: the item's name in the list when it differs. */
  measures?: { code: string; title?: string; itemTitle?: string; source: Source };
  report?: { code: string; itemTitle?: string; covers: 'same' | 'previous'; source: Source } | 'none';
}

const SEED_000: Source = { tag: 'S', note: 'seed 000 (Pathum Thani, FY2563) shows (๐๔๒) and (๐๔๓)' };
const MANUAL_2565: Source = { tag: 'S', note: 'ITA 2564/2565: O42 and O43; seed 001 (Pru Yai) shows the ITA 2565 assessor marking O42 and O43' };
const SCHOOL_2566: Source = {
  tag: 'S',
  singleSource: true,
  note: "one school's ITA 2566 list (GitHub file id 39721991297) whose O31–O41 match a NACC-scheme agency's 2566 page (75010020.skm.go.th)",
};
const RTRDA_2569: Source = {
  tag: 'S',
  singleSource: true,
  note: "one agency's website code: rtrdasmartrailway/web-app-rtrda, ita-headings-override.ts (ITA_HEADING_REPLACEMENTS)",
};
const OVEC_2568: Source = {
  tag: 'S',
  singleSource: true,
  note: "one college developer's code (GitHub file ids 41376998361, 60681652342, 60284327232): O36 and O37 under 10.2; official titles not seen",
};
const OVEC_2569: Source = {
  tag: 'S',
  note: 'two code bases agree: yiwssx/new-www.rcat.ac.th (PublicIta2569Page) and GitHub file ids 60305977542, 60510946380, 54523116760',
};

/** The OIT lists known, by scheme and ITA year (docs/ita.md). A year not here is not known. */
export const ITEM_LISTS: ItemList[] = [
  { scheme: 'nacc', year: 2563, measures: { code: 'O42', source: SEED_000 }, report: { code: 'O43', covers: 'same', source: SEED_000 } },
  { scheme: 'nacc', year: 2564, measures: { code: 'O42', source: MANUAL_2565 }, report: { code: 'O43', covers: 'same', source: MANUAL_2565 } },
  { scheme: 'nacc', year: 2565, measures: { code: 'O42', source: MANUAL_2565 }, report: { code: 'O43', covers: 'same', source: MANUAL_2565 } },
  {
    scheme: 'nacc',
    year: 2566,
    measures: { code: 'O42', source: SCHOOL_2566 },
    report: { code: 'O43', itemTitle: REPORT_TITLE, covers: 'same', source: SCHOOL_2566 },
  },
  {
    scheme: 'nacc',
    year: 2569,
    measures: { code: 'O25', itemTitle: 'การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร', source: RTRDA_2569 },
    report: { code: 'O26', itemTitle: REPORT_TITLE_NEW, covers: 'previous', source: RTRDA_2569 },
  },
  {
    scheme: 'obec',
    year: 2566,
    measures: { code: 'O42', source: { tag: 'S', note: 'OBEC "ITA Online" 2566 (project domain notes) and one school\'s 2566 list (GitHub file id 39721991297): O42 and O43' } },
    report: { code: 'O43', itemTitle: REPORT_TITLE, covers: 'same', source: { tag: 'S', note: 'OBEC "ITA Online" 2566: O42 and O43' } },
  },
  { scheme: 'ovec', year: 2568, measures: { code: 'O36', source: OVEC_2568 }, report: { code: 'O37', covers: 'same', source: OVEC_2568 } },
  {
    scheme: 'ovec',
    year: 2569,
    measures: { code: 'O23', title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในสถานศึกษา', source: OVEC_2569 },
    report: 'none',
  },
];

/** The health ministry's units (สป.สธ.) publish under MOIT 1–22, not O-codes (2566–2569) [S]; none of them is this document. */
const MOPH_HINT = {
  th: 'หน่วยงานสังกัดสำนักงานปลัดกระทรวงสาธารณสุขเผยแพร่ข้อมูลตามข้อ MOIT 1–22 ซึ่งไม่มีข้อใดเป็นเอกสารนี้โดยตรง (ใช้ข้อ MOIT ที่หน่วยงานเผยแพร่เอกสารนี้)',
  en: "the health ministry's units publish under MOIT 1–22, none of which is this document (use the MOIT item your agency publishes it under)",
};

const SCHEME_NAMES: Record<string, string> = { nacc: 'ป.ป.ช.', obec: 'สพฐ.', ovec: 'สอศ.', moph: 'สธ.', other: 'อื่น ๆ' };

/**
 * The item codes of the measures document and its report, for the measures of `fiscalYear` under `scheme`. A code not
 * known is undefined (the user can give it in `framework.measuresItem` / `framework.reportItem`), with a hint naming
 * the latest code known for the scheme.
 */
export function itemCodes(scheme: string, fiscalYear: number): { measures: ItemDef; report: ItemDef } {
  const list = (year: number) => ITEM_LISTS.find((l) => l.scheme === scheme && l.year === year);
  const reportTitle = fiscalYear >= 2566 ? REPORT_TITLE_NEW : REPORT_TITLE;
  const hintOf = (what: 'measures' | 'report'): ItemDef['hint'] => {
    if (scheme === 'moph') return MOPH_HINT;
    // The latest list before this year (the report: up to the year after, which may report on this one).
    const last = what === 'measures' ? fiscalYear - 1 : fiscalYear + 1;
    const latest = ITEM_LISTS.filter((l) => l.scheme === scheme && l.year <= last && typeof l[what] === 'object').pop();
    const item = latest?.[what];
    if (!latest || !item || item === 'none') return undefined;
    const named = item.itemTitle ? ` "${item.itemTitle}"` : '';
    const previous = 'covers' in item && item.covers === 'previous';
    return {
      th: `ในการประเมินปี ${latest.year} ใช้ข้อ ${item.code}${named}${previous ? ` (รายงานผลของปีงบประมาณ ${latest.year - 1})` : ''}${item.source.singleSource ? ' (จากแหล่งเดียว)' : ''}`,
      en: `ITA ${latest.year} used ${item.code}${named}${previous ? ` (the report on FY${latest.year - 1})` : ''}${item.source.singleSource ? ' (one source)' : ''}`,
    };
  };
  const unknown = (title: string, note: string, what: 'measures' | 'report'): ItemDef => {
    const hint = hintOf(what);
    return { title, source: { tag: '?', note }, ...(hint ? { hint } : {}) };
  };
  const schemeName = SCHEME_NAMES[scheme] ?? scheme;

  const own = list(fiscalYear);
  const measures: ItemDef = own?.measures
    ? {
        code: own.measures.code,
        title: own.measures.title ?? MEASURES_TITLE,
        ...(own.measures.itemTitle ? { itemTitle: own.measures.itemTitle } : {}),
        itaYear: fiscalYear,
        source: own.measures.source,
      }
    : unknown(
        MEASURES_TITLE,
        `the measures item of ${scheme} (${schemeName}) ITA ${fiscalYear} is not known (docs/ita.md); give it in framework.measuresItem`,
        'measures',
      );

  // The report on FY N's measures: an item of the list of year N about its own year, or of year N + 1 about the year before.
  const next = list(fiscalYear + 1);
  const sameYear = own?.report && own.report !== 'none' && own.report.covers === 'same' ? { item: own.report, year: fiscalYear } : undefined;
  const yearAfter = next?.report && next.report !== 'none' && next.report.covers === 'previous' ? { item: next.report, year: fiscalYear + 1 } : undefined;
  const found = sameYear ?? yearAfter;
  const report: ItemDef = found
    ? {
        code: found.item.code,
        title: found.item.itemTitle ?? reportTitle,
        itaYear: found.year,
        source: found.item.source,
      }
    : unknown(
        reportTitle,
        own?.report === 'none'
          ? `${scheme} (${schemeName}) ITA ${fiscalYear} has no separate report item, and the item of ITA ${fiscalYear + 1} is not known (docs/ita.md); give it in framework.reportItem`
          : `the report item for the measures of ${scheme} (${schemeName}) FY${fiscalYear} is not known (docs/ita.md); give it in framework.reportItem`,
        'report',
      );
  return { measures, report };
}
