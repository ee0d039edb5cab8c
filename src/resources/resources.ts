import type { ThaiDictionary } from '../thai/words.js';

/**
 * Resources: every file a rendering needs besides the input — templates, fonts, images, the Thai dictionary — reached through one object
 * that the caller (the CLI, a batch worker, a library user) creates and hands down. No stage below reads a file on its
 * own, so a stage can be tested with resources held in memory, and a batch worker loads each file once.
 */

/** A style of a font family, as pdfmake names them. */
export type FontStyle = 'normal' | 'bold' | 'italics' | 'bolditalics';

/** The four styles, in the order messages list them. */
export const FONT_STYLES: readonly FontStyle[] = ['normal', 'bold', 'italics', 'bolditalics'];

/** One template file: its text and where it came from (for messages). */
export interface TemplateFile {
  text: string;
  /** The file it was read from, or a name for templates held in memory. */
  source: string;
}

/** The templates of one rendering: the built-in ones overlaid with an agency's overrides. */
export interface TemplateFiles {
  /** Document templates by name (memo, letter, o42, o43, form). */
  documents: ReadonlyMap<string, TemplateFile>;
  /** Partials by name, used as `{{> name}}`. */
  partials: ReadonlyMap<string, TemplateFile>;
  /**
   * Handlebars specs the build precompiled from the built-in templates, keyed by template/template-set.ts's
   * `precompileKey` of a template's text; a template whose key is not here (an override) is checked and compiled.
   */
  precompiled?: ReadonlyMap<string, string>;
}

/** The files of one font family: one per style. */
export interface FontFiles {
  /** The folder they came from; undefined for the fonts bundled with itadoc (Sarabun). */
  dir: string | undefined;
  files: Readonly<Record<FontStyle, { path: string; bytes: Uint8Array }>>;
}

/** Everything a rendering reads besides its input. */
export interface Resources {
  readonly templates: TemplateFiles;
  /**
   * The fonts to embed in PDFs: the folder `dir` (an input's `settings.fontDir`, resolved) unless the resources
   * were made with a folder of their own (`--font-dir`, which wins), else the bundled Sarabun. Read once per folder.
   */
  fonts(dir?: string): FontFiles;
  /** The bytes of an image file (an emblem, a picture of the outline); throws {@link ResourceError}. */
  image(path: string): Uint8Array;
  /**
   * The Thai dictionary PDF lines break by (data/thai-words/: libthai's words and itadoc's official and ITA
   * vocabulary), read and built on first use, once per process.
   */
  thaiDictionary(): ThaiDictionary;
}

/** A resource that cannot be read or used: a missing folder or file, a font folder without a style. User-fixable. */
export class ResourceError extends Error {
  constructor(
    message: string,
    /** The file or folder at fault. */
    readonly path: string,
  ) {
    super(message);
    this.name = 'ResourceError';
  }
}
