/**
 * Resources read from the file system: the templates, fonts and Thai word lists shipped with itadoc (package root
 * `templates/`, `fonts/`, `data/thai-words/`), an agency's template overrides (`--templates`), its font folders
 * (`--font-dir`, `settings.fontDir`) and the images its inputs name. Each file is read once per resources object; a batch worker makes one and keeps it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createThaiDictionary, type ThaiDictionary } from '../thai/words.js';
import { FONT_STYLES, ResourceError, type FontFiles, type FontStyle, type Resources, type TemplateFile, type TemplateFiles } from './resources.js';

/** The package root: two levels above src/resources or dist/resources. */
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The built-in templates folder, shipped with the package. */
export const BUILTIN_TEMPLATES = join(PACKAGE_ROOT, 'templates');

/** The bundled fonts: Sarabun, SIL Open Font License 1.1 (fonts/OFL.txt). */
export const BUNDLED_FONT_DIR = join(PACKAGE_ROOT, 'fonts');

const BUNDLED_FILES: Record<FontStyle, string> = {
  normal: 'Sarabun-Regular.ttf',
  bold: 'Sarabun-Bold.ttf',
  italics: 'Sarabun-Italic.ttf',
  bolditalics: 'Sarabun-BoldItalic.ttf',
};

/** The largest image read: a Garuda emblem or a photo of a meeting is a few hundred KB. */
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** The Thai word lists (data/thai-words/README.md): libthai's (LGPL-2.1-or-later) and itadoc's own, curated one. */
export const THAI_WORD_LISTS = {
  general: join(PACKAGE_ROOT, 'data', 'thai-words', 'libthai-words.txt'),
  curated: join(PACKAGE_ROOT, 'data', 'thai-words', 'ita-words.txt'),
  /**
   * libthai's list compiled to its trie by the build (`npm run build` runs resources/compile-word-lists.ts). Build
   * output, not committed: when it is missing or was made from another list, the trie is built from the text.
   */
  compiledGeneral: join(PACKAGE_ROOT, 'dist', 'libthai-words.trie'),
};

let thaiDictionary: ThaiDictionary | undefined;

/** The dictionary of {@link THAI_WORD_LISTS}, once per process (about 5 ms from the compiled trie, 50 ms without). */
function bundledThaiDictionary(): ThaiDictionary {
  thaiDictionary ??= createThaiDictionary(
    [readFileSync(THAI_WORD_LISTS.general)],
    [readFileSync(THAI_WORD_LISTS.curated, 'utf8')],
    readOptional(THAI_WORD_LISTS.compiledGeneral),
  );
  return thaiDictionary;
}

/** A file's bytes, or undefined when it cannot be read. */
function readOptional(path: string): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Options of {@link loadResources}. */
export interface ResourceOptions {
  /** A folder of template overrides: `<name>.hbs` and `partials/<name>.hbs` replace the built-in file of that name. */
  templates?: string;
  /** A font folder that wins over every input's own (`--font-dir`). */
  fontDir?: string;
}

/**
 * Reads the templates now (a typo in an override folder is reported before any input is rendered) and fonts and
 * images when first asked for. Throws {@link ResourceError} when the templates folder does not exist.
 */
export function loadResources(options: ResourceOptions = {}): Resources {
  const templates = readTemplates(options.templates);
  const fontFolders = new Map<string, FontFiles>();
  const fixedFontDir = options.fontDir === undefined ? undefined : resolve(options.fontDir);
  return {
    templates,
    fonts(dir) {
      const folder = fixedFontDir ?? (dir === undefined ? undefined : resolve(dir));
      const key = folder ?? '';
      let fonts = fontFolders.get(key);
      if (!fonts) {
        fonts = readFonts(folder);
        fontFolders.set(key, fonts);
      }
      return fonts;
    },
    thaiDictionary: bundledThaiDictionary,
    image(path) {
      try {
        // A regular file of a sensible size only: "/dev/zero" or a pipe would be read for ever.
        const stat = statSync(path);
        if (!stat.isFile() || stat.size > MAX_IMAGE_BYTES) {
          throw new ResourceError(`ไม่ใช่ไฟล์ภาพขนาดไม่เกิน 5 MB / not an image file of at most 5 MB: ${path}`, path);
        }
        return readFileSync(path);
      } catch (error) {
        if (error instanceof ResourceError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        throw new ResourceError(
          code === 'ENOENT' ? `ไม่พบไฟล์ / no such file: ${path}` : `อ่านไฟล์ไม่ได้ / cannot read ${path}: ${code ?? String(error)}`,
          path,
        );
      }
    },
  };
}

function listTemplates(dir: string): Map<string, TemplateFile> {
  const files = new Map<string, TemplateFile>();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return files;
  }
  for (const name of names.filter((f) => f.endsWith('.hbs')).sort()) {
    const path = join(dir, name);
    files.set(basename(name, '.hbs'), { text: readFileSync(path, 'utf8'), source: path });
  }
  return files;
}

