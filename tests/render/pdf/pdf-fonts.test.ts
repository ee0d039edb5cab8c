/** PDF fonts: parsed once, the bundled Sarabun by default at TH SarabunPSK's size, an agency's own at theirs. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TH_SARABUN_LINE_SPACING } from '../../../src/document/typography.js';
import { TH_SARABUN_SIZE_SCALE } from '../../../src/render/pdf/pdf-fonts.js';
import { ResourceError } from '../../../src/resources/resources.js';
import { fontFolder, fontsFor } from '../../helpers.js';


describe('PDF fonts', () => {
  it('parses the bundled Sarabun once and returns the same resources afterwards', () => {
    const first = fontsFor();
    expect(fontsFor()).toBe(first);
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
    const width = fontsFor().measure(line, 'normal', 16);
    expect(width).toBeGreaterThan(0.97 * 16 * (72 / 2.54));
    expect(width).toBeLessThanOrEqual(16 * (72 / 2.54));
  });

  it('reads an agency folder named the TH Sarabun New way, with line spacing from the font', () => {
    const dir = fontFolder(['THSarabunNew.ttf', 'THSarabunNew Bold.ttf', 'THSarabunNew Italic.ttf', 'THSarabunNew BoldItalic.ttf']);
    const resources = fontsFor(dir);
    expect(resources).not.toBe(fontsFor());
    expect(fontsFor(dir)).toBe(resources);
    // Word's single spacing of a given font: its Windows ascent + descent (Sarabun: 1286 + 567 units), at its size.
    expect(resources.lineSpacing).toBeCloseTo(1.853, 3);
    expect(resources.sizeScale).toBe(1);
    expect(resources.measure('ก', 'normal', 1000)).toBe(576);
  });

  it('refuses a file that is not a font, naming it', () => {
    const dir = fontFolder(['X.ttf', 'X Bold.ttf', 'X Italic.ttf', undefined]);
    writeFileSync(join(dir, 'X BoldItalic.ttf'), 'not a font');
    expect(() => fontsFor(dir)).toThrowError(ResourceError);
    expect(() => fontsFor(dir)).toThrowError(/X BoldItalic\.ttf/);
  });
});
