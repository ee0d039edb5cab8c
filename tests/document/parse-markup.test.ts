/** The document stage: markup → tree, with every content decision made there (markers, cell places, digits). */
import { describe, expect, it } from 'vitest';
import { applyDigits, convertDigits } from '../../src/document/apply-digits.js';
import type { TableNode } from '../../src/document/nodes.js';
import { MarkupError, checkTemplateMarkup, parseMarkup } from '../../src/document/parse-markup.js';
import { continuationText, leadingWord, pageNumberText } from '../../src/document/running.js';
import { resources, thaiWords, treeText } from '../helpers.js';
import { wordBreakerFor } from '../../src/render/pdf/thai-text.js';

const defaults = { font: 'TH SarabunPSK', size: 16, author: 'x', created: '2020-06-18T00:00:00Z', language: 'th-TH', digits: 'thai' as const };

describe('markup → tree', () => {
  it('parses paragraphs, inline styles, lists and tables', () => {
    const doc = parseMarkup(
      `<document kind="t" title="ชื่อ"><p indent="first" align="thai">ข้อความ <b>หนา</b> <span size="20" color="#FF0000">ใหญ่</span></p>
       <ol marker="paren"><li>หนึ่ง</li><li>สอง</li></ol>
       <table widths="1,2"><tr header="true"><th>ก</th><th>ข</th></tr><tr><td rowspan="2">ค</td><td>ง</td></tr><tr><td>จ</td></tr></table></document>`,
      't.hbs',
      defaults,
    );
    expect(doc.meta.title).toBe('ชื่อ');
    const [p, ol, table] = doc.children;
    expect(p).toMatchObject({ type: 'paragraph', align: 'thai', firstLine: expect.closeTo(70.87, 1) });
    expect(p?.type === 'paragraph' && p.children).toEqual([
      { type: 'text', value: 'ข้อความ ' },
      { type: 'text', value: 'หนา', bold: true },
      { type: 'text', value: ' ' },
      { type: 'text', value: 'ใหญ่', size: 20, color: 'FF0000' },
    ]);
    expect(ol).toMatchObject({ type: 'list', marker: 'paren', items: [{}, {}] });
    expect(table).toMatchObject({ type: 'table', widths: [1, 2], rows: [{ header: true }, { header: false, cells: [{ rowspan: 2 }, {}] }, { cells: [{ column: 1 }] }] });
  });

  it('names the template and line of an unknown element', () => {
    expect(() => parseMarkup('<document>\n<p>ก</p>\n<blink>x</blink></document>', 'o42.hbs', defaults)).toThrowError(
      /o42\.hbs.*line 3.*unknown element <blink>/,
    );
  });

  it('names the template and line of an unknown attribute', () => {
    const err = (() => {
      try {
        checkTemplateMarkup('<document>\n\n<p colour="red">{{x}}</p></document>', 'templates/memo.hbs');
      } catch (e) {
        return e as MarkupError;
      }
    })();
    expect(err).toBeInstanceOf(MarkupError);
    expect(err!.line).toBe(3);
    expect(err!.message).toContain('templates/memo.hbs');
    expect(err!.message).toContain('colour');
  });

  it('refuses text outside a paragraph', () => {
    expect(() => parseMarkup('<document>loose</document>', 'x.hbs', defaults)).toThrowError(/wrap it in <p>/);
  });
});

describe('digits', () => {
  it('writes Thai digits but leaves e-mail and web addresses alone', () => {
    expect(convertDigits('ภายในวันที่ 31 มีนาคม 2564 ทาง hrnpt0017.5@gmail.com หรือ www.site2.go.th/a1', 'thai')).toBe(
      'ภายในวันที่ ๓๑ มีนาคม ๒๕๖๔ ทาง hrnpt0017.5@gmail.com หรือ www.site2.go.th/a1',
    );
    expect(convertDigits('๙๒.๖๙', 'arabic')).toBe('92.69');
  });

  it('converts a whole tree', () => {
    const doc = applyDigits(parseMarkup('<document title="ปี 2563"><p>92.69</p></document>', 'x', defaults), 'thai');
    expect(doc.meta.title).toBe('ปี ๒๕๖๓');
    expect(treeText(doc)).toBe('๙๒.๖๙');
  });
});

