/** Shared test helpers: load a sample, build its trees, render them, run the built CLI. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BlockNode, DocumentNode, InlineNode } from '../src/document/nodes.js';
import { loadInputText, type LoadedInput } from '../src/input/index.js';
import { availableDocuments, type DocumentKind } from '../src/pipeline/document-kinds.js';
import { buildDocumentTree, type TreeOptions } from '../src/pipeline/render-documents.js';
import { createDocxRenderer } from '../src/render/docx/render-docx.js';
import { createPdfEngine } from '../src/render/pdf/engine/index.js';
import { pdfFonts, type PdfFonts } from '../src/render/pdf/pdf-fonts.js';
import { createPdfRenderer } from '../src/render/pdf/render-pdf.js';
import { TABLE_LAYOUTS } from '../src/render/pdf/table-layouts.js';
import { wordBreakerFor } from '../src/render/pdf/thai-text.js';
import { BUNDLED_FONT_DIR, loadResources } from '../src/resources/load-resources.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The sample inputs, one per seed document. */
export const SAMPLES = ['pathumthani-2563', 'pruyai-2565', 'nakhonpathom-2564', 'tak-2568', 'songhong-2567', 'school-2568'] as const;

/** The built-in resources (templates, bundled fonts), read once for the test file. */
export const resources = loadResources();

/** The Thai word breaker of the bundled dictionary, with no document words. */
export const thaiWords = wordBreakerFor(resources.thaiDictionary());

/** A PDF engine for tests that need the fonts' metrics or the engine itself. */
export const pdfEngine = createPdfEngine({ tableLayouts: TABLE_LAYOUTS });

/** The PDF fonts and metrics of a font folder (the bundled Sarabun when none), parsed once. */
export function fontsFor(dir?: string): PdfFonts {
  return pdfFonts(pdfEngine, resources.fonts(dir));
}

/** Loads and validates samples/<name>.json. */
export function loadSample(name: string): LoadedInput {
  const file = `samples/${name}.json`;
  return loadInputText(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'), file);
}

/** The tree of document `kind` of an input, with the built-in templates. */
export function buildTree(loaded: LoadedInput, kind: DocumentKind, options: TreeOptions = {}): DocumentNode {
  return buildDocumentTree(loaded, kind, resources, options);
}

/** The trees of every document a sample has data for. */
export function sampleTrees(name: string, options: TreeOptions = {}): { kind: DocumentKind; tree: DocumentNode }[] {
  const loaded = loadSample(name);
  return availableDocuments(loaded).map((kind) => ({ kind, tree: buildTree(loaded, kind, options) }));
}

const docx = createDocxRenderer();
let pdf: ReturnType<typeof createPdfRenderer> | undefined;

/** Renders a tree to DOCX bytes. */
export async function renderDocx(tree: DocumentNode): Promise<Buffer> {
  return Buffer.from(await docx.render(tree, resources));
}

/** Renders a tree to PDF bytes with the bundled fonts. */
export async function renderPdf(tree: DocumentNode): Promise<Buffer> {
  pdf ??= createPdfRenderer();
  return Buffer.from(await pdf.render(tree, resources));
}

/** Runs the built CLI (bin/itadoc.js) and returns its exit code and output. */
export function runCli(args: string[], options: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [`${ROOT}bin/itadoc.js`, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    input: options.input,
    env: { ...process.env, ITADOC_DEBUG: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** All text of a tree, joined. */
export function treeText(doc: DocumentNode): string {
  const inl = (n: InlineNode[]) => n.map((i) => (i.type === 'text' ? i.value : ' ')).join('');
  const blk = (b: BlockNode): string => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        return inl(b.children);
      case 'list':
        return b.items.map((i) => [`${i.label} ${inl(i.children)}`.trim(), ...(i.list ? [blk(i.list)] : [])].join('\n')).join('\n');
      case 'table':
        return b.rows.map((r) => r.cells.map((c) => c.children.map(blk).join('\n')).join('\n')).join('\n');
      case 'signature':
        return b.lines.map(inl).join('\n');
      default:
        return '';
    }
  };
  return doc.children.map(blk).join('\n');
}

/** A folder with the bundled fonts copied under the given names (regular, bold, italic, bold italic). */
export function fontFolder(names: (string | undefined)[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'itadoc-fonts-'));
  const sources = ['Sarabun-Regular.ttf', 'Sarabun-Bold.ttf', 'Sarabun-Italic.ttf', 'Sarabun-BoldItalic.ttf'];
  names.forEach((name, i) => {
    if (name) copyFileSync(join(BUNDLED_FONT_DIR, sources[i]!), join(dir, name));
  });
  return dir;
}

/** A plain grey PNG of the given size (CRC computed as the PNG spec says). */
export function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence in every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
