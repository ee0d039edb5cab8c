/**
 * Override of pdfmake 0.3.11 src/TableProcessor.js (subclassed, swapped in for one layout): rows kept whole and rows
 * kept with the next one, chosen row by row.
 *
 * What pdfmake does: it keeps rows whole only table-wide (`dontBreakRows`), has no "keep with next row", and silently
 * drops an unbreakable block taller than a fresh page (PageElementWriter._fitOnPage tries one new page, then gives up),
 * leaving pages with nothing but a repeated header.
 * What the override does:
 * - switches `dontBreakRows` row by row from the definition's `cantSplitRows`, before each row begins, so the row
 *   runs through pdfmake's own unbreakable-row path — a table keeps its group rows whole and still lets long rows
 *   flow across pages;
 * - opens an unbreakable block of its own for a row in `keepWithNextRows` and closes it after the next row, so pdfmake
 *   moves both rows to a new page together (a group heading never ends a page);
 * - reports a row that, kept whole, ran over a page: the next layout pass lets it split (engine/layout.ts);
 * - corrects where a cell spanning rows starts when its first row is laid out inside an unbreakable block opened
 *   before that row (the repeated header kept with the first rows, a row kept with the next). pdfmake records the
 *   start (`_startingRowSpanY`, `_startingRowSpanPage`) in the block's own coordinates, which begin at 0 on page 0;
 *   at the spanning cell's last row it subtracts that start from the page position, or, on any page but the first,
 *   nothing — so the last row grew by the block's height (the IIT row of the O42 results table was twice as tall as
 *   its neighbours). Once the block is placed on its page, the start is set to where the block's top landed.
 * LayoutBuilder reads the processor class from its module at every table, so the class is swapped for the duration
 * of one synchronous layout and no other layout can observe the swap.
 * Guarded by tests/render/pdf/engine/contract.test.ts and tests/render/pdf/keep-rows.test.ts.
 */
import { tableProcessorModule, type PageWriter, type TableProcessor } from '../pdfmake-modules.js';

type TableProcessorClass = new (tableNode: object) => TableProcessor;

/** Told the table (its number in document order) and row that ran over a page while kept whole. */
export type OverflowRecorder = (table: number, row: number) => void;

let rowKeepingClass: TableProcessorClass | undefined;
let recordOverflow: OverflowRecorder | undefined;

/** How tall an unbreakable block may be to fit on a fresh page, below the headers that repeat there. */
function roomOnFreshPage(writer: PageWriter): number {
  const page = writer.contextStack[0];
  if (!page) return Infinity;
  const repeated = writer.repeatables.reduce((sum, r) => sum + r.height, 0);
  return page.getCurrentPage().pageSize.height - page.pageMargins.top - page.pageMargins.bottom - repeated;
}

/** Room left for a row's bottom rule and padding, which pdfmake adds after `endRow` begins. */
const ROW_END_ALLOWANCE = 4;

