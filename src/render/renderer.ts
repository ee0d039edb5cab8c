/**
 * The one shape of every renderer: a document tree and the resources in, the file's bytes out. Renderers are siblings
 * — DOCX, PDF, and later HTML — that draw the same tree; none decides content, none reads a file on its own.
 */
import type { DocumentNode } from '../document/nodes.js';
import type { Resources } from '../resources/resources.js';

/** Output formats. */
export const FORMATS = ['docx', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

/** Draws a document tree as one file format. */
export interface Renderer {
  readonly format: Format;
  /**
   * Renders `tree` to the file's bytes. The tree is read, never changed (one tree serves every renderer). The same
   * tree and resources always give the same bytes.
   */
  render(tree: DocumentNode, resources: Resources): Promise<Uint8Array>;
}

/** What a format's handler says when the format cannot draw an element at all (e.g. a continuation word in Word). */
export interface Unsupported {
  unsupported: string;
}
