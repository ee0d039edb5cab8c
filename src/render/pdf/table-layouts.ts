/**
 * The two table layouts (borders and cell padding) the definitions name, and the geometry the table handler needs
 * to share a table's width out exactly as pdfmake will.
 */

import { CELL_MARGIN_X, CELL_MARGIN_Y, TABLE_RULE } from '../../document/typography.js';

/** Layout names as the definitions use them. */
export type TableLayoutName = 'itadoc-grid' | 'itadoc-plain';

/** Geometry of a table layout for `columns` columns: padding left/right of each column and rule widths. */
export interface TableGeometry {
  paddingLeft(column: number): number;
  paddingRight(column: number): number;
  /** Width of the vertical rule left of `column` (column = count: the right edge). */
  rule(column: number): number;
}

/** The geometry of a layout in a table of `columns` columns. */
export function tableGeometry(layout: TableLayoutName, columns: number): TableGeometry {
  if (layout === 'itadoc-grid') {
    return { paddingLeft: () => CELL_MARGIN_X, paddingRight: () => CELL_MARGIN_X, rule: () => TABLE_RULE };
  }
  // Borderless tables lay out the page (the memo's emblem and title row): the outer cells' text sits on the
  // margins, as Word places a borderless table whose cell margins hang into the page margins.
  return {
    paddingLeft: (i) => (i === 0 ? 0 : CELL_MARGIN_X),
    paddingRight: (i) => (i === columns - 1 ? 0 : CELL_MARGIN_X),
    rule: () => 0,
  };
}

interface LayoutNode {
  table: { widths: unknown[] };
}

function layoutFunctions(name: TableLayoutName) {
  const geometry = (node: LayoutNode) => tableGeometry(name, node.table.widths.length);
  const rule = name === 'itadoc-grid' ? TABLE_RULE : 0;
  return {
    hLineWidth: () => rule,
    vLineWidth: () => rule,
    hLineColor: () => 'black',
    vLineColor: () => 'black',
    paddingLeft: (i: number, node: LayoutNode) => geometry(node).paddingLeft(i),
    paddingRight: (i: number, node: LayoutNode) => geometry(node).paddingRight(i),
    paddingTop: () => (name === 'itadoc-grid' ? CELL_MARGIN_Y : 0),
    paddingBottom: () => (name === 'itadoc-grid' ? CELL_MARGIN_Y : 0),
  };
}

/** pdfmake table layouts by name, registered with the layout engine by the printer. */
export const TABLE_LAYOUTS: Record<TableLayoutName, object> = {
  'itadoc-grid': layoutFunctions('itadoc-grid'),
  'itadoc-plain': layoutFunctions('itadoc-plain'),
};