function rowKeepingProcessor(base: TableProcessorClass): TableProcessorClass {
  return class RowKeepingTableProcessor extends base {
    override beginTable(writer: unknown): void {
      const rows = this.tableNode.table.cantSplitRows;
      if (rows) this.tableNode.table.dontBreakRows = rows[0] ?? false;
      super.beginTable(writer);
    }

    /** Rows whose unbreakable block is left open so the next row joins it (keep with next). */
    private keptOpen = 0;

    /** Cells spanning rows whose first row is inside a block not yet placed on its page. */
    private spansInBlock: SpanningCell[] = [];

    override beginRow(rowIndex: number, writer: unknown): void {
      const pageWriter = writer as PageWriter;
      // pdfmake has just recorded where this row's spanning cells start: in the block's coordinates if one is open.
      if (pageWriter.transactionLevel > 0) {
        for (const cell of (this.tableNode.table as { body?: SpanningCell[][] }).body?.[rowIndex] ?? []) {
          if ((cell.rowSpan ?? 1) > 1 && typeof cell._startingRowSpanY === 'number') this.spansInBlock.push(cell);
        }
      }
      const keep = this.tableNode.table.keepWithNextRows;
      // A row kept with the next one opens an unbreakable block of its own, even when the row itself may split:
      // the block closes after the next row, so pdfmake moves the two rows to a new page together.
      if (keep?.[rowIndex]) (writer as PageWriter).beginUnbreakableBlock();
      super.beginRow(rowIndex, writer);
    }

    override endRow(rowIndex: number, writer: unknown, pageBreaks: unknown): void {
      const pageWriter = writer as PageWriter;
      if (pageWriter.transactionLevel > 0 && pageWriter.context().y > roomOnFreshPage(pageWriter) - ROW_END_ALLOWANCE) {
        recordOverflow?.((this.tableNode.table as { itadocNumber?: number }).itadocNumber ?? 0, rowIndex);
      }
      const blockHeight = this.spansInBlock.length > 0 ? heightWhenPlaced(pageWriter) : undefined;
      super.endRow(rowIndex, writer, pageBreaks);
      if (blockHeight) this.placeSpans(pageWriter, blockHeight.restore());
      const keep = this.tableNode.table.keepWithNextRows;
      // Close the block a kept row opened, now that the row after it is laid out too.
      if (this.keptOpen > 0 && !keep?.[rowIndex]) {
        for (; this.keptOpen > 0; this.keptOpen--) pageWriter.commitUnbreakableBlock();
      }
      if (keep?.[rowIndex]) this.keptOpen++;
      const rows = this.tableNode.table.cantSplitRows;
      // Set for the next row now: pdfmake reads the flag for a row's rowspans before beginRow.
      if (rows) this.dontBreakRows = rows[rowIndex + 1] ?? false;
    }

    /** Once the block holding spanning cells' first rows is on its page, their start is where its top landed. */
    private placeSpans(writer: PageWriter, height: number | undefined): void {
      if (height === undefined || writer.transactionLevel > 0) return;
      const context = writer.context() as { y: number; page: number };
      for (const cell of this.spansInBlock) {
        for (const target of [cell, cell._endingCell, cell._leftEndingCell]) {
          if (!target) continue;
          target._startingRowSpanY = context.y - height;
          target._startingRowSpanPage = context.page;
        }
      }
      this.spansInBlock = [];
    }
  };
}

/** A table cell as pdfmake's row-span bookkeeping marks it (LayoutBuilder.processRow, processTable). */
interface SpanningCell {
  rowSpan?: number;
  _startingRowSpanY?: number;
  _startingRowSpanPage?: number;
  _endingCell?: SpanningCell;
  _leftEndingCell?: SpanningCell;
}

/**
 * Watches the writer while a row ends: the height of the outermost unbreakable block when it is committed (its
 * context's y, which pdfmake makes the fragment's height). `restore()` undoes the watch and returns the height, or
 * undefined when no block was committed.
 */
function heightWhenPlaced(writer: PageWriter): { restore(): number | undefined } {
  let height: number | undefined;
  const own = Object.prototype.hasOwnProperty.call(writer, 'commitUnbreakableBlock');
  const commit = writer.commitUnbreakableBlock;
  writer.commitUnbreakableBlock = function commitUnbreakableBlock(this: PageWriter, ...args: unknown[]) {
    if (this.transactionLevel === 1) height = this.context().y;
    return (commit as (...a: unknown[]) => void).apply(this, args);
  };
  return {
    restore() {
      if (own) writer.commitUnbreakableBlock = commit;
      else delete (writer as Partial<PageWriter>).commitUnbreakableBlock;
      return height;
    },
  };
}

/** Runs a synchronous layout with the row-keeping table processor in place, telling `recorder` of overflowing rows. */
export function withRowKeepingTables<T>(recorder: OverflowRecorder, layout: () => T): T {
  // Nested calls (layout.ts's scratch layouts inside a pass) restore what the outer one had.
  const original = tableProcessorModule.default;
  const outerRecorder = recordOverflow;
  rowKeepingClass ??= rowKeepingProcessor(original);
  tableProcessorModule.default = rowKeepingClass;
  recordOverflow = recorder;
  try {
    return layout();
  } finally {
    tableProcessorModule.default = original;
    recordOverflow = outerRecorder;
  }
}
