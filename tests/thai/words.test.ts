/** Thai words by dictionary: compounds kept whole, ICU kept where the dictionary is silent, a document's own words. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentsOf } from '../../src/thai/segments.js';
import { MAX_RUN, compileWordLists, createThaiDictionary, createThaiWordBreaker, isThaiLetter, parseWordList } from '../../src/thai/words.js';
import { THAI_WORD_LISTS } from '../../src/resources/load-resources.js';
import { ROOT, resources } from '../helpers.js';

const dictionary = resources.thaiDictionary();
const words = createThaiWordBreaker(dictionary);

/** `text` with a bar at each break. */
function show(text: string, breaks: readonly number[]): string {
  let out = '';
  let last = 0;
  for (const b of breaks) {
    out += `${text.slice(last, b)}|`;
    last = b;
  }
  return out + text.slice(last);
}

const icu = new Intl.Segmenter('th', { granularity: 'word' });
const icuBreaks = (text: string) => [...icu.segment(text)].map((s) => s.index).filter((i) => i > 0);

describe('the dictionary', () => {
  it('is libthai’s word list with itadoc’s official and ITA vocabulary', () => {
    expect(dictionary.size).toBeGreaterThan(25_000);
    for (const word of ['หน่วยงาน', 'ตัวชี้วัด', 'รับผิดชอบ', 'ส่งเสริม', 'เผยแพร่']) expect(dictionary.has(word), word).toBe(true);
    expect(dictionary.has('หน่วยงานภาครัฐ')).toBe(false);
  });

  it('keeps every compound of the never-split list whole, alone and between other words', () => {
    const list = parseWordList(readFileSync(join(ROOT, 'tests/fixtures/thai/never-split.txt'), 'utf8'));
    expect(list.length).toBeGreaterThan(200);
    const split: string[] = [];
    for (const word of list) {
      const alone = words.opportunities(word).breaks;
      if (alone.length) split.push(show(word, alone));
      const context = `และ${word}ของ`;
      const inside = words.opportunities(context).breaks.filter((b) => b > 3 && b < 3 + word.length);
      if (inside.length) split.push(show(context, inside));
    }
    expect(split).toEqual([]);
  });

  it('breaks the compounds of the issue where a Thai reader does, where ICU cut them', () => {
    const text = 'หน่วยงานงบประมาณรับผิดชอบตัวชี้วัดถูกต้องตรวจสอบใช้จ่ายภาครัฐเจ้าหน้าที่ส่วนราชการ';
    expect(show(text, icuBreaks(text))).not.toBe(show(text, words.opportunities(text).breaks));
    expect(show(text, words.opportunities(text).breaks)).toBe(
      'หน่วยงาน|งบประมาณ|รับผิดชอบ|ตัวชี้วัด|ถูกต้อง|ตรวจสอบ|ใช้จ่าย|ภาครัฐ|เจ้าหน้าที่|ส่วนราชการ',
    );
    // ICU's nonsense segments are mended (แผน|งา|นบู|รณา|การ).
    expect(show('แผนงานบูรณาการ', words.opportunities('แผนงานบูรณาการ').breaks)).toBe('แผนงาน|บูรณาการ');
  });

  it('offers the breaks it removed inside words as a second choice, for a word wider than its line', () => {
    const { breaks, inWord } = words.opportunities('ผู้มีส่วนได้ส่วนเสีย');
    expect(breaks).toEqual([]);
    expect(show('ผู้มีส่วนได้ส่วนเสีย', inWord)).toBe('ผู้|มี|ส่วน|ได้|ส่วน|เสีย');
  });

  it('keeps ICU’s breaks where the dictionary has nothing (names), until the document names them', () => {
    const text = 'โดยนายคมสันเจริญอาจ';
    expect(words.opportunities(text).breaks).toEqual(icuBreaks(text).filter((b) => b > 0));
    const own = createThaiWordBreaker(dictionary, ['คมสัน', ' เจริญอาจ ']);
    expect(own.extraWords).toEqual(['คมสัน', 'เจริญอาจ']);
    expect(show(text, own.opportunities(text).breaks)).toBe('โดย|นาย|คมสัน|เจริญอาจ');
    expect(own.key).not.toBe(words.key);
  });

  it('gives only breaks between two Thai letters of one word run, never before a mark or after a leading vowel', () => {
    const samples = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.json'));
    let checked = 0;
    for (const sample of samples) {
      const strings: string[] = [];
      JSON.parse(readFileSync(join(ROOT, 'samples', sample), 'utf8'), (_key, value: unknown) => {
        if (typeof value === 'string') strings.push(value);
        return value;
      });
      for (const text of strings) {
        const { breaks } = words.opportunities(text);
        breaks.forEach((b, i) => {
          if (i > 0) expect(b).toBeGreaterThan(breaks[i - 1]!);
          expect(isThaiLetter(text.charCodeAt(b - 1)) && isThaiLetter(text.charCodeAt(b)), text.slice(b - 5, b + 5)).toBe(true);
          expect(text[b], text.slice(b - 5, b + 5)).not.toMatch(/[\u0E30-\u0E3A\u0E45-\u0E4E\u0E2F]/u);
          expect(text[b - 1], text.slice(b - 5, b + 5)).not.toMatch(/[\u0E40-\u0E44]/u);
          checked++;
        });
      }
    }
    expect(checked).toBeGreaterThan(1_000);
  });

  it('segments a run of Thai letters of any length in bounded pieces, as it segments a short one', () => {
    const sentence = 'หน่วยงานภาครัฐต้องเปิดเผยข้อมูลการดำเนินงานต่อสาธารณะอย่างต่อเนื่อง';
    const long = sentence.repeat(Math.ceil((3 * MAX_RUN) / sentence.length));
    const { breaks } = words.opportunities(long);
    const short = words.opportunities(sentence).breaks;
    // Most breaks of the long run are those of the sentence, repeated; pieces are cut at breaks.
    const expected = new Set<number>();
    for (let k = 0; k * sentence.length < long.length; k++) for (const b of [0, ...short]) expected.add(k * sentence.length + b);
    const same = breaks.filter((b) => expected.has(b)).length;
    expect(same / breaks.length).toBeGreaterThan(0.95);
    expect(words.words(long).map((w) => long.slice(w.start, w.end)).join('')).toBe(long);
  });
});

