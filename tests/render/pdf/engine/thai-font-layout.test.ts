/**
 * The engine's fontkit override (patches/thai-font-layout.ts) with the real Sarabun: break marks laid out as
 * nothing, one script per run, glyphs mapped to their own characters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareFont, scriptRuns } from '../../../../src/render/pdf/engine/patches/thai-font-layout.js';
import { fontkit } from '../../../../src/render/pdf/engine/pdfmake-modules.js';
import { BUNDLED_FONT_DIR } from '../../../../src/resources/load-resources.js';

const regular = () => readFileSync(join(BUNDLED_FONT_DIR, 'Sarabun-Regular.ttf'));

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

  it('maps the glyphs of a decomposed sara am to nikhahit and sara aa, so glyph-reading viewers extract น้ำ whole', () => {
    // What a viewer that ignores /ActualText reads: each glyph's code points (pdfkit's ToUnicode), in order.
    const read = (text: string) => String.fromCodePoint(...font.layout(text).glyphs.flatMap((g) => g.codePoints));
    for (const word of ['น้ำหนัก', 'ดำเนินการ', 'ป่ำ', 'ที่', 'คำ']) expect(read(word).normalize('NFKC'), word).toBe(word.normalize('NFKC'));
    // fontkit alone gives Sarabun's ligature of mai tho and nikhahit the code points of ้ and ำ; once า has been
    // met on its own, its glyph reads า too: "น้ำา".
    const plain = fontkit.create(regular()) as import('fontkit').Font;
    plain.layout('า');
    const plainRead = String.fromCodePoint(...plain.layout('น้ำ').glyphs.flatMap((g) => g.codePoints));
    expect(plainRead).toBe('น้ำา');
    expect(plainRead.normalize('NFKC')).not.toBe('น้ำ'.normalize('NFKC'));
  });
});

