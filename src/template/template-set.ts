/**
 * Template stage, part 2: the Handlebars environment. Templates live in `templates/` (one per document, partials in
 * `templates/partials/`); an agency can override any of them with `--templates <dir>` holding files of the same names.
 *
 * Templates are read, checked (unknown markup elements and attributes are reported with the template's file and line)
 * and compiled once per process and folder, then reused for every document.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { checkTemplateMarkup } from '../document/parse-markup.js';
import { templateTextProblem } from './check-template-text.js';

/** The built-in templates folder, shipped with the package. */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** A compiled set of templates. */
export interface TemplateSet {
  /** Names of the document templates (memo, o42, …). */
  documents: string[];
  /** Renders document `name` with `model`; returns the markup. */
  render(name: string, model: object): string;
  /** Which file each template came from, for messages. */
  sourceOf(name: string): string;
}

/** A problem with a templates folder or a template file. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

function listTemplates(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const f of readdirSync(dir)) if (f.endsWith('.hbs')) files.set(basename(f, '.hbs'), join(dir, f));
  return files;
}

function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('ne', (a: unknown, b: unknown) => a !== b);
  hb.registerHelper('gt', (a: number, b: number) => a > b);
  hb.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hb.registerHelper('not', (a: unknown) => !a);
  /** 1-based position: {{inc @index}}. */
  hb.registerHelper('inc', (n: number) => n + 1);
  /** Joins a list: {{join list ", "}}. */
  hb.registerHelper('join', (list: unknown, sep: unknown) =>
    Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ' ') : '',
  );
  /** Thai list numbering marker for a 1-based number: {{paren 3}} → (3). Digits become Thai later. */
  hb.registerHelper('paren', (n: number) => `(${n})`);
  /** Length of a list. */
  hb.registerHelper('len', (list: unknown) => (Array.isArray(list) ? list.length : 0));
}

const cache = new Map<string, TemplateSet>();

/**
 * Loads the built-in templates overlaid with `overrideDir` (if given), checks and compiles them.
 * Throws TemplateError or MarkupError (naming the template file and line) when a template is wrong.
 */
export function loadTemplateSet(overrideDir?: string): TemplateSet {
  const key = overrideDir ?? '';
  const cached = cache.get(key);
  if (cached) return cached;
  if (overrideDir !== undefined && (!existsSync(overrideDir) || !statSync(overrideDir).isDirectory())) {
    throw new TemplateError(`ไม่พบโฟลเดอร์แม่แบบ ${overrideDir} / templates folder not found: ${overrideDir}`);
  }
  const docs = listTemplates(BUILTIN_TEMPLATES);
  const partials = listTemplates(join(BUILTIN_TEMPLATES, 'partials'));
  if (overrideDir) {
    for (const [k, v] of listTemplates(overrideDir)) docs.set(k, v);
    for (const [k, v] of listTemplates(join(overrideDir, 'partials'))) partials.set(k, v);
  }
  const hb = Handlebars.create();
  registerHelpers(hb);
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const sources = new Map<string, string>();
  const read = (file: string) => {
    const text = readFileSync(file, 'utf8');
    const problem = templateTextProblem(text, file);
    if (problem) throw new TemplateError(problem);
    checkTemplateMarkup(text, file);
    return text;
  };
  for (const [name, file] of partials) {
    hb.registerPartial(name, hb.compile(read(file), { noEscape: false }));
    sources.set(`partials/${name}`, file);
  }
  for (const [name, file] of docs) {
    compiled.set(name, hb.compile(read(file), { noEscape: false }));
    sources.set(name, file);
  }
  const set: TemplateSet = {
    documents: [...compiled.keys()].sort(),
    render(name, model) {
      const t = compiled.get(name);
      if (!t) throw new TemplateError(`ไม่มีแม่แบบ ${name} / no template named ${name}`);
      try {
        return t(model);
      } catch (e) {
        throw new TemplateError(`แม่แบบ ${sources.get(name)} ผิดพลาด / template ${sources.get(name)} failed: ${(e as Error).message}`);
      }
    },
    sourceOf(name) {
      return sources.get(name) ?? name;
    },
  };
  cache.set(key, set);
  return set;
}
