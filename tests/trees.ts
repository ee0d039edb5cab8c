/** Hand-built document trees for renderer tests, finished as the document stage finishes parsed ones. */
import { convertDigits } from '../src/document/apply-digits.js';
import { listMarker } from '../src/document/list-marker.js';
import type { BlockNode, DocumentNode, RunningNode } from '../src/document/nodes.js';
import { A4_PAGE } from '../src/document/parse-markup.js';
import { placeCells } from '../src/document/table-grid.js';
import type { DigitStyle } from '../src/thai/digits.js';

/**
 * Makes the decisions the document stage makes for parsed markup: list markers (in `digits`) and each table cell's
 * place on the grid. Hand-built trees give `column: 0` and `label: ''` as placeholders. Changes `doc` in place.
 */
export function finishTree<T extends DocumentNode>(doc: T, digits: DigitStyle = 'thai'): T {
  const visit = (blocks: BlockNode[]) => {
    for (const b of blocks) {
      if (b.type === 'list') b.items.forEach((item, i) => (item.label = convertDigits(listMarker(b.marker, b.start + i), digits)));
      if (b.type === 'table') {
        if (placeCells(b.rows, b.widths.length) !== undefined) throw new Error('a test table has more cells than columns');
        for (const row of b.rows) for (const cell of row.cells) visit(cell.children);
      }
    }
  };
  visit(doc.children);
  return doc;
}

/** The running elements of the seeds' documents: page numbers from page 2 and, optionally, continuation words. */
export function running(continuation: boolean, from = 2): RunningNode[] {
  const out: RunningNode[] = from > 0 ? [{ type: 'page-number', from, digits: 'thai' }] : [];
  if (continuation) out.push({ type: 'continuation' });
  return out;
}

/** A document of `children` on A4 with the regulation's margins and no running elements, finished. */
export function testDocument(children: BlockNode[], extra: Partial<DocumentNode> = {}): DocumentNode {
  return finishTree({
    type: 'document',
    kind: 'test',
    meta: { title: 't', author: 'a', subject: 's', keywords: [], language: 'th-TH', created: '2020-01-01T00:00:00Z' },
    page: { ...A4_PAGE },
    running: [],
    font: 'TH SarabunPSK',
    size: 16,
    children,
    ...extra,
  });
}
