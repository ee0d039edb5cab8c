import { describe, expect, it } from 'vitest';
import { JUSTIFICATION, canWriteLine, justificationUnits, writeLine, type LineWriterDocument } from '../../../../src/render/pdf/engine/patches/line-writer.js';
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
    page: { height: 800, fonts: {}, markings: [] },
    addContent: (data) => content.push(data),
    endMarkedContent: () => {
      doc.page.markings.pop();
      content.push('EMC');
    },
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
    // "abc de" as UTF-16BE with its byte-order mark.
    expect(all.indexOf('/Span <</ActualText <FEFF006100620063002000640065>>> BDC')).toBeLessThan(all.indexOf('BT'));
    expect(all.indexOf('EMC')).toBeGreaterThan(all.indexOf('ET'));
    // Words where pdfmake put them; baseline = page height − (top + ascent) = 800 − 58.
    expect(positions(content)).toEqual([100, 120]);
    expect(all).toContain('1 0 0 1 100 742 Tm');
  });

  /** Where each cluster starts: its natural place plus the extras of the gaps before it. */
  function placed(units: string[], extras: number[]): number[] {
    const out: number[] = [];
    let natural = 0;
    let extra = 0;
    units.forEach((u, k) => {
      out.push(Math.round((natural + extra) * 1e6) / 1e6);
      natural += u.length * 5;
      extra += extras[k] ?? 0;
    });
    return out;
  }

  it('spends a justified line’s slack at word boundaries first, between Thai letters within a cap, the rest at words', () => {
    // Small slack: all of it at the one word boundary (its cap is 0.12 em = 1.2 pt at 10 pt); no letter moves.
    const small = fakeDocument();
    writeLine(small.doc, line([{ text: 'การ\u200b', x: 0 }, { text: 'ดำเนิน', x: 20 + 1, justifyShift: 1 }]), 0, 0);
    expect(positions(small.content)).toEqual(placed(['ก', 'า', 'ร\u200b', 'ดำ', 'เ', 'นิ', 'น'], [0, 0, 1]));
    // Large slack (12 pt): the word boundary takes its 1.2 pt, the five letter gaps 0.71 pt each (0.071 em, the cap),
    // and what is left goes to the word boundary again; the last cluster ends where pdfmake's last word ended.
    const large = fakeDocument();
    writeLine(large.doc, line([{ text: 'การ\u200b', x: 0 }, { text: 'ดำเนิน', x: 20 + 12, justifyShift: 12 }]), 0, 0);
    const letter = JUSTIFICATION.letterGap * 10;
    const word = 12 - 5 * letter;
    const expected = placed(['ก', 'า', 'ร\u200b', 'ดำ', 'เ', 'นิ', 'น'], [letter, letter, word, letter, letter, letter]);
    expect(positions(large.content).map((x) => Math.round(x * 1000) / 1000)).toEqual(expected.map((x) => Math.round(x * 1000) / 1000));
    expect(expected.at(-1)! + 5).toBeCloseTo(32 + 'ดำเนิน'.length * 5, 6);
  });

  it('widens spaces before Thai word boundaries, and never spreads Latin letters', () => {
    const { doc, content } = fakeDocument();
    // A space (cap 0.33 em = 3.3 pt) takes 2 pt of slack alone.
    writeLine(doc, line([{ text: 'ITA ', x: 0 }, { text: 'การ\u200b', x: 20 + 1, justifyShift: 1 }, { text: 'ดี', x: 40 + 2, justifyShift: 1 }]), 0, 0);
    expect(positions(content)).toEqual(placed(['I', 'T', 'A ', 'ก', 'า', 'ร\u200b', 'ดี'], [0, 0, 2, 0, 0, 0]));
  });

  it('leaves a line with no word boundary short rather than spread its letters past the cap', () => {
    const { doc, content } = fakeDocument();
    // One word in two styles (no break between the inlines): only letter gaps, each at most 0.71 pt.
    writeLine(doc, line([{ text: 'กา', x: 0 }, { text: 'ร', x: 10 + 20, justifyShift: 20 }]), 0, 0);
    const letter = JUSTIFICATION.letterGap * 10;
    expect(positions(content).map((x) => Math.round(x * 1000) / 1000)).toEqual([0, 5 + letter, 10 + 2 * letter].map((x) => Math.round(x * 1000) / 1000));
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

  it('places clusters by their real advances when it spreads a justified line', () => {
    const { doc, content } = fakeDocument();
    const first = 'การ\u200b';
    const width = real.widthOfString(first, 10);
    writeLine(doc, realLine([{ text: first, x: 0 }, { text: 'ดำเนิน', x: width + 12, justifyShift: 12 }]), 0, 0);
    const units = ['ก', 'า', 'ร\u200b', 'ดำ', 'เ', 'นิ', 'น'];
    const letter = JUSTIFICATION.letterGap * 10;
    const extras = [letter, letter, 12 - 5 * letter, letter, letter, letter];
    const expected: number[] = [];
    let natural = 0;
    let extra = 0;
    units.forEach((u, k) => {
      expected.push(Math.round((natural + extra) * 1e6) / 1e6);
      natural += real.widthOfString(u, 10);
      extra += extras[k] ?? 0;
    });
    // Each cluster starts where its natural place plus the extras before it put it; marks add their own Tm after.
    const drawn = positions(content);
    for (const x of expected) expect(drawn.some((d) => Math.abs(d - x) < 1e-5), String(x)).toBe(true);
  });
});
