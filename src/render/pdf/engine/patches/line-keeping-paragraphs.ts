/**
 * Patch of pdfmake 0.3.11 src/LayoutBuilder.js: `processLeaf`, for the paragraphs layout.ts marks (`itadocFlow`).
 *
 * What pdfmake does: it builds a paragraph's lines one at a time and starts a new page wherever the next line does
 * not fit. It has no widow or orphan control: a paragraph's first line may end a page alone and its last line may
 * start the next page alone, and there is no way to ask for a page break before a given line.
 * Why that is not enough: a single line of a paragraph alone at the foot or top of a page is what a reviewer circles
 * (issue 13), and a paragraph kept with the next block (the letter's last body paragraph, kept with the closing and
 * the signature) must be able to give its last two lines to the next page.
 * What the patch does, for a marked paragraph outside unbreakable blocks: it builds all the paragraph's lines first
 * (their width does not change across pages outside snaking columns, which itadoc never uses), then chooses how many
 * of the remaining lines go on this page — all that fit, but never the first line alone (orphan: the paragraph moves
 * whole) nor all but the last (widow: one more line goes to the next page, or the whole paragraph when only one would
 * stay) — and honours a break before a line that an earlier layout pass asked for. Inside columns (a list item beside
 * its marker) moving the first line would part it from the marker, so an orphan is reported instead and the next
 * pass moves the whole block. Each laid-out line is tagged with its paragraph (`itadocFlow`) and line number
 * (`itadocLine`), so the pass can read from the pages where every marked paragraph went. Unmarked nodes (table cells,
 * anything else) take pdfmake's own path.
 * Installed only during layout (patch.ts); guarded by tests/render/pdf/engine/contract.test.ts and
 * tests/render/pdf/page-flow.test.ts.
 */
import { LayoutBuilderClass, type LaidOutLine } from '../pdfmake-modules.js';
import type { Patch } from './patch.js';

/** A text node of the definition as pdfmake's layout sees it, with the marks layout.ts sets. */
interface LeafNode {
  itadocFlow?: number;
  /** Set on a paragraph inside columns (a list item): moving its first line alone would part it from the marker. */
  itadocInColumns?: number;
  maxHeight?: number;
  id?: unknown;
  tocItem?: unknown;
  outline?: unknown;
  pageOrientation?: string;
  positions: unknown[];
  _inlines?: unknown[];
}

/** The parts of pdfmake's page writer and context the patch uses. */
interface Writer {
  transactionLevel: number;
  context(): { y: number; availableHeight: number; page: number; pageMargins: { top: number }; snapshots: { snakingColumns?: boolean }[] };
  addLine(line: LaidOutLine): unknown;
  moveToNextPage(orientation?: string): void;
}

interface Builder {
  writer: Writer;
  buildNextLine(node: LeafNode): (LaidOutLine & { itadocFlow?: number; itadocLine?: number }) | null;
  processLeaf(node: LeafNode): void;
}

/** What the current layout asks of marked paragraphs and what it reports back. */
export interface LineKeeping {
  /** Paragraph → the line that must start a new page (asked by an earlier pass). */
  breakBefore: ReadonlyMap<number, number>;
  /** Told of a paragraph in columns whose first line would end a page alone (the next pass moves its block). */
  orphan(block: number): void;
}

let current: LineKeeping | undefined;

/** Runs a synchronous layout with `keeping` in force for the patch. */
export function withLineKeeping<T>(keeping: LineKeeping, layout: () => T): T {
  const outer = current;
  current = keeping;
  try {
    return layout();
  } finally {
    current = outer;
  }
}

/** How many of `lines` (from `from`) to put on the page whose room is `room`, with widow and orphan control. */
export function linesForPage(heights: readonly number[], from: number, room: number, atTop: boolean): number {
  let fit = 0;
  let used = 0;
  for (let i = from; i < heights.length; i++) {
    used += heights[i]!;
    if (used > room + 1e-6) break;
    fit++;
  }
  const rest = heights.length - from;
  // A fresh page takes what it can: moving on again would not help.
  if (fit >= rest || atTop) return Math.max(fit, atTop ? 1 : 0);
  let take = fit;
  // Widow: the last line would start the next page alone; one more line goes with it.
  if (rest - take === 1) take--;
  // Orphan: the paragraph's first line would end this page alone (or a paragraph's first lines would be parted
  // from the rest by a widow rule): the paragraph starts on the next page.
  if (from === 0 && take < 2) take = 0;
  return Math.max(0, take);
}

export const lineKeepingParagraphs: Patch = {
  name: 'line-keeping-paragraphs',
  install() {
    const proto = LayoutBuilderClass.prototype as unknown as Builder;
    const original = proto.processLeaf;
    proto.processLeaf = function processLeaf(this: Builder, node: LeafNode) {
      const flow = node.itadocFlow;
      const writer = this.writer;
      const snaking = writer.context().snapshots.some((s) => s.snakingColumns);
      if (flow === undefined || node.maxHeight || node.id || node.tocItem || node.outline || snaking) {
        original.call(this, node);
        return;
      }
      const lines: NonNullable<ReturnType<Builder['buildNextLine']>>[] = [];
      for (let line = this.buildNextLine(node); line; line = this.buildNextLine(node)) {
        line.itadocFlow = flow;
        line.itadocLine = lines.length;
        lines.push(line);
      }
      const heights = lines.map((l) => l.getHeight());
      const forced = current?.breakBefore.get(flow);
      // Inside an unbreakable block the block moves as a whole: lines are placed as pdfmake places them.
      const controlled = writer.transactionLevel === 0;
      let i = 0;
      while (i < lines.length) {
        const context = writer.context();
        const atTop = context.y <= context.pageMargins.top + 0.5;
        let take = controlled ? linesForPage(heights, i, context.availableHeight, atTop) : lines.length - i;
        if (controlled && forced !== undefined && forced > i && forced < i + take) take = forced - i;
        if (controlled && take === 0 && node.itadocInColumns !== undefined) {
          // Moving the first line would part it from its marker: the next pass moves the whole block.
          current?.orphan(node.itadocInColumns);
          take = Math.max(1, linesForPage(heights, i, context.availableHeight, true));
        }
        if (take === 0) {
          writer.moveToNextPage(node.pageOrientation);
          continue;
        }
        for (let k = i; k < i + take; k++) {
          const line = lines[k]!;
          const ctx = writer.context();
          // As pdfmake: a line that does not fit starts a new page (unless the page is still empty).
          if (line.getHeight() > ctx.availableHeight && ctx.y > ctx.pageMargins.top) writer.moveToNextPage(node.pageOrientation);
          node.positions.push(writer.addLine(line));
        }
        i += take;
        if (i < lines.length && controlled) writer.moveToNextPage(node.pageOrientation);
      }
    };
    return () => {
      proto.processLeaf = original;
    };
  },
};
