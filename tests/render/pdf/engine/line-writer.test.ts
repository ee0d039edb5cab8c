import { describe, expect, it } from 'vitest';
import { canWriteLine, justificationUnits, writeLine, type LineWriterDocument } from '../../../../src/render/pdf/engine/patches/line-writer.js';
import { embeddedFont } from '../../../../src/render/pdf/engine/patches/embedded-font.js';
import { PdfKit, type EncodingFont, type LaidOutLine } from '../../../../src/render/pdf/engine/pdfmake-modules.js';
import { fontsFor, resources } from '../../../helpers.js';

/** A font whose every character is one glyph 500/1000 em wide, with no mark offsets. */
const font = {
  id: 'F1',
  ascender: 800,
  descender: -200,
  lineHeight: () => 12,
  widthOfString: (text: string, size: number) => (text.length * 500 * size) / 1000,
  ref: () => 'ref',
  encode: (text: string) =>
    [
      [...text].map(() => '0001'),
      [...text].map(() => ({ xAdvance: 500, advanceWidth: 500, xOffset: 0, yOffset: 0 })),
    ] as [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]],
};

function fakeDocument() {
  const content: string[] = [];
  const doc: LineWriterDocument = {
    page: { height: 800, fonts: {} },
    addContent: (data) => content.push(data),
    markContent: (tag, options) => content.push(`BDC ${tag} ${options?.actual ?? ''}`),
    endMarkedContent: () => content.push('EMC'),
    _normalizeColor: () => [0, 0, 0],
  };
  return { doc, content };
}

function line(inlines: { text: string; x: number; justifyShift?: number }[]): LaidOutLine {
  return {
    x: 0,
    y: 0,
    inlines: inlines.map((i) => ({ ...i, width: i.text.length * 5, font, fontSize: 10, color: 'black' })),
    getHeight: () => 12,
    getAscenderHeight: () => 8,
  } as unknown as LaidOutLine;
}

/** The x of every text position (Tm) the writer set. */
function positions(content: string[]): number[] {
  return [...content.join('\n').matchAll(/1 0 0 1 ([\d.]+) [\d.]+ Tm/g)].map((m) => Number(m[1]));
}

describe('line writer (a font of fixed advances)', () => {
  it('splits justified text into clusters, keeping marks, spaces and break marks with their letters', () => {
    expect(justificationUnits('การ\u200bดำเนิน')).toEqual(['ก', 'า', 'ร\u200b', 'ดำ', 'เ', 'นิ', 'น']);
    expect(justificationUnits('ที่ ผู้')).toEqual(['ที่ ผู้']);
    expect(justificationUnits('น้ำ')).toEqual(['น้ำ']);
  });

  it('draws a line as one text object, wrapped in its /ActualText span', () => {
    const { doc, content } = fakeDocument();
    writeLine(doc, line([{ text: 'abc ', x: 0 }, { text: 'de', x: 20 }]), 100, 50, 'abc de');
    const all = content.join('\n');
    expect(all.match(/BT/g)).toHaveLength(1);
    expect(all.match(/ Tf/g)).toHaveLength(1);
    expect(all.indexOf('BDC Span abc de')).toBeLessThan(all.indexOf('BT'));
    expect(all.indexOf('EMC')).toBeGreaterThan(all.indexOf('ET'));
    // Words where pdfmake put them; baseline = page height − (top + ascent) = 800 − 58.
    expect(positions(content)).toEqual([100, 120]);
    expect(all).toContain('1 0 0 1 100 742 Tm');
  });

  it('spreads a justified line’s slack evenly between clusters, as Word’s thaiDistribute does', () => {
    const { doc, content } = fakeDocument();
    // pdfmake justified two words by moving the second one 12 pt right (justifyShift 12).
    writeLine(doc, line([{ text: 'การ\u200b', x: 0 }, { text: 'ดำเนิน', x: 20 + 12, justifyShift: 12 }]), 0, 0);
    // Seven clusters share the 12 pt: 2 pt after each, and the last ends where pdfmake's last word ended.
    const widths = ['ก', 'า', 'ร\u200b', 'ดำ', 'เ', 'นิ', 'น'].map((u) => u.length * 5);
    const expected: number[] = [];
    let natural = 0;
    widths.forEach((w, k) => {
      expected.push(natural + 2 * k);
      natural += w;
    });
    expect(positions(content)).toEqual(expected);
    expect(expected.at(-1)! + widths.at(-1)!).toBe(32 + 'ดำเนิน'.length * 5);
  });

  it('leaves lines with decorations or links to pdfmake', () => {
    expect(canWriteLine(line([{ text: 'a', x: 0 }]))).toBe(true);
    const underlined = line([{ text: 'a', x: 0 }]);
    (underlined.inlines[0] as { decoration?: string }).decoration = 'underline';
    expect(canWriteLine(underlined)).toBe(false);
  });
});

describe('line writer with pdfkit’s real font', () => {
  // Sarabun through pdfkit's own EmbeddedFont: glyph ids, advances and mark offsets are pdfkit's and fontkit's.
  const real = (() => {
    const EmbeddedFont = embeddedFont(resources.fonts().files.normal.bytes);
    const doc = new PdfKit({ autoFirstPage: false, font: null });
    return new EmbeddedFont(doc as never, fontsFor().engine.parsed.normal, 'F1') as unknown as EncodingFont;
  })();

  function realLine(inlines: { text: string; x: number; justifyShift?: number }[]): LaidOutLine {
    return {
      x: 0,
      y: 0,
      inlines: inlines.map((i) => ({ ...i, width: real.widthOfString(i.text, 10), font: real, fontSize: 10, color: 'black' })),
      getHeight: () => 12,
      getAscenderHeight: () => 8,
    } as unknown as LaidOutLine;
  }

  it('writes the glyphs pdfkit encodes, marks moved by their offsets', () => {
    const { doc, content } = fakeDocument();
    writeLine(doc, realLine([{ text: 'ที่', x: 0 }]), 0, 0);
    const [hex, positions] = real.encode('ที่');
    const all = content.join('\n');
    for (const h of hex) expect(all).toContain(h);
    // The mark is placed with its own text matrix, moved by fontkit's offset (1/1000 em at 10 pt).
    const mark = positions.findIndex((p) => p.xOffset !== 0 || p.yOffset !== 0);
    expect(mark).toBeGreaterThan(0);
    const x = positions.slice(0, mark).reduce((a, p) => a + p.xAdvance, 0) / 100 + positions[mark]!.xOffset / 100;
    expect(all).toContain(`1 0 0 1 ${Math.round(x * 1e6) / 1e6} `);
  });

  it('spreads a justified line’s slack between clusters by their real advances', () => {
    const { doc, content } = fakeDocument();
    const first = 'การ\u200b';
    const width = real.widthOfString(first, 10);
    writeLine(doc, realLine([{ text: first, x: 0 }, { text: 'ดำเนิน', x: width + 12, justifyShift: 12 }]), 0, 0);
    const units = ['ก', 'า', 'ร\u200b', 'ดำ', 'เ', 'นิ', 'น'];
    const expected: number[] = [];
    let natural = 0;
    units.forEach((u, k) => {
      expected.push(Math.round((natural + 2 * k) * 1e6) / 1e6);
      natural += real.widthOfString(u, 10);
    });
    // Each cluster starts where its natural place plus its share (2 pt each) puts it; marks add their own Tm after.
    for (const x of expected) expect(positions(content)).toContain(x);
  });
});
