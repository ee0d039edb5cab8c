/** `itadoc render`: input files → documents in an output folder. */
import { basename } from 'node:path';
import {
  DOCUMENT_KINDS,
  FORMATS,
  MissingDataError,
  checkTemplates,
  createRenderers,
  loadResources,
  renderDocuments,
  uniqueSlugs,
  writeFileAtomic,
  type DocumentKind,
  type Format,
} from '../index.js';
import { UsageError } from './errors.js';
import { readInputFile } from './read-input.js';

/** Options of the render command. */
export interface RenderCommandOptions {
  files: string[];
  out: string;
  format: string;
  doc?: string;
  templates?: string;
  digits?: 'thai' | 'arabic';
  fontDir?: string;
  log: (text: string) => void;
}

/** Splits "a,b" and checks every part against `allowed`. */
export function parseList<T extends string>(value: string, allowed: readonly T[], option: string): T[] {
  const parts = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0) throw new UsageError(`--${option} ว่าง / --${option} is empty; use ${allowed.join(', ')}`);
  for (const p of parts) {
    if (!allowed.includes(p as T)) {
      throw new UsageError(`--${option} ไม่รู้จัก "${p}" / unknown ${option} "${p}"; use ${allowed.join(', ')}`);
    }
  }
  return [...new Set(parts)] as T[];
}

/**
 * Renders every input file. One input writes `<out>/<doc>.<ext>`; several write `<out>/<input name>/<doc>.<ext>`.
 * Files of one input are written only after all of them rendered, each through a temporary name.
 */
export async function runRender(options: RenderCommandOptions): Promise<void> {
  const formats = parseList<Format>(options.format, FORMATS, 'format');
  const documents = options.doc ? parseList<DocumentKind>(options.doc, DOCUMENT_KINDS, 'doc') : undefined;
  const resources = loadResources({ templates: options.templates, fontDir: options.fontDir });
  checkTemplates(resources);
  const renderers = createRenderers(formats);
  const several = options.files.length > 1;
  // Two inputs of the same file name (a/x.json, b/x.json) get x and x-2, never one folder.
  const folders = uniqueSlugs(options.files.map((f) => basename(f).replace(/\.(json|xlsx)$/i, '')));
  for (const [index, file] of options.files.entries()) {
    const loaded = await readInputFile(file);
    let rendered;
    try {
      rendered = await renderDocuments(loaded, { formats, documents, digits: options.digits }, resources, renderers);
    } catch (err) {
      if (err instanceof MissingDataError) throw new UsageError(`${file}: ${err.message}`);
      throw err;
    }
    const dir = several ? `${options.out}/${folders[index]}` : options.out;
    for (const f of rendered) writeFileAtomic(`${dir}/${f.name}`, f.bytes);
    options.log(`${file} → ${rendered.map((f) => `${dir}/${f.name}`).join(', ')}`);
  }
}
