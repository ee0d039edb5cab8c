/**
 * A field of 200,000 characters renders in both formats with work linear in its length (issue 12): one letter with
 * thousands of tone marks, thousands of emoji, a run of dots, a word of zero-width letters, and a long Latin word.
 *
 * Work is counted, not timed (performance is measured by `npm run bench`): the characters fontkit lays out, and the
 * steps of `Intl.Segmenter` weighted by the length of the text they step through (V8 copies the whole text at each
 * step). The quadratic code before issue 12 did billions of units of either on such a field; the per-test timeout
 * is only a guard.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRenderers, loadInputText, loadResources, renderDocuments } from '../../../src/index.js';
import { createPdfEngine } from '../../../src/render/pdf/engine/index.js';
import { TABLE_LAYOUTS } from '../../../src/render/pdf/table-layouts.js';
import { ROOT } from '../../helpers.js';

const PIECE = 40_000;
const FIELD =
  'ก' + '\u0e48'.repeat(PIECE - 1) + // one letter, 39,999 tone marks
  '😀'.repeat(PIECE / 2) + // 20,000 emoji
  '.'.repeat(PIECE) +
  '\u02be'.repeat(PIECE - 100) + 'x'.repeat(100) + // a word whose letters have no width, then some that do
  'a'.repeat(PIECE);

let laidOut = 0;
let segmenterWork = 0;
const restore: (() => void)[] = [];

const resources = loadResources();

beforeAll(() => {
  // The engine parses a font files object once; the renderer below draws with these very fontkit fonts.
  for (const font of Object.values(createPdfEngine({ tableLayouts: TABLE_LAYOUTS }).fonts(resources.fonts()).parsed)) {
    const layout = font.layout;
    font.layout = (text, ...rest) => {
      laidOut += text.length;
      return layout.call(font, text, ...rest);
    };
    restore.push(() => (font.layout = layout));
  }
  const segment = Intl.Segmenter.prototype.segment;
  Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, text: string) {
    const segments = segment.call(this, text);
    const iterate = segments[Symbol.iterator].bind(segments);
    return Object.assign(Object.create(segments) as Intl.Segments, {
      [Symbol.iterator]: function* () {
        for (const s of iterate()) {
          segmenterWork += text.length;
          yield s;
        }
      },
    });
  };
  restore.push(() => (Intl.Segmenter.prototype.segment = segment));
});
afterAll(() => restore.forEach((r) => r()));

describe('a 200,000-character field', () => {
  it('renders to PDF and DOCX with work linear in its length', { timeout: 120_000 }, async () => {
    expect(FIELD.length).toBe(200_000);
    const input = JSON.parse(readFileSync(`${ROOT}samples/tak-2568.json`, 'utf8'));
    input.measures[0].title = FIELD;
    const loaded = loadInputText(JSON.stringify(input), 'long-field.json');
    const files = await renderDocuments(loaded, { formats: ['docx', 'pdf'], documents: ['o42'] }, resources, createRenderers(['docx', 'pdf']));

    const docx = files.find((f) => f.format === 'docx')!;
    const xml = strFromU8(unzipSync(new Uint8Array(docx.bytes))['word/document.xml']!);
    // The field is written whole (the DOCX holds it in runs of the table cell).
    expect(xml).toContain('ก' + '\u0e48'.repeat(PIECE - 1));
    expect(xml).toContain('😀'.repeat(PIECE / 2));
    const pdf = files.find((f) => f.format === 'pdf')!;
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');

    // Linear: a bounded number of passes over the field.
    expect(laidOut).toBeLessThan(20 * FIELD.length);
    expect(segmenterWork).toBeLessThan(30_000 * FIELD.length);
  });
});