describe('the compiled trie', () => {
  const general = readFileSync(THAI_WORD_LISTS.general);
  const curated = readFileSync(THAI_WORD_LISTS.curated, 'utf8');
  const built = createThaiDictionary([general], [curated]);
  const text = 'หน่วยงานภาครัฐต้องเปิดเผยข้อมูลการดำเนินงานต่อสาธารณะอย่างต่อเนื่อง แผนงานบูรณาการ โดยนายคมสันเจริญอาจ';

  it('is what the build wrote for the bundled list, and reads back to the dictionary the list builds', () => {
    const compiled = compileWordLists([general]);
    expect(Buffer.compare(readFileSync(THAI_WORD_LISTS.compiledGeneral), compiled)).toBe(0);
    // Read from a buffer that is not 4-byte aligned, as a pooled Buffer may be.
    const shifted = new Uint8Array(compiled.length + 1).subarray(1);
    shifted.set(compiled);
    for (const bytes of [compiled, shifted]) {
      const read = createThaiDictionary([general], [curated], bytes);
      expect([read.compiled, read.size]).toEqual([true, built.size]);
      expect(createThaiWordBreaker(read).words(text)).toEqual(createThaiWordBreaker(built).words(text));
      for (const word of ['หน่วยงาน', 'ตัวชี้วัด', 'บูรณาการ']) expect(read.has(word), word).toBe(true);
    }
    expect(built.compiled).toBe(false);
    // The resources read the build's file.
    expect([resources.thaiDictionary().compiled, resources.thaiDictionary().size]).toEqual([true, built.size]);
  });

  it('is ignored when it was made from another list, or is not a trie at all', () => {
    const other = compileWordLists(['หน่วย\nงาน\n']);
    for (const bytes of [other, new Uint8Array(100), new Uint8Array(0)]) {
      const read = createThaiDictionary([general], [curated], bytes);
      expect([read.compiled, read.size]).toEqual([false, built.size]);
      expect(read.has('บูรณาการ')).toBe(true);
    }
    // Made from the small list, it is used for the small list.
    const small = createThaiDictionary(['หน่วย\nงาน\n'], [], other);
    expect([small.compiled, small.size, small.has('หน่วย'), small.has('บูรณาการ')]).toEqual([true, 2, true, false]);
  });
});

describe('bounded segmentation', () => {
  it('gives the segments one call would, for a long text, in pieces', () => {
    const text = 'การประเมินคุณธรรม ITA 2568 และความโปร่งใส (ITA) '.repeat(300);
    expect(text.length).toBeGreaterThan(10_000);
    const direct = [...icu.segment(text)].map((s) => [s.index, s.segment, s.isWordLike]);
    const bounded = [...segmentsOf(icu, text)].map((s) => [s.index, s.segment, s.isWordLike]);
    expect(bounded).toEqual(direct);
  });

  it('keeps a cluster longer than a piece whole (one letter with thousands of marks)', () => {
    const clusters = new Intl.Segmenter('th', { granularity: 'grapheme' });
    const text = 'ก'.repeat(9_000) + 'ก' + '\u0e48'.repeat(5_000) + 'ข';
    const pieces = [...segmentsOf(clusters, text)];
    expect(pieces.map((p) => p.segment).join('')).toBe(text);
    expect(pieces.at(-2)!.segment.length).toBe(5_001);
  });
});
