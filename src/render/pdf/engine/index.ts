/**
 * The PDF engine: everything itadoc does inside pdfmake 0.3.11, pdfkit 0.19.1 and fontkit 2.0.4 beyond their public
 * APIs, fenced in this folder behind one function, {@link createPdfEngine}. README.md lists the pins, each patch and
 * override (one file each in patches/), how to upgrade, and what each test guards.
 *
 * The rest of the PDF renderer builds a plain pdfmake document definition (pdf-definition.ts) and hands it here.
 */
import type { Font } from 'fontkit';
import { FONT_STYLES, type FontFiles, type FontStyle } from '../../../resources/resources.js';
import type { PdfDefinition } from '../pdf-definition.js';
import { describeLines, layOut, type RunningContent } from './layout.js';
import { fastStyleLookup } from './patches/fast-style-lookup.js';
import { measureCache } from './patches/measure-cache.js';
import type { Patch } from './patches/patch.js';
import { ItadocPdfDocument } from './patches/pdf-document.js';
import { ItadocRenderer } from './patches/renderer.js';
import { prepareFont } from './patches/thai-font-layout.js';
import { StructureWriter, asArtifact, tagContent, type StructureDocument } from './structure-tree.js';
import type { PdfmakeDocument } from './pdfmake-modules.js';

export type { RunningContent } from './layout.js';
export { FontReadError, INVISIBLE_MARKS } from './patches/thai-font-layout.js';

/** A font family parsed for PDFs: fontkit fonts with the Thai layout (patches/thai-font-layout.ts). */
export interface EngineFonts {
  readonly parsed: Readonly<Record<FontStyle, Font>>;
  /** The regular style's bytes (pdfkit's EmbeddedFont class is found by opening one font with pdfkit). */
  readonly probe: Uint8Array;
}

/** Options of {@link createPdfEngine}. */
export interface PdfEngineOptions {
  /** pdfmake table layouts by name (borders and padding), registered for every layout. */
  tableLayouts: Record<string, object>;
  /**
   * The patches and overrides that only make rendering faster (style lookups, measured words, pdfkit's layout cache,
   * the line writer). On by default; off, the engine draws the same PDF more slowly — the differential tests compare.
   */
  speedups?: boolean;
  /**
   * Writes PDF/A-2b for archiving (pdfkit's `subset` option: XMP identification, an sRGB output intent; fonts are
   * always embedded). Off by default.
   */
  pdfa?: boolean;
}

/** Renders pdfmake definitions to PDF bytes with itadoc's changes to pdfmake, pdfkit and fontkit. */
export interface PdfEngine {
  /** Parses a font family for PDFs, once per files object. Throws FontReadError for a file that is not a font. */
  fonts(files: FontFiles): EngineFonts;
  /**
   * Lays `definition` out (page furniture from `running`) and renders it. The same definition and fonts always give
   * the same bytes (dates come from `definition.info.created`). The definition's runs are annotated with their
   * structure elements (structure-tree.ts), the same way each time.
   */
  print(definition: PdfDefinition, running: RunningContent, fonts: EngineFonts): Promise<Buffer>;
  /**
   * Lays `definition` out without rendering it, and describes every laid-out line as "page x y text": what a reader
   * sees where, however it is drawn (differential tests, debugging).
   */
  describeLayout(definition: PdfDefinition, running: RunningContent, fonts: EngineFonts): string[];
}

const parsedFonts = new WeakMap<FontFiles, EngineFonts>();

/**
 * The one way into the engine. Nothing is patched when this module is imported or this function is called: the
 * patches of pdfmake's classes are installed for the duration of each synchronous layout and undone after it
 * (patches/patch.ts), so no other code in the process ever sees them.
 */
export function createPdfEngine(options: PdfEngineOptions): PdfEngine {
  const speedups = options.speedups ?? true;
  const patches: Patch[] = speedups ? [fastStyleLookup, measureCache] : [];
  return {
    fonts(files) {
      let fonts = parsedFonts.get(files);
      if (!fonts) {
        const parsed = {} as Record<FontStyle, Font>;
        for (const style of FONT_STYLES) parsed[style] = prepareFont(files.files[style].bytes, files.files[style].path);
        fonts = { parsed, probe: files.files.normal.bytes };
        parsedFonts.set(files, fonts);
      }
      return fonts;
    },
    print(definition, running, fonts) {
      const created = new Date(definition.info.created);
      if (Number.isNaN(created.getTime())) {
        return Promise.reject(new Error(`document date "${definition.info.created}" is not an ISO date; the PDF's dates come from it`));
      }
      const doc = pdfDocument(definition, fonts, created, speedups, options.pdfa ?? false);
      // The structure elements of the definition's nodes; their numbers are written into its runs.
      const { content, nodes } = tagContent(definition.content);
      const pages = layOut({ ...definition, content }, artifacts(running), doc as unknown as PdfmakeDocument, options.tableLayouts, patches);
      const structure = new StructureWriter(doc as unknown as StructureDocument, nodes);
      new ItadocRenderer(doc, speedups, structure).renderPages(pages);
      structure.end();
      return collect(doc as unknown as PdfmakeDocument);
    },
    describeLayout(definition, running, fonts) {
      const doc = pdfDocument(definition, fonts, new Date(0), speedups, false);
      const { content } = tagContent(definition.content);
      return describeLines(layOut({ ...definition, content }, artifacts(running), doc as unknown as PdfmakeDocument, options.tableLayouts, patches));
    },
  };
}

/** Page furniture (page numbers, continuation words) drawn as artifacts of the structure tree. */
function artifacts(running: RunningContent): RunningContent {
  return {
    header: running.header && ((page) => asArtifact(running.header!(page))),
    footer: running.footer && ((page, count, next) => asArtifact(running.footer!(page, count, next))),
  };
}

/** The pdfkit document a definition is laid out and drawn in: tagged, PDF/A-2b when asked. */
function pdfDocument(definition: PdfDefinition, fonts: EngineFonts, created: Date, speedups: boolean, pdfa: boolean): ItadocPdfDocument {
  const { info } = definition;
  return new ItadocPdfDocument(
    fonts,
    definition.images,
    {
      size: [definition.pageSize.width, definition.pageSize.height],
      pdfVersion: '1.7',
      compress: true,
      lang: definition.language,
      // A structure tree (structure-tree.ts) and /MarkInfo: screen readers and accessibility checks read it.
      tagged: true,
      ...(pdfa ? { subset: 'PDF/A-2b' } : {}),
      displayTitle: true,
      fontLayoutCache: true,
      bufferPages: false,
      autoFirstPage: false,
      font: null,
      // pdfkit derives the file ID from these, so fixed dates make the output reproducible.
      info: {
        Title: info.title,
        Author: info.author,
        Subject: info.subject,
        Keywords: info.keywords,
        Creator: info.creator,
        Producer: info.producer,
        CreationDate: created,
        ModDate: created,
      },
    },
    speedups,
  );
}

/** Reads a finished pdfkit document into one buffer. */
function collect(doc: PdfmakeDocument): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolvePromise(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
