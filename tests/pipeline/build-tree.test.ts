/** The pipeline up to the tree: templates over the view model, overrides, user text, digits. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputText } from '../../src/input/index.js';
import { buildDocumentTree } from '../../src/pipeline/render-documents.js';
import { loadResources } from '../../src/resources/load-resources.js';
import { ROOT, buildTree, fontsFor, loadSample, resources, treeText } from '../helpers.js';

describe('user text is printed literally', () => {
  it('an agency name holding markup or Handlebars prints as typed', () => {
    const sample = loadSample('nakhonpathom-2564');
    const name = 'จังหวัด<table><tr><td>x</td></tr></table> {{agency.name}} & "คำ"';
    const loaded = { ...sample, input: { ...sample.input, agency: { ...sample.input.agency, name } } };
    const doc = buildTree(loaded, 'o42');
    expect(treeText(doc)).toContain(name);
    expect(doc.children.filter((b) => b.type === 'table').length).toBe(
      buildTree(sample, 'o42').children.filter((b) => b.type === 'table').length,
    );
  });
});

describe('template overrides', () => {
  it('--templates replaces one template and keeps the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itadoc-tpl-'));
    writeFileSync(join(dir, 'memo.hbs'), '<document kind="memo"><p>บันทึกของหน่วยงาน {{agency.name}}</p></document>');
    const sample = loadSample('pathumthani-2563');
    const own = loadResources({ templates: dir });
    const memo = buildDocumentTree(sample, 'memo', own);
    expect(treeText(memo)).toBe('บันทึกของหน่วยงาน จังหวัดปทุมธานี');
    expect(treeText(buildDocumentTree(sample, 'o42', own))).toContain('ความเป็นมา');
  });

  it('a broken override names its file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itadoc-tpl-'));
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'memo.hbs'), '<document kind="memo">\n<p>ก</p>\n<marquee>x</marquee>\n</document>');
    const sample = loadSample('pathumthani-2563');
    expect(() => buildDocumentTree(sample, 'memo', loadResources({ templates: dir }))).toThrowError(/memo\.hbs.*line 3/);
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
      expect(() => buildDocumentTree(sample, 'memo', loadResources({ templates: dir }))).toThrowError(`memo.hbs, line ${text.split('\n').findIndex((l) => l.includes('ก')) + 1}: the control character ${code}`);
    }
  });
});

describe('Arabic digits on request', () => {
  it('--digits arabic writes the scores with Arabic digits', () => {
    const { input, framework, file } = loadSample('pathumthani-2563');
    const doc = buildTree({ input, framework, file }, 'o42', { digits: 'arabic' });
    expect(treeText(doc)).toContain('92.69');
    expect(treeText(doc)).not.toContain('๙๒.๖๙');
  });

  it('defaults to Thai digits', () => {
    const loaded = loadInputText(JSON.stringify({ agency: { name: 'ทดสอบ', kind: 'province' }, fiscalYear: 2564, measures: [{ id: 'a', title: 'มาตรการ 1', budget: 15000 }] }));
    const text = treeText(buildTree(loaded, 'o42'));
    expect(text).toContain('๑๕,๐๐๐');
    expect(text).toContain('หนึ่งหมื่นห้าพันบาทถ้วน');
    expect(text).not.toMatch(/[0-9]/);
  });
});

describe('default prose lives in the templates', () => {
  it('a clerk rewords the letter body the input leaves out by overriding one partial', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itadoc-tpl-'));
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'partials', 'letter-body.hbs'), '<p indent="first">ขอส่งมาตรการของ{{agency.name}}มาเพื่อทราบ</p>');
    const sample = loadSample('pathumthani-2563');
    const withoutBody = { ...sample, input: { ...sample.input, letter: { ...sample.input.letter!, body: undefined } } };
    expect(treeText(buildDocumentTree(withoutBody, 'memo', loadResources({ templates: dir })))).toContain('ขอส่งมาตรการของจังหวัดปทุมธานีมาเพื่อทราบ');
    // The built-in partial writes the default body from the analysis.
    expect(treeText(buildTree(withoutBody, 'memo'))).toContain('ได้คะแนน ๙๒.๖๙ คะแนน อยู่ในระดับ A');
  });
});

/** A sample's JSON as written. */
function sampleJson(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, 'samples', `${name}.json`), 'utf8')) as Record<string, unknown>;
}

describe('an input’s own words', () => {
  it('settings.words reach the tree, and PDF lines never break inside them', async () => {
    const sample = loadSample('pathumthani-2563');
    // The dictionary does not know the signatory's surname, and ICU cuts it (บุญ|เลิศ).
    const words = ['บุญเลิศ', 'ปทุมธานี'];
    const raw = sampleJson('pathumthani-2563');
    const loaded = loadInputText(JSON.stringify({ ...raw, settings: { ...(raw.settings as object), words } }), 'own-words.json');
    const tree = buildTree(loaded, 'memo');
    expect(tree.words).toEqual(words);
    expect(buildTree(sample, 'memo')).not.toHaveProperty('words');
    const { toPdfDefinition } = await import('../../src/render/pdf/to-pdf-definition.js');
    const { wordBreakerFor } = await import('../../src/render/pdf/thai-text.js');
    const runs = (definition: unknown) => JSON.stringify(definition);
    const fonts = fontsFor();
    const plain = runs(toPdfDefinition(tree, fonts, wordBreakerFor(resources.thaiDictionary())));
    const own = runs(toPdfDefinition(tree, fonts, wordBreakerFor(resources.thaiDictionary(), tree.words)));
    expect(plain).toContain('บุญ\u200bเลิศ');
    expect(own).not.toContain('บุญ\u200bเลิศ');
    expect(own).toContain('บุญเลิศ');
  });

  it('a word that is not one Thai word is refused, naming the field', () => {
    const text = JSON.stringify({ ...sampleJson('tak-2568'), settings: { words: ['ตาก', 'นาย สมชาย'] } });
    expect(() => loadInputText(text, 'bad-words.json')).toThrowError(/settings\.words\[1\][\s\S]*Thai letters only/);
  });
});
