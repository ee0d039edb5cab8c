/**
 * Renders the documents of one input in the requested formats, in memory. Callers write the files only when every
 * document rendered, so a failure never leaves half a set behind.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import { analyze } from '../analysis/index.js';
import { availableDocuments, buildDocument, type BuildOptions, type DocumentKind } from '../document/build-documents.js';
import type { DocumentNode } from '../document/nodes.js';
import type { LoadedInput } from '../input/index.js';
import { renderDocx } from './docx/render-docx.js';

/** Output formats. */
export const FORMATS = ['docx', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

/** A rendered file, not yet written. */
export interface RenderedFile {
  kind: DocumentKind;
  format: Format;
  /** File name: `<kind>.<format>`. */
  name: string;
  bytes: Buffer;
  /** Milliseconds spent building and rendering this file. */
  ms: number;
}

/**
 * Renders a PDF from a tree, with the fonts of `fontDir` when given (an input's `settings.fontDir`); injected so
 * batch workers load each set of fonts once.
 */
export type PdfRenderer = (doc: DocumentNode, fontDir?: string) => Promise<Buffer>;

/** What to render. */
export interface RenderRequest extends BuildOptions {
  formats: Format[];
  /** Documents to render; all the input has data for when absent. */
  documents?: DocumentKind[];
  pdf?: PdfRenderer;
}

/** Thrown when a requested document needs data the input does not have. */
export class MissingDataError extends Error {
  constructor(
    readonly kind: DocumentKind,
    readonly needs: string,
  ) {
    super(`เอกสาร ${kind} ต้องมีข้อมูล ${needs} ในไฟล์ / the ${kind} document needs ${needs} in the input`);
    this.name = 'MissingDataError';
  }
}

const NEEDS: Record<DocumentKind, string> = {
  memo: 'letter (kind "memo")',
  letter: 'letter (kind "external")',
  o42: 'measures or scores',
  o43: 'progress',
  form: 'measures and letter (kind "external")',
};

/** Renders every requested document of `loaded`. */
export async function renderInput(loaded: LoadedInput, request: RenderRequest): Promise<RenderedFile[]> {
  const available = availableDocuments(loaded);
  const kinds = request.documents ?? available;
  for (const kind of kinds) if (!available.includes(kind)) throw new MissingDataError(kind, NEEDS[kind]);
  const analysis = analyze(loaded.input, loaded.framework);
  const dir = loaded.input.settings?.fontDir;
  const fontDir = dir === undefined ? undefined : isAbsolute(dir) ? dir : resolve(dirname(loaded.file), dir);
  const files: RenderedFile[] = [];
  for (const kind of kinds) {
    let built: DocumentNode | undefined;
    for (const format of request.formats) {
      const started = performance.now();
      // The templates run once per document and both renderers read the same tree: neither changes it (tested with
      // a frozen tree in tests/render/renderers-read-only.test.ts), so no copy is made.
      built ??= buildDocument(loaded, kind, request, analysis);
      const doc = built;
      let bytes: Buffer;
      if (format === 'docx') bytes = await renderDocx(doc);
      else {
        if (!request.pdf) throw new Error('no PDF renderer was given');
        bytes = await request.pdf(doc, fontDir);
      }
      files.push({ kind, format, name: `${kind}.${format}`, bytes, ms: performance.now() - started });
    }
  }
  return files;
}
