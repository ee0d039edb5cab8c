/** Thai line breaking, script runs and the font adaptations the PDF renderer relies on. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textRuns } from '../../src/render/pdf/inline-text.js';
import { BUNDLED_FONT_DIR, loadPdfResources } from '../../src/render/pdf/pdf-resources.js';
import { prepareFont, scriptRuns } from '../../src/render/pdf/thai-font.js';
import { leadingWord, thaiBreakOffsets } from '../../src/render/pdf/thai-text.js';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as typeof import('fontkit');
const regular = () => readFileSync(join(BUNDLED_FONT_DIR, 'Sarabun-Regular.ttf'));
const resources = loadPdfResources();

describe('break marks', () => {
  it('allows breaks between Thai words only', () => {
    expect(thaiBreakOffsets('การดำเนินงาน')).toEqual([3, 9]);
    // ICU keeps Latin and Thai letters written together in one word.
    expect(thaiBreakOffsets('E-Serviceที่ประชาชน')).toEqual([12]);
    // Punctuation and spaces are left to the Unicode algorithm.
    expect(thaiBreakOffsets('(๐๔๒)')).toEqual([]);
    expect(thaiBreakOffsets('ต่าง ๆ')).toEqual([]);
    expect(thaiBreakOffsets('Integrity and Transparency')).toEqual([]);
  });

  it('breaks a word wider than its line between clusters, never between a letter and its marks', () => {
    const word = 'น้ำที่ปั่นซื้อเอี๊ยดหนี้ลิ้น'.repeat(3);
    const runs = textRuns([{ type: 'text', value: `${word} https://itas.nacc.go.th/o42/measures` }], {
      resources,
      size: 16,
      maxLineWidth: 60,
    });
    const pieces = runs.flatMap((r) => r.text.split(/(?<=[\u200b ])/u)).map((p) => p.replace(/[\u200b ]/gu, ''));
    expect(pieces.join('')).toBe(`${word}https://itas.nacc.go.th/o42/measures`);
    for (const piece of pieces.filter(Boolean)) {
      expect(piece, piece).not.toMatch(/^[\u0E31\u0E33-\u0E3A\u0E47-\u0E4E]/u);
      expect(resources.measure(piece, 'normal', 16)).toBeLessThanOrEqual(60);
    }
  });

  it('finds the word a continuation mark announces', () => {
    expect(leadingWord('ระดับ คะแนน')).toBe('ระดับ');
    expect(leadingWord('จะต้องมีการจัดทำแนวทาง')).toBe('จะต้อง');
    expect(leadingWord('ภาคผนวก')).toBe('ภาคผนวก');
    expect(leadingWord('การคำนวณคะแนน')).toBe('การคำนวณ');
    // A numbered heading announces its number with its first word.
    expect(leadingWord('(๑) การปฏิบัติหน้าที่')).toBe('(๑) การปฏิบัติ');
    expect(leadingWord('๒. ผลการประเมิน')).toBe('๒. ผลการ');
    expect(leadingWord('๓.')).toBe('๓.');
    expect(leadingWord('Integrity and')).toBe('Integrity');
    expect(leadingWord('  ')).toBeUndefined();
  });
});

describe('font adaptations', () => {
  const font = prepareFont(regular(), 'Sarabun-Regular.ttf');

  it('splits strings into runs of one script', () => {
    expect(scriptRuns('E-Serviceที่')).toEqual(['E-Service', 'ที่']);
    expect(scriptRuns('A วันที่')).toEqual(['A ', 'วันที่']);
    expect(scriptRuns('(๑) ข้อ')).toEqual(['(๑) ข้อ']);
    expect(scriptRuns('')).toEqual(['']);
  });

  it('raises the tone mark of ที่ after Latin as it does alone (fontkit alone does not)', () => {
    const mark = (run: { glyphs: { name: string }[]; positions: { xOffset: number; yOffset: number }[] }) => {
      const i = run.glyphs.length - 1;
      return { name: run.glyphs[i]!.name, x: run.positions[i]!.xOffset, y: run.positions[i]!.yOffset };
    };
    const alone = mark(font.layout('ที่'));
    expect(mark(font.layout('E-Serviceที่'))).toEqual(alone);
    expect(mark(font.layout('A วันที่'))).toEqual(alone);
    const plain = fontkit.create(regular()) as import('fontkit').Font;
    expect(mark(plain.layout('E-Serviceที่'))).not.toEqual(alone);
  });

  it('lays out break marks as nothing', () => {
    const marked = font.layout('ดำ\u200bเนิน\u200b');
    const bare = font.layout('ดำเนิน');
    expect(marked.glyphs.map((g) => g.id)).toEqual(bare.glyphs.map((g) => g.id));
    expect(marked.advanceWidth).toBe(bare.advanceWidth);
    expect(marked.glyphs.some((g) => g.id === 0)).toBe(false);
  });

  it('keeps each glyph mapped to its own character, whatever string used it first', () => {
    const fresh = prepareFont(regular(), 'Sarabun-Regular.ttf');
    fresh.layout('ดำเนิน'); // sara aa first met inside sara am
    expect(fresh.layout('า').glyphs[0]!.codePoints).toEqual([0x0e32]);
  });
});

describe('units kept on one line', () => {
  it('never starts a line with ๆ, and keeps dotted abbreviations with the word before and the year after', async () => {
    const { keepThaiUnitsTogether } = await import('../../src/render/pdf/inline-text.js');
    expect(keepThaiUnitsTogether('ช่องทางอื่น ๆ ตาม พ.ร.บ. ข้อมูล ปีงบประมาณ พ.ศ. ๒๕๖๔ สำนักงาน ป.ป.ช. แล้ว')).toBe(
      'ช่องทางอื่น\u00a0ๆ ตาม\u00a0พ.ร.บ. ข้อมูล ปีงบประมาณ\u00a0พ.ศ.\u00a0๒๕๖๔ สำนักงาน\u00a0ป.ป.ช. แล้ว',
    );
    expect(keepThaiUnitsTogether('ระบบ E-Serviceที่')).toBe('ระบบ E-\u2060Serviceที่');
  });
});
