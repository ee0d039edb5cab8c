/** `itadoc render`: input files → documents in an output folder. */
import { basename } from 'node:path';
import {
  DOCUMENT_KINDS,
  FORMATS,
  MissingDataError,
  OutputFolderError,
  checkTemplates,
  createRenderers,
  formatWarnings,
  inputWarnings,
  loadResources,
  prepareOutputFolder,
  removeIfUnused,
  renderDocuments,
  uniqueSlugs,
  unsafeFolder,
  writeFileAtomic,
  writingTo,
  type DocumentKind,
  type Format,
} from '../index.js';
import { EXIT, UsageError, reportError } from './errors.js';
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
  /** PDFs as PDF/A-2b. */
  pdfa?: boolean;
  log: (text: string) => void;
  /** Where warnings and the errors of single inputs go (stderr). */
  warn: (text: string) => void;
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
 * Files of one input are written only after all of them rendered, each through a temporary name. The output folder
 * is checked writable before anything is rendered, and removed again if this run created it and wrote nothing.
 *
 * With one input, a problem with it is thrown (exit 2). With several, like batch, every good input is rendered, each
 * bad one is reported, and the exit code is 1 when any failed.
 */
export async function runRender(options: RenderCommandOptions): Promise<number> {
  const formats = parseList<Format>(options.format, FORMATS, 'format');
  const documents = options.doc ? parseList<DocumentKind>(options.doc, DOCUMENT_KINDS, 'doc') : undefined;
  const resources = loadResources({ templates: options.templates, fontDir: options.fontDir });
  checkTemplates(resources);
  const renderers = createRenderers(formats, { pdfa: options.pdfa });
  let created: string | undefined;
  try {
    created = prepareOutputFolder(options.out, { replace: true });
  } catch (err) {
    if (err instanceof OutputFolderError) throw new UsageError(err.message);
    throw err;
  }
  const several = options.files.length > 1;
  // Two inputs of the same file name (a/x.json, b/x.json) get x and x-2, never one folder.
  const folders = uniqueSlugs(options.files.map((f) => basename(f).replace(/\.(jsonc?|xlsx)$/i, '')), []);
  let failed = 0;
  let written = 0;
  const renderOne = async (file: string, dir: string) => {
    const loaded = await readInputFile(file);
    const unsafe = unsafeFolder(options.out, dir);
    if (unsafe) throw new UsageError(unsafe);
    let rendered;
    try {
      rendered = await renderDocuments(loaded, { formats, documents, digits: options.digits }, resources, renderers);
    } catch (err) {
      if (err instanceof MissingDataError) throw new UsageError(`${file}: ${err.message}`);
      throw err;
    }
    for (const f of rendered) {
      try {
        writingTo(`${dir}/${f.name}`, () => writeFileAtomic(`${dir}/${f.name}`, f.bytes));
      } catch (err) {
        if (err instanceof OutputFolderError) throw new UsageError(err.message);
        throw err;
      }
    }
    written += rendered.length;
    options.log(`${file} → ${rendered.map((f) => `${dir}/${f.name}`).join(', ')}`);
    const warnings = formatWarnings(file, inputWarnings(loaded));
    if (warnings) options.warn(warnings);
  };
  try {
    for (const [index, file] of options.files.entries()) {
      const dir = several ? `${options.out}/${folders[index]}` : options.out;
      if (!several) {
        await renderOne(file, dir);
        continue;
      }
      try {
        await renderOne(file, dir);
      } catch (err) {
        failed++;
        options.warn(`✗ ${file}`);
        reportError(err, options.warn);
      }
    }
  } finally {
    if (written === 0) removeIfUnused(options.out, created);
  }
  if (failed > 0) {
    options.warn(
      `\nไม่สำเร็จ ${failed} จาก ${options.files.length} ไฟล์ (ไฟล์อื่นสร้างเอกสารแล้ว) / ${failed} of ${options.files.length} inputs failed (the others were rendered)`,
    );
    return EXIT.someFailed;
  }
  return EXIT.ok;
}
