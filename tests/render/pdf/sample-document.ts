/** A hand-built document tree touching every node type, long enough for several pages. */
import { A4_PAGE } from '../../../src/document/parse-markup.js';
import type { BlockNode, DocumentNode, InlineNode, RowNode, TextNode } from '../../../src/document/nodes.js';
import { finishTree, running } from '../../trees.js';

const CM = 72 / 2.54;

const t = (value: string, style: Omit<TextNode, 'type' | 'value'> = {}): TextNode => ({ type: 'text', value, ...style });

/** Body text with ำ, tone marks, mixed Thai/Latin and the words FORMAT.md asks to test. */
export const BODY = [
  'ด้วยในการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๓ กำหนดให้จังหวัดดำเนินการตามตัวชี้วัดย่อยมาตรการภายในเพื่อป้องกันการทุจริต หัวข้อมาตรการส่งเสริมความโปร่งใสและป้องกันการทุจริตภายในหน่วยงาน ได้แก่ มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (๐๔๒) และการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (๐๔๓)',
  'ในการนี้ จังหวัดได้วิเคราะห์ผลการประเมินและดำเนินการตามข้อเสนอแนะของสำนักงาน ป.ป.ช. แล้ว จึงกำหนดมาตรการให้ส่วนราชการถือปฏิบัติ โดยเฉพาะการให้บริการผ่านระบบ E-Serviceที่ประชาชนเข้าถึงได้ง่าย การตรวจสอบคุณภาพน้ำประปา การจัดซื้อจัดจ้างที่โปร่งใส การชำระหนี้ค่าสาธารณูปโภค และการปั่นจักรยานรณรงค์ลดใช้พลังงาน เสียงเอี๊ยดของประตูที่ชำรุด และลิ้นชักเก็บเอกสารลับ A วันที่ ๑๘ มิถุนายน ๒๕๖๓',
  'ทั้งนี้ ขอให้หน่วยงานในสังกัดดำเนินการตามมาตรการดังกล่าวอย่างเคร่งครัด และรายงานผลการดำเนินการให้จังหวัดทราบภายในกำหนด เพื่อประโยชน์ในการติดตามและประเมินผลการดำเนินงานในภาพรวม ซึ่งจะนำไปสู่การยกระดับคุณธรรมและความโปร่งใสของหน่วยงานภาครัฐต่อไป',
];

/** Words that must come out whole and correctly marked. */
export const TEST_WORDS = ['น้ำ', 'ที่', 'ปั่น', 'ซื้อ', 'เอี๊ยด', 'หนี้', 'ลิ้น'];

function tableRows(count: number): RowNode[] {
  const rows: RowNode[] = [
    {
      type: 'row',
      header: true,
      cantSplit: true,
      cells: ['ลำดับ', 'มาตรการ', 'ผู้รับผิดชอบ'].map((label) => ({
        type: 'cell',
        column: 0,
        colspan: 1,
        rowspan: 1,
        align: 'center',
        valign: 'middle',
        children: [{ type: 'paragraph', children: [t(label, { bold: true })] }],
      })),
    },
    {
      type: 'row',
      header: false,
      cantSplit: true,
      cells: [
        {
          type: 'cell',
        column: 0,
          colspan: 3,
          rowspan: 1,
          shade: 'F2F2F2',
          children: [{ type: 'paragraph', children: [t('(๑) การปฏิบัติหน้าที่', { bold: true })] }],
        },
      ],
    },
  ];
  for (let i = 1; i <= count; i++) {
    const cells: RowNode['cells'] = [];
    cells.push({
      type: 'cell',
        column: 0,
      colspan: 1,
      rowspan: 1,
      align: 'center',
      children: [{ type: 'paragraph', children: [t(String(i).replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!))] }],
    });
    cells.push({
      type: 'cell',
        column: 0,
      colspan: 1,
      rowspan: 1,
      children: [
        {
          type: 'paragraph',
          children: [t(`กำหนดแนวทางการดำเนินงานด้านความโปร่งใสข้อที่ ${i} และเผยแพร่ต่อสาธารณชนผ่านเว็บไซต์ของหน่วยงาน`)],
        },
      ],
    });
    if (i % 4 === 1) {
      cells.push({
        type: 'cell',
        column: 0,
        colspan: 1,
        rowspan: 4,
        valign: 'middle',
        children: [{ type: 'paragraph', children: [t('กลุ่มงานบริหารทรัพยากรบุคคล')] }],
      });
    }
    rows.push({ type: 'row', header: false, cantSplit: false, cells });
  }
  return rows;
}

