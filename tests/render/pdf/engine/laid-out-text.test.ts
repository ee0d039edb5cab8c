/** The text the continuation mark is taken from: the next page's first line, read as a reader would. */
import { describe, expect, it } from 'vitest';
import { firstTextOfPage } from '../../../../src/render/pdf/engine/laid-out-text.js';
import type { LaidOutLine, LaidOutPage } from '../../../../src/render/pdf/engine/pdfmake-modules.js';

const line = (x: number, y: number, text: string) =>
  ({ x, y, inlines: [{ text }], getHeight: () => 20, getAscenderHeight: () => 15 }) as unknown as LaidOutLine;
const page = (...lines: LaidOutLine[]): LaidOutPage => ({
  items: lines.map((item) => ({ type: 'line', item })),
  pageSize: { width: 595, height: 842 },
  pageMargins: { left: 85, top: 70, right: 56, bottom: 56 },
});

describe('the first text of a page', () => {
  it("reads a list item's marker with its first line, which lie level in two columns", () => {
    // pdfmake places the text column's line before the marker's when the marker column is laid out last.
    const p = page(line(130, 70, 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)'), line(100, 70, '๓)'), line(130, 90, 'องค์กร โดยต้อง'));
    expect(firstTextOfPage(p)).toBe('๓) แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)');
  });

  it('skips the page number above the body and lines without text', () => {
    const p = page(line(280, 30, '- ๓ -'), line(85, 70, '\u200b'), line(85, 80, 'การคำนวณคะแนน'));
    expect(firstTextOfPage(p)).toBe('การคำนวณคะแนน');
  });

  it('is undefined for a page with no body text', () => {
    expect(firstTextOfPage(page())).toBeUndefined();
    expect(firstTextOfPage(undefined)).toBeUndefined();
  });
});