function readTemplates(overrideDir: string | undefined): TemplateFiles {
  if (overrideDir !== undefined) {
    let isDir = false;
    try {
      isDir = statSync(overrideDir).isDirectory();
    } catch {
      // reported below
    }
    if (!isDir) throw new ResourceError(`ไม่พบโฟลเดอร์แม่แบบ ${overrideDir} / templates folder not found: ${overrideDir}`, overrideDir);
  }
  const documents = listTemplates(BUILTIN_TEMPLATES);
  const partials = listTemplates(join(BUILTIN_TEMPLATES, 'partials'));
  if (overrideDir !== undefined) {
    for (const [k, v] of listTemplates(overrideDir)) documents.set(k, v);
    for (const [k, v] of listTemplates(join(overrideDir, 'partials'))) partials.set(k, v);
  }
  return { documents, partials, precompiled: readPrecompiledTemplates() };
}

/** The precompiled built-in templates the build wrote (pipeline/precompile-templates.ts); none when it is missing. */
export const PRECOMPILED_TEMPLATES = join(PACKAGE_ROOT, 'dist', 'templates.precompiled.json');

let precompiledTemplates: ReadonlyMap<string, string> | undefined;

function readPrecompiledTemplates(): ReadonlyMap<string, string> {
  if (precompiledTemplates) return precompiledTemplates;
  let specs: unknown;
  try {
    specs = JSON.parse(readFileSync(PRECOMPILED_TEMPLATES, 'utf8'));
  } catch {
    specs = undefined;
  }
  const entries = specs && typeof specs === 'object' ? Object.entries(specs).filter((e): e is [string, string] => typeof e[1] === 'string') : [];
  return (precompiledTemplates = new Map(entries));
}

function readFonts(dir: string | undefined): FontFiles {
  const paths = dir === undefined ? bundledFontFiles() : findFontFiles(dir);
  const files = {} as Record<FontStyle, { path: string; bytes: Uint8Array }>;
  for (const style of FONT_STYLES) {
    const path = paths[style];
    try {
      files[style] = { path, bytes: readFileSync(path) };
    } catch (error) {
      throw new ResourceError(`อ่านไฟล์ฟอนต์ไม่ได้ / cannot read font ${path}: ${(error as Error).message}`, path);
    }
  }
  return { dir, files };
}

function bundledFontFiles(): Record<FontStyle, string> {
  const out = {} as Record<FontStyle, string>;
  for (const style of FONT_STYLES) out[style] = join(BUNDLED_FONT_DIR, BUNDLED_FILES[style]);
  return out;
}

const OTHER_WEIGHTS = /thin|hairline|light|book|medium|semi|demi|extra|ultra|black|heavy|condensed|narrow/u;

const STYLE_LABEL: Record<FontStyle, string> = {
  normal: 'regular',
  bold: 'bold',
  italics: 'italic',
  bolditalics: 'bold italic',
};

/**
 * Finds the four styles of one family in `dir` by file name: "Bold", "Italic" (or "Oblique") and "BoldItalic"; the
 * regular one has none of these. Files of other weights (Light, Medium, SemiBold…) are ignored, so a folder holding a
 * whole family works too. Throws {@link ResourceError} naming the folder and what is missing or doubled.
 */
export function findFontFiles(dir: string): Record<FontStyle, string> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.(ttf|otf)$/iu.test(n));
  } catch (error) {
    throw new ResourceError(`อ่านโฟลเดอร์ฟอนต์ ${dir} ไม่ได้ / font folder ${dir} cannot be read: ${(error as Error).message}`, dir);
  }
  const found: Record<FontStyle, string[]> = { normal: [], bold: [], italics: [], bolditalics: [] };
  for (const name of names) {
    const style = styleOfFileName(name);
    if (style) found[style].push(name);
  }
  const out = {} as Record<FontStyle, string>;
  const problems: string[] = [];
  for (const style of FONT_STYLES) {
    const candidates = found[style];
    if (candidates.length === 1) out[style] = join(dir, candidates[0]!);
    else if (candidates.length === 0) problems.push(`no ${STYLE_LABEL[style]} font`);
    else problems.push(`several ${STYLE_LABEL[style]} fonts (${candidates.sort().join(', ')})`);
  }
  if (problems.length > 0) {
    throw new ResourceError(
      `font folder ${dir}: ${problems.join('; ')}. It needs one .ttf/.otf file per style, named like ` +
        `"THSarabunNew.ttf", "THSarabunNew Bold.ttf", "THSarabunNew Italic.ttf", "THSarabunNew BoldItalic.ttf" ` +
        `(found: ${names.sort().join(', ') || 'no font files'})`,
      dir,
    );
  }
  return out;
}

/** The style a font file name says, or undefined for other weights. */
export function styleOfFileName(name: string): FontStyle | undefined {
  const stem = basename(name, extname(name))
    .toLowerCase()
    .replace(/[\s_-]+/gu, '');
  const bold = stem.includes('bold');
  const italic = stem.includes('italic') || stem.includes('oblique');
  const withoutStyles = stem.replace(/bold|italic|oblique|regular|normal/gu, '');
  if (OTHER_WEIGHTS.test(withoutStyles)) return undefined;
  if (bold && italic) return 'bolditalics';
  if (bold) return 'bold';
  if (italic) return 'italics';
  return 'normal';
}
