/** PDF fonts: parsed once, the bundled Sarabun by default, an agency's own four files told apart by name. */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_FONT_DIR,
  TH_SARABUN_LINE_SPACING,
  TH_SARABUN_SIZE_SCALE,
  findFontFiles,
  loadPdfResources,
  styleOfFileName,
} from '../../src/render/pdf/pdf-resources.js';

/** A folder with the bundled fonts copied under the given names (regular, bold, italic, bold italic). */
function fontFolder(names: (string | undefined)[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'itadoc-fonts-'));
  const sources = ['Sarabun-Regular.ttf', 'Sarabun-Bold.ttf', 'Sarabun-Italic.ttf', 'Sarabun-BoldItalic.ttf'];
  names.forEach((name, i) => {
    if (name) copyFileSync(join(BUNDLED_FONT_DIR, sources[i]!), join(dir, name));
  });
  return dir;
}

describe('loadPdfResources', () => {
  it('parses the bundled Sarabun once and returns the same resources afterwards', () => {
    const first = loadPdfResources();
    expect(loadPdfResources()).toBe(first);
    expect(loadPdfResources({})).toBe(first);
    expect(first.fontName).toBe('Sarabun');
    expect(first.sizeScale).toBe(TH_SARABUN_SIZE_SCALE);
    expect(first.fontSize(16)).toBe(10.56);
    expect(first.measure('ก', 'normal', 1000 / 0.66)).toBeCloseTo(576, 6);
    expect(first.measure('ก', 'bold', 16)).toBeGreaterThan(first.measure('ก', 'normal', 16));
    expect(first.lineSpacing).toBe(TH_SARABUN_LINE_SPACING);
  });

  it("sets a document's 16 pt as long as the TH SarabunPSK 16 pt original", () => {
    // A full 16 cm line of seed 000, between two of its line breaks.
    const line = 'มาตรฐาน มีความโปร่งใส ปฏิบัติงานหรือดำเนินการตามขั้นตอนและระยะเวลาที่กำหนดไว้อย่างเคร่งครัด และ';
    const width = loadPdfResources().measure(line, 'normal', 16);
    expect(width).toBeGreaterThan(0.97 * 16 * (72 / 2.54));
    expect(width).toBeLessThanOrEqual(16 * (72 / 2.54));
  });

  it('reads an agency folder named the TH Sarabun New way, with line spacing from the font', () => {
    const dir = fontFolder(['THSarabunNew.ttf', 'THSarabunNew Bold.ttf', 'THSarabunNew Italic.ttf', 'THSarabunNew BoldItalic.ttf']);
    const resources = loadPdfResources({ fontDir: dir });
    expect(resources).not.toBe(loadPdfResources());
    expect(loadPdfResources({ fontDir: dir })).toBe(resources);
    // Word's single spacing of a given font: its Windows ascent + descent (Sarabun: 1286 + 567 units), at its size.
    expect(resources.lineSpacing).toBeCloseTo(1.853, 3);
    expect(resources.sizeScale).toBe(1);
    expect(resources.measure('ก', 'normal', 1000)).toBe(576);
    expect(loadPdfResources({ fontDir: dir, lineSpacing: 1.2 }).lineSpacing).toBe(1.2);
  });

  it('ignores other weights of a whole family', () => {
    const dir = fontFolder(['Sarabun-Regular.ttf', 'Sarabun-Bold.ttf', 'Sarabun-Italic.ttf', 'Sarabun-BoldItalic.ttf']);
    copyFileSync(join(BUNDLED_FONT_DIR, 'Sarabun-Bold.ttf'), join(dir, 'Sarabun-SemiBold.ttf'));
    copyFileSync(join(BUNDLED_FONT_DIR, 'Sarabun-Regular.ttf'), join(dir, 'Sarabun-LightItalic.ttf'));
    expect(findFontFiles(dir)).toEqual({
      normal: join(dir, 'Sarabun-Regular.ttf'),
      bold: join(dir, 'Sarabun-Bold.ttf'),
      italics: join(dir, 'Sarabun-Italic.ttf'),
      bolditalics: join(dir, 'Sarabun-BoldItalic.ttf'),
    });
  });

  it('names the folder and the missing style', () => {
    const dir = fontFolder(['THSarabunNew.ttf', 'THSarabunNew Bold.ttf', 'THSarabunNew Italic.ttf', undefined]);
    expect(() => loadPdfResources({ fontDir: dir })).toThrowError(
      new RegExp(`font folder ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: no bold italic font.*THSarabunNew BoldItalic\\.ttf`),
    );
  });

  it('names the files when a style has several', () => {
    const dir = fontFolder(['A.ttf', 'A Bold.ttf', 'A Italic.ttf', 'A BoldItalic.ttf']);
    copyFileSync(join(BUNDLED_FONT_DIR, 'Sarabun-Regular.ttf'), join(dir, 'B.ttf'));
    expect(() => findFontFiles(dir)).toThrowError(/several regular fonts \(A\.ttf, B\.ttf\)/);
  });

  it('says when the folder cannot be read', () => {
    expect(() => loadPdfResources({ fontDir: '/nonexistent/fonts' })).toThrowError(/font folder \/nonexistent\/fonts cannot be read/);
  });
});

describe('styleOfFileName', () => {
  it.each([
    ['THSarabunNew.ttf', 'normal'],
    ['THSarabunNew Bold.ttf', 'bold'],
    ['THSarabunNew Italic.ttf', 'italics'],
    ['THSarabunNew BoldItalic.ttf', 'bolditalics'],
    ['THSarabunNew Bold Italic.TTF', 'bolditalics'],
    ['Laksaman-BoldOblique.otf', 'bolditalics'],
    ['Sarabun-Regular.ttf', 'normal'],
    ['Sarabun-SemiBold.ttf', undefined],
    ['Sarabun-ExtraBoldItalic.ttf', undefined],
    ['Sarabun-Light.ttf', undefined],
  ])('%s → %s', (name, style) => {
    expect(styleOfFileName(name)).toBe(style);
  });
});
