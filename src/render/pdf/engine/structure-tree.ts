/**
 * The tagged PDF's structure tree (headings, paragraphs, lists, tables with rows and cells, figures; page furniture
 * as artifacts), built with pdfkit 0.19.1's public structure API (`struct`, `addStructure`, `markStructureContent`,
 * `markContent('Artifact')`), which pdfmake 0.3.11 does not use: pdfmake draws laid-out lines and knows nothing of the
 * blocks they came from.
 *
 * The handlers name each definition node's role (`role` in pdf-definition.ts: 'H1', 'P', 'L', 'LI', 'Lbl', 'LBody',
 * 'Table', 'TH', 'TD', 'Div', 'Figure', 'Artifact'). Before layout, {@link tagContent} numbers the nodes that have a
 * role, marks every text run with the number of its innermost role (`itadocStruct`; pdfmake copies a run's properties
 * onto each laid-out inline, as it does `itadocKeep`, layout.ts) and every image node likewise, and returns the tree
 * of roles — with a row (TR) for each row of a 'Table'. It annotates the definition in place (pdfmake ignores `role`;
 * every layout pass copies the content anyway), the same way each time. While the pages are drawn, {@link StructureWriter} wraps each
 * line in marked content tied (MCID) to its element, creating elements in the order their first content is drawn,
 * which is document order; a repeated table header's later copies, page numbers and continuation words, and table
 * rules are artifacts.
 * Guarded by tests/render/pdf/engine/contract.test.ts (pdfkit's structure API) and tests/e2e/pdf-web.test.ts (the
 * structure tree of a sample, read back with pdf.js).
 */
import type { PdfContent, PdfRole } from '../pdf-definition.js';
import type { PdfKitDocument } from './pdfmake-modules.js';

/** Structure types (pdf-definition.ts `PdfRole`) and the row type the engine adds to tables. */
export type StructureRole = PdfRole | 'TR';

/** A structure element to be: its role, parent and place in a repeated header row. */
export interface StructureNode {
  id: number;
  role: StructureRole;
  parent: number | undefined;
  /** Alternative text of a figure. */
  alt?: string;
  /** In a header row that pdfmake repeats on every page the table runs over. */
  header?: boolean;
}

/** The property a run or image carries: the number of its structure element. */
export const STRUCT_KEY = 'itadocStruct';
/** The property of a run of page furniture (page numbers, continuation words): drawn as an artifact. */
export const ARTIFACT_KEY = 'itadocArtifact';

interface Tagged {
  role?: StructureRole;
  alt?: string;
  text?: unknown;
  stack?: unknown[];
  columns?: unknown[];
  table?: { body: unknown[][]; headerRows?: number };
  image?: unknown;
  svg?: unknown;
  [STRUCT_KEY]?: number;
}

/**
 * Marks the runs and images of `content` with the number of their innermost structure element (in place, the same
 * way however often it is called) and returns the elements by number (0 is the document).
 */
export function tagContent(content: PdfContent[]): { content: PdfContent[]; nodes: StructureNode[] } {
  const copy = content;
  const nodes: StructureNode[] = [{ id: 0, role: 'Div', parent: undefined }];
  const add = (role: StructureRole, parent: number, extra: Partial<StructureNode> = {}) => {
    const node: StructureNode = { id: nodes.length, role, parent, ...extra };
    nodes.push(node);
    return node.id;
  };
  const visit = (value: unknown, parent: number, header: boolean): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v, parent, header);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const node = value as Tagged;
    let own = parent;
    if (node.role === 'Artifact') own = -1;
    else if (node.role) own = add(node.role, parent, { ...(node.alt ? { alt: node.alt } : {}), ...(header ? { header } : {}) });
    if (node.image !== undefined || node.svg !== undefined) node[STRUCT_KEY] = own;
    if (typeof node.text === 'string') node.text = [{ text: node.text }];
    if (Array.isArray(node.text)) {
      for (const run of node.text) if (run && typeof run === 'object') (run as Tagged)[STRUCT_KEY] = own;
    }
    visit(node.stack, own, header);
    visit(node.columns, own, header);
    if (node.table) {
      const headerRows = node.table.headerRows ?? 0;
      node.table.body.forEach((row, r) => {
        // A real table has a row element per row; a layout table (role Div) puts its cells' content in itself.
        const rowParent = own >= 0 && nodes[own]!.role === 'Table' ? add('TR', own, r < headerRows ? { header: true } : {}) : own;
        for (const cell of row) visit(cell, rowParent, r < headerRows);
      });
    }
  };
  visit(copy, 0, false);
  return { content: copy, nodes };
}