describe('content decided in the tree', () => {
  it('writes list markers as text, in the document digits', () => {
    const markup = '<document><ol marker="paren" start="9"><li>ก</li><li>ข</li></ol><ol marker="dash"><li>ค</li></ol><ol marker="none"><li>ง</li></ol></document>';
    const thai = applyDigits(parseMarkup(markup, 'x', defaults), 'thai');
    const arabic = applyDigits(parseMarkup(markup, 'x', { ...defaults, digits: 'arabic' }), 'arabic');
    const labels = (doc: typeof thai) => doc.children.flatMap((b) => (b.type === 'list' ? b.items.map((i) => i.label) : []));
    expect(labels(thai)).toEqual(['(๙)', '(๑๐)', '-', '']);
    expect(labels(arabic)).toEqual(['(9)', '(10)', '-', '']);
  });

  it('places every cell on the grid, after the cells that span rows into its row', () => {
    const doc = parseMarkup(
      `<document><table widths="1,1,1"><tr><td rowspan="2">a</td><td colspan="2">b</td></tr><tr><td>c</td><td rowspan="5">d</td></tr><tr><td>e</td><td>f</td></tr></table></document>`,
      'x',
      defaults,
    );
    const table = doc.children[0] as TableNode;
    expect(table.rows.map((r) => r.cells.map((c) => [c.column, c.colspan, c.rowspan]))).toEqual([
      [[0, 1, 2], [1, 2, 1]],
      [[1, 1, 1], [2, 1, 2]],
      // d's rowspan is cut at the last row; e and f skip the column d covers.
      [[0, 1, 1], [1, 1, 1]],
    ]);
  });

  it('refuses a row whose cells run past the table, naming the line', () => {
    expect(() => parseMarkup('<document>\n<table widths="1,1">\n<tr><td>a</td><td>b</td><td>c</td></tr></table></document>', 'x.hbs', defaults)).toThrowError(
      /x\.hbs.*line 3.*2 columns/,
    );
  });

  it('decides the page number text and the continuation word', () => {
    const doc = parseMarkup('<document numbers-from="2" continuation="true"><title>ก</title></document>', 'x', defaults);
    expect(doc.running).toEqual([{ type: 'page-number', from: 2, digits: 'thai' }, { type: 'continuation' }]);
    expect(pageNumberText({ type: 'page-number', from: 2, digits: 'thai' }, 12)).toBe('- ๑๒ -');
    expect(pageNumberText({ type: 'page-number', from: 2, digits: 'arabic' }, 12)).toBe('- 12 -');
    expect(continuationText('ระดับ คะแนน', thaiWords)).toBe('/ระดับ...');
    expect(leadingWord('การคำนวณคะแนน', thaiWords)).toBe('การคำนวณ');
    expect(parseMarkup('<document numbers-from="0"><p>ก</p></document>', 'x', defaults).running).toEqual([]);
  });

  it('calls a document by its title lines when the markup names no title', () => {
    const doc = parseMarkup('<document><title>มาตรการ</title><title>ปี 2568</title><p>ก</p></document>', 'x', defaults);
    expect(doc.meta.title).toBe('มาตรการ ปี 2568');
  });
});

describe('the continuation word', () => {
  it('finds the word a continuation mark announces', () => {
    expect(leadingWord('ระดับ คะแนน', thaiWords)).toBe('ระดับ');
    expect(leadingWord('จะต้องมีการจัดทำแนวทาง', thaiWords)).toBe('จะต้อง');
    expect(leadingWord('ภาคผนวก', thaiWords)).toBe('ภาคผนวก');
    expect(leadingWord('การคำนวณคะแนน', thaiWords)).toBe('การคำนวณ');
    // A numbered heading announces its number with its first word.
    expect(leadingWord('(๑) การปฏิบัติหน้าที่', thaiWords)).toBe('(๑) การปฏิบัติหน้าที่');
    expect(leadingWord('๒. ผลการประเมิน', thaiWords)).toBe('๒. ผลการ');
    expect(leadingWord('๓.', thaiWords)).toBe('๓.');
    expect(leadingWord('Integrity and', thaiWords)).toBe('Integrity');
    expect(leadingWord('  ', thaiWords)).toBeUndefined();
  });

  it('takes whole dictionary words, never ICU fragments of a compound', () => {
    // ICU reads ตัว|ชี้|วัด and ผู้|มี|ส่วน|ได้|ส่วน|เสีย.
    expect(continuationText('ตัวชี้วัดที่ ๗ การแก้ไขปัญหา', thaiWords)).toBe('/ตัวชี้วัด...');
    expect(continuationText('ผู้มีส่วนได้ส่วนเสียภายใน', thaiWords)).toBe('/ผู้มีส่วนได้ส่วนเสีย...');
    expect(continuationText('หน่วยงานภาครัฐ', thaiWords)).toBe('/หน่วยงาน...');
  });

  it('has one slash: punctuation before or after the word is left out, brackets around it stay', () => {
    expect(continuationText('มาตรการ/โครงการ/กิจกรรม', thaiWords)).toBe('/มาตรการ...');
    expect(continuationText('/โครงการ/กิจกรรม', thaiWords)).toBe('/โครงการ...');
    expect(continuationText('- การประชุมชี้แจง', thaiWords)).toBe('/การประชุม...');
    expect(continuationText('(IIT) ร้อยละ', thaiWords)).toBe('/(IIT)...');
    expect(continuationText('“ไม่รับ” ของขวัญ', thaiWords)).toBe('/“ไม่รับ”...');
    expect(continuationText('...', thaiWords)).toBeUndefined();
  });

  it('takes the document’s own words too', () => {
    const words = wordBreakerFor(resources.thaiDictionary(), ['คมสันเจริญอาจ']);
    expect(continuationText('คมสันเจริญอาจ ผู้ว่า', thaiWords)).not.toBe('/คมสันเจริญอาจ...');
    expect(continuationText('คมสันเจริญอาจ ผู้ว่า', words)).toBe('/คมสันเจริญอาจ...');
  });
});
