/**
 * From a validated input to document trees: analysis → view model → templates → markup → tree → digits.
 * Renderers take it from here (render/docx, render/pdf).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { analyze, type Analysis } from '../analysis/index.js';
import { InputError, type LoadedInput } from '../input/index.js';
import { isoDate } from '../thai/dates.js';
import type { DigitStyle } from '../thai/digits.js';
import { buildViewModel, documentDate } from '../template/view-model.js';
import { loadTemplateSet } from '../template/template-set.js';
import { applyDigits } from './apply-digits.js';
import type { DocumentNode, EmblemNode } from './nodes.js';
import { parseMarkup } from './parse-markup.js';

/** The documents itadoc writes, in the order a provincial office sends them. */
export const DOCUMENT_KINDS = ['memo', 'letter', 'o42', 'o43', 'form'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Options shared by every document of one input. */
export interface BuildOptions {
  /** Folder of template overrides (`--templates`). */
  templates?: string;
  digits?: DigitStyle;
  /** Font family written into the documents; TH SarabunPSK by default (FORMAT.md). */
  font?: string;
  size?: number;
}

/** Which documents an input has data for. */
export function availableDocuments(loaded: LoadedInput): DocumentKind[] {
  const { input } = loaded;
  const kinds: DocumentKind[] = [];
  if (input.letter?.kind === 'memo') kinds.push('memo');
  if (input.letter?.kind === 'external') kinds.push('letter');
  if (input.measures?.length || input.scores) kinds.push('o42');
  if (input.progress) kinds.push('o43');
  // The blank reporting form goes with a circular letter that asks agencies to report (seed 003).
  if (input.measures?.length && input.letter?.kind === 'external') kinds.push('form');
  return kinds;
}

/** The largest emblem image read: a Garuda emblem is a few hundred KB. */
const MAX_EMBLEM_BYTES = 5 * 1024 * 1024;

/** Reads an emblem image; PNG and JPEG sizes come from their headers. Paths are relative to the input file. */
function imageLoader(inputFile: string) {
  return (src: string): EmblemNode['image'] | undefined => {
    const path = isAbsolute(src) ? src : resolve(dirname(inputFile), src);
    const problem = (found: string) =>
      new InputError(inputFile, [
        {
          path: 'agency.emblem',
          found,
          expected: { th: 'ไฟล์ภาพ PNG หรือ JPEG ที่มีอยู่', en: 'an existing PNG or JPEG file' },
          fix: { th: 'ระบุที่อยู่ไฟล์เทียบกับไฟล์ข้อมูลนำเข้า', en: 'give the path relative to the input file' },
        },
      ]);
    let data: Buffer;
    try {
      // A regular file of a sensible size only: "/dev/zero" or a pipe would be read for ever (issue 12).
      const stat = statSync(path);
      if (!stat.isFile() || stat.size > MAX_EMBLEM_BYTES) {
        throw problem(`${JSON.stringify(src)} (ไม่ใช่ไฟล์ภาพขนาดไม่เกิน 5 MB / not an image file of at most 5 MB)`);
      }
      data = readFileSync(path);
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw problem(`${JSON.stringify(src)} (ไม่พบไฟล์ / no such file: ${path})`);
    }
    if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
      return { data: data.toString('base64'), kind: 'png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
    }
    if (data[0] === 0xff && data[1] === 0xd8) {
      // Walk the JPEG segments to the frame header (SOF0–SOF15 except DHT/JPG/DAC) for its size.
      let i = 2;
      while (i + 9 < data.length) {
        if (data[i] !== 0xff) break;
        const marker = data[i + 1]!;
        const len = data.readUInt16BE(i + 2);
        if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
          return { data: data.toString('base64'), kind: 'jpg', width: data.readUInt16BE(i + 7), height: data.readUInt16BE(i + 5) };
        }
        i += 2 + len;
      }
    }
    throw problem(`${JSON.stringify(src)} (ไม่ใช่ภาพ PNG หรือ JPEG / not a PNG or JPEG image)`);
  };
}

/** Builds the tree of document `kind` for one input. */
export function buildDocument(
  loaded: LoadedInput,
  kind: DocumentKind,
  options: BuildOptions = {},
  analysis: Analysis = analyze(loaded.input, loaded.framework),
): DocumentNode {
  const { input, framework } = loaded;
  const templates = loadTemplateSet(options.templates);
  const model = buildViewModel(input, framework, analysis);
  const markup = templates.render(kind, model);
  const doc = parseMarkup(
    markup,
    templates.sourceOf(kind),
    {
      font: options.font ?? input.settings?.font ?? 'TH SarabunPSK',
      size: options.size ?? input.settings?.fontSize ?? 16,
      author: input.agency.owningUnit ?? input.agency.name,
      created: `${isoDate(documentDate(input))}T00:00:00Z`,
      language: 'th-TH',
    },
    imageLoader(loaded.file),
  );
  return applyDigits(doc, options.digits ?? input.settings?.digits ?? 'thai');
}