/** Marks the runs of page furniture (a header or footer pdfmake lays out on each page) as artifacts. */
export function asArtifact<T extends object | null>(content: T): T {
  if (!content) return content;
  const node = content as Tagged;
  if (typeof node.text === 'string') node.text = [{ text: node.text }];
  if (Array.isArray(node.text)) for (const run of node.text) if (run && typeof run === 'object') (run as Record<string, unknown>)[ARTIFACT_KEY] = true;
  return content;
}

/** A pdfkit structure element, as far as the writer uses it. */
interface StructElement {
  add(child: unknown): StructElement;
  end(): void;
}

/** The pdfkit document API of tagged PDF (pdfkit's markings mixin). */
export interface StructureDocument extends PdfKitDocument {
  struct(type: string, options?: { alt?: string; lang?: string }, children?: unknown): StructElement;
  addStructure(element: StructElement): PdfKitDocument;
  markStructureContent(tag: string, options?: object): unknown;
  markContent(tag: string, options?: { actual?: string; type?: string }): PdfKitDocument;
}

/** What a drawn item belongs to: an element (by number), or nothing (an artifact). */
export type ItemOwner = number | 'artifact';

/** The owner of a laid-out line or image: its first inline's (or its own) element number, or artifact. */
export function ownerOf(item: { inlines?: object[] } & Record<string, unknown>): ItemOwner {
  const carriers = item.inlines ?? [item];
  for (const carrier of carriers) {
    const c = carrier as Record<string, unknown>;
    if (c[ARTIFACT_KEY]) return 'artifact';
    const id = c[STRUCT_KEY];
    if (typeof id === 'number') return id < 0 ? 'artifact' : id;
  }
  return 'artifact';
}

/**
 * Writes the structure tree while pdfmake's renderer draws the pages: `mark(owner, page, draw)` draws one item inside
 * marked content tied to its element (created, with its ancestors, the first time it has content), or as an
 * artifact. `end()` closes the tree; pdfkit writes it when the document ends.
 */
export class StructureWriter {
  private readonly elements = new Map<number, StructElement>();
  /** The first page each element in a repeated header row was drawn on. */
  private readonly headerPage = new Map<number, number>();
  /**
   * The marked content left open for the items drawn right after it by the same owner: the lines of a paragraph on
   * a page make one marked content (one MCID), consecutive artifacts (a table's rules) another. One per line was a
   * tenth of the PDF's time (pdfkit builds an object, a dictionary and a parent-tree entry for each). Closed when an
   * item of another owner comes, before a page ends (ItadocPdfDocument.beforePageEnds) and around a change of the
   * graphics state that must nest with it ({@link close}).
   */
  private open: ItemOwner | undefined;

  constructor(
    private readonly doc: StructureDocument,
    private readonly nodes: readonly StructureNode[],
  ) {
    const root = doc.struct('Document');
    doc.addStructure(root);
    this.elements.set(0, root);
  }

  mark(owner: ItemOwner, page: number, draw: () => void): void {
    if (owner !== 'artifact' && this.nodes[owner]?.header) {
      const first = this.headerPage.get(owner) ?? page;
      this.headerPage.set(owner, first);
      // pdfmake repeats a table's header rows on every page it runs over: the copies are pagination artifacts.
      if (page > first) owner = 'artifact';
    }
    if (owner !== this.open) {
      this.close();
      if (owner === 'artifact') this.doc.markContent('Artifact', { type: 'Pagination' });
      else this.element(owner).add(this.doc.markStructureContent(this.nodes[owner]!.role));
      this.open = owner;
    }
    draw();
  }

  /** Closes the marked content left open, if any: before a page ends, a clip or a shift of a table cell's content. */
  close(): void {
    if (this.open === undefined) return;
    this.doc.endMarkedContent();
    this.open = undefined;
  }

  /** The element of node `id`, created with its ancestors on first use. */
  private element(id: number): StructElement {
    let element = this.elements.get(id);
    if (!element) {
      const node = this.nodes[id]!;
      const parent = this.element(node.parent ?? 0);
      element = this.doc.struct(node.role, node.alt ? { alt: node.alt } : {});
      parent.add(element);
      this.elements.set(id, element);
    }
    return element;
  }

  /** Ends every element; pdfkit writes them when the document ends. */
  end(): void {
    this.close();
    this.elements.get(0)!.end();
  }
}
