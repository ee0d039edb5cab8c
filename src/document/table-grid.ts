/** Where each table cell sits on its table's grid: decided once, in the tree, for every renderer. */
import type { RowNode } from './nodes.js';

/**
 * Puts each cell on the grid, as HTML and Word do: a cell takes the first grid column of its row not covered by a
 * cell above that spans rows into it; its `column` is set and its rowspan cut at the table's last row. Returns the
 * index of the first row whose cells run past `columns` (a template error: never a cell silently dropped or a table
 * wider than the page), or undefined when all fit.
 */
export function placeCells(rows: RowNode[], columns: number): number | undefined {
  /** Rows still covered, per grid column, by a cell of an earlier row. */
  const coveredFor = new Array<number>(columns).fill(0);
  for (let r = 0; r < rows.length; r++) {
    let c = 0;
    for (const cell of rows[r]!.cells) {
      while (c < columns && coveredFor[c]! > 0) c++;
      if (c + cell.colspan > columns) return r;
      cell.column = c;
      cell.rowspan = Math.min(cell.rowspan, rows.length - r);
      for (let k = c; k < c + cell.colspan; k++) coveredFor[k] = cell.rowspan;
      c += cell.colspan;
    }
    for (let k = 0; k < columns; k++) if (coveredFor[k]! > 0) coveredFor[k]!--;
  }
  return undefined;
}
