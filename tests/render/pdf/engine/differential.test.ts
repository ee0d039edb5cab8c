/**
 * Differential tests of the engine's speed-only patches and overrides (engine/README.md): with them and without them,
 * pdfmake puts the same text on the same lines at the same places, and the line writer draws the same glyphs where
 * pdfkit's own `text()` draws them. Each sample's documents are compared.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BlockNode, DocumentNode } from '../../../../src/document/nodes.js';
import { createPdfEngine, type PdfEngine } from '../../../../src/render/pdf/engine/index.js';
import type { PdfFonts } from '../../../../src/render/pdf/pdf-fonts.js';
import { createPdfRenderer } from '../../../../src/render/pdf/render-pdf.js';
import { runningContent } from '../../../../src/render/pdf/running-handlers.js';
import { TABLE_LAYOUTS } from '../../../../src/render/pdf/table-layouts.js';
import { toPdfDefinition } from '../../../../src/render/pdf/to-pdf-definition.js';
import { requireTools } from '../../../e2e/tools.js';
import { SAMPLES, fontsFor, pdfEngine, resources, sampleTrees, thaiWords } from '../../../helpers.js';

const plainEngine = createPdfEngine({ tableLayouts: TABLE_LAYOUTS, speedups: false });

/** Every laid-out line of a tree's PDF as "page x y text". */
function laidOutLines(engine: PdfEngine, tree: DocumentNode, fonts: PdfFonts): string[] {
  const definition = toPdfDefinition(tree, fonts, thaiWords);
  return engine.describeLayout(definition, runningContent(tree.running, { definition, fonts, words: thaiWords }), fonts.engine);
}

describe('speed-only patches change no layout', () => {
  for (const sample of SAMPLES) {
    it(`${sample}: every document's lines hold the same text at the same places with and without them`, () => {
      for (const { kind, tree } of sampleTrees(sample)) {
        const fonts = fontsFor();
        const without = laidOutLines(plainEngine, tree, fonts);
        // Twice with them: once with empty caches, once with the caches the first pass filled.
        expect(laidOutLines(pdfEngine, tree, fonts), `${kind}, cold caches`).toEqual(without);
        expect(laidOutLines(pdfEngine, tree, fonts), `${kind}, warm caches`).toEqual(without);
        expect(without.length).toBeGreaterThan(20);
      }
    });
  }
});

/** The tree with every paragraph set flush left: the line writer's own justification aside, drawing must agree. */
function unjustified(tree: DocumentNode): DocumentNode {
  const copy = structuredClone(tree);
  const visit = (blocks: BlockNode[]) => {
    for (const b of blocks) {
      if ((b.type === 'paragraph' || b.type === 'heading') && (b.align === 'thai' || b.align === 'justify')) b.align = 'left';
      if (b.type === 'table') for (const row of b.rows) for (const cell of row.cells) visit(cell.children);
    }
  };
  visit(copy.children);
  return copy;
}

/** Every glyph mutool draws: character, glyph id and position to 1/100 pt, in drawing order per page. */
function glyphs(pdf: Buffer): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'itadoc-diff-')), 'x.pdf');
  writeFileSync(file, pdf);
  const r = spawnSync('mutool', ['trace', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const out: string[] = [];
  let page = 0;
  for (const line of r.stdout.split('\n')) {
    if (line.startsWith('<page ')) page++;
    const m = /<g unicode="([^"]*)" glyph="([^"]*)" x="([\d.-]+)" y="([\d.-]+)"/.exec(line);
    if (m) out.push(`${page} ${m[1]} ${m[2]} ${Number(m[3]).toFixed(2)} ${Number(m[4]).toFixed(2)}`);
  }
  return out.sort();
}

describe.skipIf(!requireTools('mutool'))('the line writer draws what pdfkit draws', () => {
  it('every glyph of two samples at the same place, with and without the speed-only changes', async () => {
    const fast = createPdfRenderer();
    const plain = createPdfRenderer({ speedups: false });
    for (const sample of ['pathumthani-2563', 'tak-2568']) {
      for (const { kind, tree } of sampleTrees(sample)) {
        const doc = unjustified(tree);
        const a = glyphs(Buffer.from(await fast.render(doc, resources)));
        const b = glyphs(Buffer.from(await plain.render(doc, resources)));
        expect(a.length, `${sample} ${kind}`).toBeGreaterThan(500);
        expect(a, `${sample} ${kind}`).toEqual(b);
      }
    }
  });
});
