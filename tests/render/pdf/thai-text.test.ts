/** Thai line breaking: where break marks go, long words in narrow cells, units kept on one line. */
import { describe, expect, it } from 'vitest';
import { keepThaiUnitsTogether, textRuns } from '../../../src/render/pdf/inline-text.js';
import { thaiBreakOffsets } from '../../../src/render/pdf/thai-text.js';
import { fontsFor, thaiWords } from '../../helpers.js';

const fonts = fontsFor();

describe('break marks', () => {
  it('allows breaks between Thai words only', () => {
    expect(thaiBreakOffsets('การดำเนินงาน', thaiWords)).toEqual([3]);
    // ICU keeps Latin and Thai letters written together in one word.
    expect(thaiBreakOffsets('E-Serviceที่ประชาชน', thaiWords)).toEqual([12]);
    // Punctuation and spaces are left to the Unicode algorithm.
    expect(thaiBreakOffsets('(๐๔๒)', thaiWords)).toEqual([]);
    expect(thaiBreakOffsets('ต่าง ๆ', thaiWords)).toEqual([]);
    expect(thaiBreakOffsets('Integrity and Transparency', thaiWords)).toEqual([]);
  });

  it('breaks a word wider than its line between clusters, never between a letter and its marks', () => {
    const word = 'น้ำที่ปั่นซื้อเอี๊ยดหนี้ลิ้น'.repeat(3);
    const runs = textRuns([{ type: 'text', value: `${word} https://itas.nacc.go.th/o42/measures` }], {
      fonts,
      size: 16,
      maxLineWidth: 60,
      words: thaiWords,
    });
    const pieces = runs.flatMap((r) => r.text.split(/(?<=[\u200b ])/u)).map((p) => p.replace(/[\u200b ]/gu, ''));
    expect(pieces.join('')).toBe(`${word}https://itas.nacc.go.th/o42/measures`);
    for (const piece of pieces.filter(Boolean)) {
      expect(piece, piece).not.toMatch(/^[\u0E31\u0E33-\u0E3A\u0E47-\u0E4E]/u);
      expect(fonts.measure(piece, 'normal', 16)).toBeLessThanOrEqual(60);
    }
  });

});

describe('units kept on one line', () => {
  it('never starts a line with ๆ, and keeps dotted abbreviations with the word before and the year after', () => {
    expect(keepThaiUnitsTogether('ช่องทางอื่น ๆ ตาม พ.ร.บ. ข้อมูล ปีงบประมาณ พ.ศ. ๒๕๖๔ สำนักงาน ป.ป.ช. แล้ว')).toBe(
      'ช่องทางอื่น\u00a0ๆ ตาม\u00a0พ.ร.บ. ข้อมูล ปีงบประมาณ\u00a0พ.ศ.\u00a0๒๕๖๔ สำนักงาน\u00a0ป.ป.ช. แล้ว',
    );
    expect(keepThaiUnitsTogether('ระบบ E-Serviceที่')).toBe('ระบบ E-\u2060Serviceที่');
  });
});