/** The sample document: numbered from page 2, with continuation words. */
export function sampleDocument(): DocumentNode {
  return finishTree(sampleTree());
}

function sampleTree(): DocumentNode {
  const body: BlockNode[] = BODY.map((text) => ({
    type: 'paragraph',
    align: 'thai',
    firstLine: 2.5 * CM,
    before: 6,
    children: [t(text)],
  }));
  const tabLine = (label: string, value: string): InlineNode[] => [
    t(label, { size: 20, bold: true }),
    t(' '),
    t(` ${value}`, { dotted: true }),
    { type: 'tab', dotted: true },
  ];
  return {
    type: 'document',
    kind: 'memo',
    meta: {
      title: 'มาตรการส่งเสริมคุณธรรม',
      author: 'สำนักงานจังหวัดปทุมธานี',
      subject: 'O42',
      keywords: ['ITA', 'O42'],
      language: 'th-TH',
      created: '2020-06-18T09:30:00Z',
    },
    page: { ...A4_PAGE },
    running: running(true),
    font: 'TH SarabunPSK',
    size: 16,
    children: [
      { type: 'paragraph', children: [t('ด่วนที่สุด', { size: 32, bold: true, color: 'C00000' })] },
      { type: 'emblem', height: 1.5 * CM, align: 'left' },
      { type: 'heading', level: 0, children: [t('บันทึกข้อความ', { size: 29 })] },
      { type: 'paragraph', tabs: [{ position: 16 * CM, align: 'right' }], children: tabLine('ส่วนราชการ', 'สำนักงานจังหวัดปทุมธานี โทร. ๐-๒๕๘๑-๖๐๓๘') },
      {
        type: 'paragraph',
        tabs: [
          { position: 8.5 * CM, align: 'left' },
          { position: 16 * CM, align: 'right' },
        ],
        children: [...tabLine('ที่', 'ปท ๐๐๑๗.๕/ว ๑๑๐๘๙'), ...tabLine('วันที่', '๑๘ มิถุนายน ๒๕๖๓')],
      },
      { type: 'paragraph', tabs: [{ position: 16 * CM, align: 'right' }], children: tabLine('เรื่อง', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส') },
      { type: 'paragraph', before: 6, children: [t('เรียน หัวหน้าส่วนราชการสังกัดราชการบริหารส่วนภูมิภาคจังหวัดปทุมธานี')] },
      ...body,
      { type: 'heading', level: 1, before: 12, children: [t('๑. มาตรการ')] },
      {
        type: 'list',
        marker: 'thai',
        start: 1,
        indent: 2.5 * CM,
        items: [
          { type: 'list-item', label: '', children: [t('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (Internal Integrity and Transparency Assessment : IIT) เป็นแบบวัดที่ให้ผู้ตอบเลือกคำตอบตามการรับรู้ของตนเอง')] },
          { type: 'list-item', label: '', children: [t('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)')] },
          { type: 'list-item', label: '', children: [t('แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)')] },
        ],
      },
      { type: 'table', widths: [1.2, 6, 3], size: 14, borders: 'all', rows: tableRows(36) },
      { type: 'paragraph', indent: 2.5 * CM, before: 6, children: [t('จึงเรียนมาเพื่อโปรดทราบและพิจารณาดำเนินการต่อไป')] },
      {
        type: 'signature',
        space: 3,
        axis: 0.62,
        lines: [[t('(นายสมชาย ใจดี)')], [t('ผู้ว่าราชการจังหวัดปทุมธานี')]],
      },
      { type: 'space', lines: 1 },
      { type: 'page-break' },
      { type: 'heading', level: 2, children: [t('ภาคผนวก')] },
      { type: 'paragraph', align: 'justify', children: [t(BODY[2]!)] },
    ],
  };
}
