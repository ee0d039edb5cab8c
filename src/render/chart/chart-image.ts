/**
 * A chart, or a user's SVG, as an image for the DOCX: the chart's scene written as SVG with its texts as glyph
 * outlines (shaped by the same fonts and Thai layout as the PDF's text), rasterised to PNG by resvg.
 *
 * Why outlines: resvg 0.34 (inside @resvg/resvg-js 2.6) lays Thai out itself and collides ำ with the next letter;
 * drawing the glyphs the PDF's fonts place avoids its text engine altogether. Why PNG: LibreOffice shows a DOCX's
 * PNG, Word the SVG beside it; both get the same look.
 */
import { createRequire } from 'node:module';
import type { Resvg as ResvgClass } from '@resvg/resvg-js';
import type { Font } from 'fontkit';
import { BoundedCache } from '../../bounded-cache.js';
import type { ChartScene } from './chart-scene.js';
import { encodePng } from './png-encoding.js';

/** The fonts a chart's texts are drawn with, and their size per document point (the PDF's). */
export interface ChartFonts {
  normal: Font;
  bold: Font;
  /** Embedded size per point of document size (TH SarabunPSK points → Sarabun: 0.66). */
  sizeScale: number;
}

/**
 * Pixels per point of the PNG: 120 dpi. The PNG is the fallback Word 2016 and later never show (they draw the SVG);
 * LibreOffice (7.4 here) and older Words show it. At 120 dpi a chart's Thai labels stay clear on screen and in print
 * (looked at beside 144 dpi), and rasterising, encoding and hashing the PNG take 15 against 21 ms for a radar chart
 * (192 dpi took 35).
 */
const PNG_SCALE = 120 / 72;

const num = (n: number) => Math.round(n * 100) / 100;

/** A text as a chart draws it, in font units: its advance width, and each glyph's outline (SVG path data) and offsets. */
export interface ChartTextLayout {
  advanceWidth: number;
  glyphs: { outline: string; xOffset: number; yOffset: number; xAdvance: number }[];
}

/**
 * Chart texts laid out, per font: every chart of a batch repeats its labels (the ten indicators' names, the scale),
 * and laying out Thai and writing glyph outlines was a third of a chart's cost in a DOCX.
 */
const chartTextLayouts = new WeakMap<Font, BoundedCache<string, ChartTextLayout>>();

/**
 * Glyph outlines as SVG path data, per font and glyph: a chart's own texts (its scores) are new in every agency, but
 * are written with the same few glyphs (digits, the point), and writing an outline is most of laying a text out.
 */
const glyphOutlines = new WeakMap<Font, Map<number, string>>();

function glyphOutline(font: Font, glyph: { id: number; path: { toSVG(): string } }): string {
  let outlines = glyphOutlines.get(font);
  if (!outlines) glyphOutlines.set(font, (outlines = new Map()));
  let outline = outlines.get(glyph.id);
  if (outline === undefined) outlines.set(glyph.id, (outline = glyph.path.toSVG()));
  return outline;
}

/** `text` laid out in `font` (the engine's Thai layout), from the cache when it was laid out before. */
export function chartTextLayout(font: Font, text: string): ChartTextLayout {
  let cache = chartTextLayouts.get(font);
  if (!cache) chartTextLayouts.set(font, (cache = new BoundedCache(2_000)));
  return cache.getOrSet(text, () => {
    const run = font.layout(text);
    return {
      advanceWidth: run.advanceWidth,
      glyphs: run.glyphs.map((glyph, i) => {
        const { xOffset, yOffset, xAdvance } = run.positions[i]!;
        return { outline: glyphOutline(font, glyph), xOffset, yOffset, xAdvance };
      }),
    };
  });
}

/** The scene as an SVG document, texts as outlined glyphs. */
export function sceneSvg(scene: ChartScene, fonts: ChartFonts): string {
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(scene.width)}pt" height="${num(scene.height)}pt" viewBox="0 0 ${num(scene.width)} ${num(scene.height)}">`,
    `<rect width="${num(scene.width)}" height="${num(scene.height)}" fill="#FFFFFF"/>`,
  ];
  const dash = (d?: number) => (d ? ` stroke-dasharray="${d} ${d}"` : '');
  for (const shape of scene.shapes) {
    switch (shape.kind) {
      case 'polygon':
        out.push(
          `<polygon points="${shape.points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ')}" fill="${shape.fill ? `#${shape.fill}` : 'none'}"` +
            `${shape.fill && shape.fillOpacity !== undefined ? ` fill-opacity="${shape.fillOpacity}"` : ''}` +
            `${shape.stroke ? ` stroke="#${shape.stroke}" stroke-width="${shape.strokeWidth ?? 1}"` : ''}${dash(shape.dash)}/>`,
        );
        break;
      case 'line':
        out.push(`<line x1="${num(shape.from[0])}" y1="${num(shape.from[1])}" x2="${num(shape.to[0])}" y2="${num(shape.to[1])}" stroke="#${shape.stroke}" stroke-width="${shape.strokeWidth}"${dash(shape.dash)}/>`);
        break;
      case 'rect':
        out.push(`<rect x="${num(shape.x)}" y="${num(shape.y)}" width="${num(shape.width)}" height="${num(shape.height)}" fill="#${shape.fill}"/>`);
        break;
      case 'circle':
        out.push(`<circle cx="${num(shape.centre[0])}" cy="${num(shape.centre[1])}" r="${shape.radius}" fill="#${shape.fill}"/>`);
        break;
    }
  }
  for (const text of scene.texts) {
    const font = text.bold ? fonts.bold : fonts.normal;
    const size = text.size * fonts.sizeScale;
    const scale = size / font.unitsPerEm;
    // Written with six significant digits: far below a pixel at any size, and shorter than 0.007260000000000001 in
    // every glyph's transform.
    const written = Number(scale.toPrecision(6));
    const run = chartTextLayout(font, text.text);
    const width = run.advanceWidth * scale;
    let x = text.align === 'left' ? text.x : text.align === 'center' ? text.x - width / 2 : text.x - width;
    // The baseline where pdfmake puts it: the line's top plus the font's ascent.
    const baseline = text.top + (font.ascent / font.unitsPerEm) * size;
    const paths: string[] = [];
    for (const glyph of run.glyphs) {
      if (glyph.outline) {
        const gx = x + glyph.xOffset * scale;
        const gy = baseline - glyph.yOffset * scale;
        paths.push(`<path transform="translate(${num(gx)} ${num(gy)}) scale(${written} ${-written})" d="${glyph.outline}"/>`);
      }
      x += glyph.xAdvance * scale;
    }
    out.push(`<g fill="#${text.color ?? '000000'}">${paths.join('')}</g>`);
  }
  out.push('</svg>');
  return out.join('');
}

const require = createRequire(import.meta.url);

/**
 * resvg, loaded when the first image is rasterised: its native library takes about 15 ms to load, which a run
 * without a chart or SVG image in a DOCX need not spend.
 */
let resvg: typeof ResvgClass | undefined;

/** An SVG rasterised to PNG at 120 dpi for its size in points; `fontFiles` for any text an SVG holds. */
export function svgToPng(svg: string, widthPt: number, fontFiles: string[] = []): Buffer {
  resvg ??= (require('@resvg/resvg-js') as typeof import('@resvg/resvg-js')).Resvg;
  const renderer = new resvg(svg, {
    fitTo: { mode: 'width', value: Math.max(1, Math.round(widthPt * PNG_SCALE)) },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Sarabun' },
    background: '#FFFFFF',
  });
  const image = renderer.render();
  return encodePng(image.width, image.height, image.pixels);
}
