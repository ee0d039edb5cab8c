/**
 * Patch (speed only) of pdfmake 0.3.11 src/TextInlines.js: `buildInlines`.
 *
 * What pdfmake does: it breaks every text into words and measures each, for every document.
 * Why that is not enough: the documents of a batch repeat most of their text (the framework's questions, a
 * province's measures), and measuring was a fifth of a measures document's PDF time (profiled in issue 6).
 * What the patch does: it keeps the words measured for a text, keyed by the text and every style property measuring
 * reads, per set of fonts (`itadocMeasureCache` on the pdfkit document; a document without one is not cached), and
 * hands out copies, since layout moves and splits the words it gets. The copies hold which font a word was measured
 * with, never the font object (which belongs to, and would keep alive, its document). Bounded (least recently used).
 * A run's place in its document — its structure element (structure-tree.ts), its keep-with-next block (layout.ts) —
 * is left out of the key and given back to each word from the run it came from, so the same text measured in another
 * document, or elsewhere in the same one, is found.
 * Guarded by tests/render/pdf/engine/contract.test.ts and differential.test.ts.
 */
import { BoundedCache } from '../../../../bounded-cache.js';
import { TextInlines, type MeasuredText, type TextInlinesInstance } from '../pdfmake-modules.js';
import type { Patch } from './patch.js';

/** The style properties pdfmake reads from the stack while it measures text (TextInlines, TextBreaker). */
const MEASURED_STYLE = [
  'font', 'bold', 'italics', 'alignment', 'fontSize', 'fontFeatures', 'characterSpacing', 'color', 'decoration',
  'decorationColor', 'decorationStyle', 'decorationThickness', 'background', 'link', 'linkToPage', 'linkToDestination',
  'noWrap', 'opacity', 'sup', 'sub', 'lineHeight', 'preserveLeadingSpaces', 'preserveTrailingSpaces', 'leadingIndent',
  'wordBreak',
] as const;

/** Run properties that say where a run belongs, not how it is measured; pdfmake copies them onto its words. */
const PLACE_KEYS = ['itadocStruct', 'itadocKeep', 'itadocArtifact'] as const;
/** Each measured word's run, by its index in the text's runs. */
const RUN_KEY = 'itadocRun';

/** The text's runs numbered (a copy), so each measured word says which run it came from. */
function numberedRuns(textArray: unknown): unknown {
  if (!Array.isArray(textArray)) return textArray;
  return textArray.map((run, i) => (run && typeof run === 'object' ? { ...run, [RUN_KEY]: i } : run));
}


/**
 * The cache key of a text and its measured style, without its runs' places: they are set to undefined while the key is
 * written (JSON leaves undefined properties out) and put back — quicker than a replacer function, which takes
 * JSON.stringify off its fast path, and the runs keep their shape.
 */
function keyOf(textArray: unknown, styles: unknown[]): string {
  if (!Array.isArray(textArray)) return JSON.stringify([textArray, styles]);
  const saved: unknown[] = [];
  for (const run of textArray) {
    if (!run || typeof run !== 'object') continue;
    const r = run as Record<string, unknown>;
    for (const key of PLACE_KEYS) {
      saved.push(r[key]);
      if (r[key] !== undefined) r[key] = undefined;
    }
  }
  try {
    return JSON.stringify([textArray, styles]);
  } finally {
    let i = 0;
    for (const run of textArray) {
      if (!run || typeof run !== 'object') continue;
      const r = run as Record<string, unknown>;
      for (const key of PLACE_KEYS) {
        const value = saved[i++];
        if (value !== undefined) r[key] = value;
      }
    }
  }
}

interface CachedText extends MeasuredText {
  /** The fonts the items were measured with, as [family, bold, italics], to take from the current document. */
  fonts: [string, boolean, boolean][];
  /** Per item: its font's index in `fonts`. */
  fontOf: number[];
}

/** The family and style a font object was provided for, found in the document's font cache. */
function fontKey(doc: NonNullable<TextInlinesInstance['pdfDocument']>, font: unknown): [string, boolean, boolean] {
  for (const [family, styles] of Object.entries(doc.fontCache)) {
    for (const [style, candidate] of Object.entries(styles)) {
      if (candidate === font) return [family, style === 'bold' || style === 'bolditalics', style === 'italics' || style === 'bolditalics'];
    }
  }
  throw new Error('a measured word has a font its document did not provide');
}

const caches = new WeakMap<object, BoundedCache<string, CachedText>>();

export const measureCache: Patch = {
  name: 'measure-cache',
  install() {
    const proto = TextInlines.prototype;
    const original = proto.buildInlines;
    proto.buildInlines = function buildInlines(this: TextInlinesInstance, textArray, stack) {
      const owner = this.pdfDocument?.itadocMeasureCache;
      if (!owner || !stack) return original.call(this, textArray, stack);
      let cache = caches.get(owner);
      if (!cache) caches.set(owner, (cache = new BoundedCache(2_000)));
      const key = keyOf(textArray, MEASURED_STYLE.map((p) => stack.getProperty(p) ?? null));
      const entry = cache.get(key);
      if (!entry) {
        const measured = original.call(this, numberedRuns(textArray), stack);
        // Each distinct font once: a hit then asks the document for one to three fonts, not one per word.
        const fontObjects: unknown[] = [];
        const fontOf = measured.items.map((item) => {
          const at = fontObjects.indexOf(item.font);
          return at >= 0 ? at : fontObjects.push(item.font) - 1;
        });
        const fonts = fontObjects.map((font) => fontKey(this.pdfDocument!, font));
        cache.set(key, {
          // Every word keeps all three place properties (values from this text's runs, replaced on each hit), so
          // the copies handed out have one shape.
          items: measured.items.map((item) => ({ ...item, font: undefined, itadocStruct: item.itadocStruct, itadocKeep: item.itadocKeep, itadocArtifact: item.itadocArtifact })),
          minWidth: measured.minWidth,
          maxWidth: measured.maxWidth,
          fonts,
          fontOf,
        });
        return measured;
      }
      const doc = this.pdfDocument!;
      const fonts = entry.fonts.map((font) => doc.provideFont(...font));
      const runs = Array.isArray(textArray) ? (textArray as (Record<string, unknown> | undefined)[]) : undefined;
      return {
        // Each copy with its font from this document and the place properties of the run it came from in
        // `textArray`, written in one literal: the cached words have all three keys, so every copy has one shape.
        items: entry.items.map((item, i) => {
          const run = runs && typeof item[RUN_KEY] === 'number' ? runs[item[RUN_KEY] as number] : undefined;
          return { ...item, font: fonts[entry.fontOf[i]!], itadocStruct: run?.itadocStruct, itadocKeep: run?.itadocKeep, itadocArtifact: run?.itadocArtifact };
        }),
        minWidth: entry.minWidth,
        maxWidth: entry.maxWidth,
      };
    };
    return () => {
      proto.buildInlines = original;
    };
  },
};
