/**
 * Template stage, part 2: the Handlebars environment. Templates are one per document (memo, letter, o42, o43, form),
 * with partials; an agency overrides any of them by file name (`--templates <dir>`, read by the resources).
 *
 * A set of template files is checked and compiled once, then reused for every document rendered with it. The build
 * precompiles the built-in templates (pipeline/precompile-templates.ts): compiling all of them takes Handlebars about
 * 190 ms, a start that finds its templates precompiled spends about 5 ms.
 */
import { createHash } from 'node:crypto';
import Handlebars from 'handlebars';
import type { TemplateFile, TemplateFiles } from '../resources/resources.js';
import { templateTextProblem } from './check-template-text.js';
import { emphasisMarkup } from './emphasis.js';

/** A compiled set of templates. */
export interface TemplateSet {
  /** Names of the document templates (memo, o42, …). */
  documents: string[];
  /** Renders document `name` with `model`; returns the markup. */
  render(name: string, model: object): string;
  /** Which file each template came from, for messages. */
  sourceOf(name: string): string;
}

/** A problem with a template: one that does not exist, or one that fails while it runs. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

/**
 * Checks a template's own text before it is compiled, so that a typo is reported at the template's line (the
 * document stage's markup vocabulary check; injected, since the document stage comes after this one).
 */
export type TemplateCheck = (text: string, source: string) => void;

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
  /**
   * User text with its emphasis (emphasis.ts: **bold**, *italic*, __underline__) as markup, everything else escaped:
   * {{md this}} where {{this}} would print the text plainly. Only inside an element that holds text (<p>, <li>, <td>).
   */
  hb.registerHelper('md', (text: unknown) => new hb.SafeString(emphasisMarkup(text === undefined || text === null ? '' : String(text))));
  /** The partial that prints an outline block: {{> (blockPartial type)}} → partials/block-<type>.hbs. */
  hb.registerHelper('blockPartial', (type: unknown) => `block-${String(type)}`);
  /** Whether a text starts with another: {{#if (startsWith title "รายงาน")}}. */
  hb.registerHelper('startsWith', (text: unknown, prefix: unknown) => typeof text === 'string' && typeof prefix === 'string' && text.startsWith(prefix));
}

const compiledSets = new WeakMap<TemplateFiles, TemplateSet>();

/** How every template is compiled, and precompiled. Handlebars adds to the options it is given: it gets copies. */
const COMPILE_OPTIONS: Readonly<CompileOptions> = { noEscape: false };

type CompileOptions = Parameters<typeof Handlebars.precompile>[1];

/**
 * The key of a template's precompiled spec: its text, with the Handlebars version and compile options it was
 * precompiled by, so that a spec is used only for exactly the text, library and options it was made from.
 */
export function precompileKey(text: string): string {
  return createHash('sha256').update(`${Handlebars.VERSION}\0${JSON.stringify(COMPILE_OPTIONS)}\0`).update(text).digest('hex');
}

/** A template's precompiled spec, as JavaScript source (Handlebars.precompile): what the build writes. */
export function precompileTemplate(text: string): string {
  return Handlebars.precompile(text, { ...COMPILE_OPTIONS }) as string;
}

/**
 * Compiles a set of template files, checking each with `check` first; the same files object gives the same set.
 * Throws TemplateError, or what `check` throws (naming the template file and line), when a template is wrong.
 */
export function compileTemplates(files: TemplateFiles, check?: TemplateCheck): TemplateSet {
  const cached = compiledSets.get(files);
  if (cached) return cached;
  const hb = Handlebars.create();
  registerHelpers(hb);
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const sources = new Map<string, string>();
  const compile = ({ text, source }: TemplateFile): Handlebars.TemplateDelegate => {
    // A precompiled spec was made by the build from this very text, after the same checks passed.
    const spec = files.precompiled?.get(precompileKey(text));
    if (spec !== undefined) return precompiled(hb, spec);
    // Control characters first: a NUL pasted into a template would otherwise reach the PDF as a missing glyph.
    const problem = templateTextProblem(text, source);
    if (problem) throw new TemplateError(problem);
    check?.(text, source);
    return hb.compile(text, { ...COMPILE_OPTIONS });
  };
  for (const [name, file] of files.partials) {
    hb.registerPartial(name, compile(file));
    sources.set(`partials/${name}`, file.source);
  }
  for (const [name, file] of files.documents) {
    compiled.set(name, compile(file));
    sources.set(name, file.source);
  }
  const set: TemplateSet = {
    documents: [...compiled.keys()].sort(),
    render(name, model) {
      const template = compiled.get(name);
      if (!template) throw new TemplateError(`ไม่มีแม่แบบ ${name} / no template named ${name}`);
      try {
        return template(model);
      } catch (e) {
        throw new TemplateError(`แม่แบบ ${sources.get(name)} ผิดพลาด / template ${sources.get(name)} failed: ${(e as Error).message}`);
      }
    },
    sourceOf(name) {
      return sources.get(name) ?? name;
    },
  };
  compiledSets.set(files, set);
  return set;
}

/**
 * A template from its precompiled spec, made a function on its first call (as `hb.compile` defers its work): a run
 * uses a few of the fifty templates. The spec is JavaScript the build wrote into dist/ (see {@link precompileTemplate}),
 * evaluated as a module of the package would be.
 */
function precompiled(hb: typeof Handlebars, spec: string): Handlebars.TemplateDelegate {
  let template: Handlebars.TemplateDelegate | undefined;
  return (context, options) => {
    template ??= hb.template(new Function(`return ${spec}`)() as TemplateSpecification);
    return template(context, options);
  };
}

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];
