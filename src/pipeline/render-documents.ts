/**
 * The pipeline, in one place: validated input → analysis → view model → templates → markup → document tree →
 * renderers. Every stage is a folder of its own that knows nothing of the ones after it; this module is the only one
 * that calls them in order. The CLI and batch workers call it; so can any library user.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import { analyze, type Analysis } from '../analysis/index.js';
import { applyDigits } from '../document/apply-digits.js';
import { imageInfo, type ImageData } from '../document/image-info.js';
import type { DocumentNode } from '../document/nodes.js';
import { checkTemplateMarkup, parseMarkup } from '../document/parse-markup.js';
import { InputError, type LoadedInput } from '../input/index.js';
import type { Format, Renderer } from '../render/renderer.js';
import { ResourceError, type Resources } from '../resources/resources.js';
import { compileTemplates } from '../template/template-set.js';
import { buildViewModel, documentDate } from '../template/view-model/index.js';
import { isoDate } from '../thai/dates.js';
import type { DigitStyle } from '../thai/digits.js';
import { availableDocuments, MissingDataError, type DocumentKind } from './document-kinds.js';

/** Options of the documents of one input. */
export interface TreeOptions {
  /** Digits of the documents: Thai by default (the input's `settings.digits` otherwise). */
  digits?: DigitStyle;
  /** Font family written into the documents; TH SarabunPSK by default (FORMAT.md). */
  font?: string;
  /** Body size in points; 16 by default. */
  size?: number;
}

/** What to render. */
export interface RenderRequest extends TreeOptions {
  formats: Format[];
  /** Documents to render; all the input has data for when absent. */
  documents?: DocumentKind[];
}

/** A rendered file, not yet written. */
export interface RenderedFile {
  kind: DocumentKind;
  format: Format;
  /** File name: `<kind>.<format>`. */
  name: string;
  bytes: Uint8Array;
  /** Milliseconds spent building and rendering this file. */
  ms: number;
}

/** The renderers by format; only those of the requested formats are needed. */
export type Renderers = Partial<Record<Format, Renderer>>;

/**
 * The resources of one input: an input's own font folder (`settings.fontDir`, relative to the input file) is used
 * unless the resources fix one (`--font-dir`).
 */
function resourcesOf(loaded: LoadedInput, resources: Resources): Resources {
  const dir = loaded.input.settings?.fontDir;
  if (dir === undefined) return resources;
  const folder = isAbsolute(dir) ? dir : resolve(dirname(loaded.file), dir);
  return { templates: resources.templates, image: resources.image, thaiDictionary: resources.thaiDictionary, fonts: () => resources.fonts(folder) };
}

/**
 * Reads an image an input names (paths relative to the input file); a missing or broken one is an input error naming
 * the field (`source`: the JSON path the template gives; the emblem's by default) and the path.
 */
function imageLoader(loaded: LoadedInput, resources: Resources) {
  return (src: string, source = 'agency.emblem'): ImageData => {
    const path = isAbsolute(src) ? src : resolve(dirname(loaded.file), src);
    const problem = (found: string) =>
      new InputError(loaded.file, [
        {
          path: source,
          found: `${JSON.stringify(src)} (${found})`,
          expected: { th: 'ไฟล์ภาพ PNG, JPEG หรือ SVG ที่มีอยู่', en: 'an existing PNG, JPEG or SVG file' },
          fix: { th: 'ระบุที่อยู่ไฟล์เทียบกับไฟล์ข้อมูลนำเข้า', en: 'give the path relative to the input file' },
        },
      ]);
    let bytes: Uint8Array;
    try {
      bytes = resources.image(path);
    } catch (error) {
      if (error instanceof ResourceError) throw problem(error.message);
      throw error;
    }
    const image = imageInfo(bytes);
    if (!image) throw problem('ไม่ใช่ภาพ PNG, JPEG หรือ SVG ที่มีขนาด / not a PNG, JPEG or SVG image with a size');
    return image;
  };
}

/**
 * Checks and compiles the templates of `resources` (once per templates object), so that a typo in a template is
 * reported, with its file and line, before any input is rendered. Throws MarkupError or TemplateError.
 */
export function checkTemplates(resources: Resources): void {
  compileTemplates(resources.templates, checkTemplateMarkup);
}

/**
 * Builds the tree of document `kind` for one input: view model, template, markup, tree, digits. `analysis` is
 * computed when not given (render computes it once for all of an input's documents).
 */
export function buildDocumentTree(
  loaded: LoadedInput,
  kind: DocumentKind,
  resources: Resources,
  options: TreeOptions = {},
  analysis: Analysis = analyze(loaded.input, loaded.framework),
): DocumentNode {
  const { input, framework } = loaded;
  const templates = compileTemplates(resources.templates, checkTemplateMarkup);
  const markup = templates.render(kind, buildViewModel(kind, input, framework, analysis));
  const digits = options.digits ?? input.settings?.digits ?? 'thai';
  const tree = parseMarkup(
    markup,
    templates.sourceOf(kind),
    {
      font: options.font ?? input.settings?.font ?? 'TH SarabunPSK',
      size: options.size ?? input.settings?.fontSize ?? 16,
      author: input.agency.owningUnit ?? input.agency.name,
      created: `${isoDate(documentDate(input))}T00:00:00Z`,
      language: 'th-TH',
      digits,
    },
    imageLoader(loaded, resources),
  );
  const words = input.settings?.words;
  if (words?.length) tree.words = [...words];
  return applyDigits(tree, digits);
}

/**
 * Renders every requested document of `loaded` in the requested formats, in memory: callers write the files only
 * when all of them rendered, so a failure never leaves half a set behind. Throws MissingDataError when a requested
 * document needs data the input lacks.
 *
 * It starts with one turn of the event loop. Node runs the finalizers of native objects only there — among them
 * resvg's, which free about 4 MB of rasterised chart per DOCX chart image — and reading and rendering an input never
 * waits on the event loop, so a caller rendering many inputs in one loop (`itadoc render a.json b.json …`) would keep
 * every earlier chart's memory: 200 bench agencies' DOCX in one loop grew to 1 GB of resident memory without the turn,
 * and stayed near 300 MB with it.
 */
export async function renderDocuments(
  loaded: LoadedInput,
  request: RenderRequest,
  resources: Resources,
  renderers: Renderers,
): Promise<RenderedFile[]> {
  await new Promise((resolve) => setImmediate(resolve));
  const available = availableDocuments(loaded);
  const kinds = request.documents ?? available;
  for (const kind of kinds) if (!available.includes(kind)) throw new MissingDataError(kind);
  const analysis = analyze(loaded.input, loaded.framework);
  const own = resourcesOf(loaded, resources);
  const files: RenderedFile[] = [];
  for (const kind of kinds) {
    let tree: DocumentNode | undefined;
    for (const format of request.formats) {
      const renderer = renderers[format];
      if (!renderer) throw new Error(`no ${format} renderer was given`);
      const started = performance.now();
      // The templates run once per document and every renderer reads the same tree: none changes it (tested with a
      // frozen tree), so no copy is made.
      tree ??= buildDocumentTree(loaded, kind, own, request, analysis);
      const bytes = await renderer.render(tree, own);
      files.push({ kind, format, name: `${kind}.${format}`, bytes, ms: performance.now() - started });
    }
  }
  return files;
}
