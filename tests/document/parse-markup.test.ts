import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDigits, convertDigits } from '../../src/document/apply-digits.js';
import { buildDocument } from '../../src/document/build-documents.js';
import { MarkupError, checkTemplateMarkup, parseMarkup } from '../../src/document/parse-markup.js';
import { loadInputText } from '../../src/input/index.js';
import { loadSample, treeText } from '../helpers.js';

const defaults = { font: 'TH SarabunPSK', size: 16, author: 'x', created: '2020-06-18T00:00:00Z', language: 'th-TH' };

describe('markup → tree', () => {
  it('parses paragraphs, inline styles, lists and tables', () => {
    const doc = parseMarkup(
      `<document kind="t" title="ชื่อ"><p indent="first" align="thai">ข้อความ <b>หนา</b> <span size="20" color="#FF0000">ใหญ่</span></p>
       <ol marker="paren"><li>หนึ่ง</li><li>สอง</li></ol>
       <table widths="1,2"><tr header="true"><th>ก</th><th>ข</th></tr><tr><td rowspan="2">ค</td><td>ง</td></tr></table></document>`,
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
    expect(table).toMatchObject({ type: 'table', widths: [1, 2], rows: [{ header: true }, { header: false, cells: [{ rowspan: 2 }, {}] }] });
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

describe('user text is printed literally', () => {
  it('an agency name holding markup or Handlebars prints as typed', () => {
    const sample = loadSample('nakhonpathom-2564');
    const name = 'จังหวัด<table><tr><td>x</td></tr></table> {{agency.name}} & "คำ"';
    const loaded = { ...sample, input: { ...sample.input, agency: { ...sample.input.agency, name } } };
    const doc = buildDocument(loaded, 'o42');
    expect(treeText(doc)).toContain(name);
    expect(doc.children.filter((b) => b.type === 'table').length).toBe(
      buildDocument(sample, 'o42').children.filter((b) => b.type === 'table').length,
    );
  });
});

describe('template overrides', () => {
  it('--templates replaces one template and keeps the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itadoc-tpl-'));
    writeFileSync(join(dir, 'memo.hbs'), '<document kind="memo"><p>บันทึกของหน่วยงาน {{agency.name}}</p></document>');
    const sample = loadSample('pathumthani-2563');
    const memo = buildDocument(sample, 'memo', { templates: dir });
    expect(treeText(memo)).toBe('บันทึกของหน่วยงาน จังหวัดปทุมธานี');
    expect(treeText(buildDocument(sample, 'o42', { templates: dir }))).toContain('ความเป็นมา');
  });

  it('a broken override names its file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itadoc-tpl-'));
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'memo.hbs'), '<document kind="memo">\n<p>ก</p>\n<marquee>x</marquee>\n</document>');
    const sample = loadSample('pathumthani-2563');
    expect(() => buildDocument(sample, 'memo', { templates: dir })).toThrowError(/memo\.hbs.*line 3/);
  });

  it('a character no DOCX can hold, typed or written as a reference, names its file and line', () => {
    const sample = loadSample('pathumthani-2563');
    for (const [text, code] of [
      ['<document kind="memo">\n<p>ก\u0007</p>\n</document>', 'U+0007'],
      ['<document kind="memo">\n\n<p>ก&#xFFFF;</p>\n</document>', 'U+FFFF'],
      ['<document kind="memo">\n<p>ก&#11;</p>\n</document>', 'U+000B'],
    ] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'itadoc-tpl-'));
      writeFileSync(join(dir, 'memo.hbs'), text);
      expect(() => buildDocument(sample, 'memo', { templates: dir })).toThrowError(`memo.hbs, line ${text.split('\n').findIndex((l) => l.includes('ก')) + 1}: the control character ${code}`);
    }
  });
});

describe('Arabic digits on request', () => {
  it('--digits arabic writes the scores with Arabic digits', () => {
    const { input, framework, file } = loadSample('pathumthani-2563');
    const doc = buildDocument({ input, framework, file }, 'o42', { digits: 'arabic' });
    expect(treeText(doc)).toContain('92.69');
    expect(treeText(doc)).not.toContain('๙๒.๖๙');
  });

  it('defaults to Thai digits', () => {
    const loaded = loadInputText(JSON.stringify({ agency: { name: 'ทดสอบ', kind: 'province' }, fiscalYear: 2564, measures: [{ id: 'a', title: 'มาตรการ 1', budget: 15000 }] }));
    const text = treeText(buildDocument(loaded, 'o42'));
    expect(text).toContain('๑๕,๐๐๐');
    expect(text).toContain('หนึ่งหมื่นห้าพันบาทถ้วน');
    expect(text).not.toMatch(/[0-9]/);
  });
});
