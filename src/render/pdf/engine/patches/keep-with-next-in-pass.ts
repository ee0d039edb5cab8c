/**
 * Patch of pdfmake 0.3.11 src/LayoutBuilder.js: `processVerticalContainer`, during a layout pass of layout.ts and in
 * its scratch layouts (`itadocProbe`). Installed for every layout, like the widow and orphan control: it saves passes,
 * and it changes a page in one case (below).
 *
 * What pdfmake does: it lays a stack's blocks out one after the other; nothing looks ahead, so a heading or bold
 * lead-in kept with the next block (`headlineLevel`) can end a page while that block starts the next one, and a list
 * item's first line can end a page alone (the line-keeping patch cannot move it: that would part it from its marker).
 * Why that is not enough: layout.ts finds such a stranded block or orphaned item on the laid-out pages and lays the
 * whole document out again with a page break before it — a second pass for most O42s, a third of the PDF's time.
 * What the patch does: before it places a kept block of the top stack (`itadocRoot`) that starts in the lower part of
 * a page, it asks the pass (`KeepProbe.stranded`, layout.ts strandedOnScratchPage) whether that block — with the kept
 * blocks right after it — would end this page while the block they introduce starts the next one; before it places a
 * list item (`itadocColumns`) near a page's foot, whether the item's first line would stand alone there
 * (`KeepProbe.orphaned`). layout.ts answers by laying fresh copies out on a scratch page with exactly the room left.
 * If so, the block starts the next page now, as the next pass would have had it. The pass still looks at its pages
 * afterwards: whatever the look-ahead does not settle is settled as before, in another pass.
 * The one difference a reader can see: passes kept a page break once they had made one, even after a later change
 * let the block move on by itself; the look-ahead decides on the final flow, so such a block starts its page without
 * its space above, as pdfmake places any block whose top margin does not fit (Pru Yai's O42, page 9: the heading 12 pt
 * higher; 17 of the bench's 40 O42s, one page each, same text and pages).
 * In a scratch layout it records which block is being laid out (`itadocAt`), so the probe knows where its page ran
 * out. Outside a pass and a scratch layout pdfmake's own code runs.
 * Installed only during layout (patch.ts); guarded by tests/render/pdf/engine/contract.test.ts (the method is still
 * pdfmake's two statements; a background callback can stop a layout), tests/render/pdf/keep-rows.test.ts and the
 * page-flow checks of every sample (tests/e2e/letter-and-flow.test.ts).
 */
import { LayoutBuilderClass } from '../pdfmake-modules.js';
import type { Patch } from './patch.js';

/** What the patch asks of the layout pass in progress. */
export interface KeepProbe {
  /** Look ahead for a kept block only when less than this is left on its page (points). */
  readonly room: number;
  /**
   * Whether the kept block at `index` of the document's top stack, starting at `y` on its page, would be left at the
   * page's foot, parted from the block it introduces.
   */
  stranded(index: number, y: number): boolean;
  /** Look ahead for a list item only when less than this is left on its page (points). */
  readonly lineRoom: number;
  /** Whether list item `number` (a block of columns), placed at x, y with that width, would leave its first line alone. */
  orphaned(number: number, place: { x: number; y: number; width: number }): boolean;
}

interface StackNode {
  stack: ({ headlineLevel?: number; itadocColumns?: number; pageBreak?: string; positions: unknown[] } & Record<string, unknown>)[];
  positions: unknown[];
  itadocRoot?: boolean;
  itadocProbe?: boolean;
  /** In a scratch layout: the index of the block being laid out. */
  itadocAt?: number;
}

interface Builder {
  writer: {
    transactionLevel: number;
    context(): { x: number; y: number; availableWidth: number; availableHeight: number; pageMargins: { top: number } };
  };
  processNode(node: unknown): void;
  processVerticalContainer(node: StackNode): void;
}

let current: KeepProbe | undefined;

/** Runs a synchronous layout with `probe` answering for it (undefined: no look-ahead, as in a scratch layout). */
export function withKeepProbe<T>(probe: KeepProbe | undefined, layout: () => T): T {
  const outer = current;
  current = probe;
  try {
    return layout();
  } finally {
    current = outer;
  }
}

export const keepWithNextInPass: Patch = {
  name: 'keep-with-next-in-pass',
  install() {
    const proto = LayoutBuilderClass.prototype as unknown as Builder;
    const original = proto.processVerticalContainer;
    proto.processVerticalContainer = function processVerticalContainer(this: Builder, node: StackNode) {
      const probe = current;
      if (!probe && !node.itadocProbe) {
        original.call(this, node);
        return;
      }
      // pdfmake's loop (processNode, then the block's positions added to the stack's), with the look-ahead first.
      node.stack.forEach((item, index) => {
        if (node.itadocProbe) node.itadocAt = index;
        const context = this.writer.context();
        const ahead = probe && item.pageBreak === undefined && this.writer.transactionLevel === 0 && context.y > context.pageMargins.top + 0.5;
        if (ahead && node.itadocRoot && item.headlineLevel && context.availableHeight < probe.room && probe.stranded(index, context.y)) {
          item.pageBreak = 'before';
        }
        if (ahead && item.itadocColumns !== undefined && context.availableHeight < probe.lineRoom) {
          if (probe.orphaned(item.itadocColumns, { x: context.x, y: context.y, width: context.availableWidth })) item.pageBreak = 'before';
        }
        this.processNode(item);
        for (const position of item.positions) node.positions.push(position);
      });
    };
    return () => {
      proto.processVerticalContainer = original;
    };
  },
};
