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
import type { ChartScene } from './chart-scene.js';
import { encodePng } from './png-encoding.js';

/** The fonts a chart's texts are drawn with, and their size per document point (the PDF's). */
export interface ChartFonts {
  normal: Font;
  bold: Font;
  /** Embedded size per point of document size (TH SarabunPSK points → Sarabun: 0.66). */
  sizeScale: number;
}

/** Pixels per point of the PNG: 2 × 96 dpi, sharp in print. */
const PNG_SCALE = (96 / 72) * 2;

const num = (n: number) => Math.round(n * 100) / 100;

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
    const run = font.layout(text.text);
    const width = run.advanceWidth * scale;
    let x = text.align === 'left' ? text.x : text.align === 'center' ? text.x - width / 2 : text.x - width;
    // The baseline where pdfmake puts it: the line's top plus the font's ascent.
    const baseline = text.top + (font.ascent / font.unitsPerEm) * size;
    const paths: string[] = [];
    run.glyphs.forEach((glyph, i) => {
      const position = run.positions[i]!;
      const d = glyph.path.toSVG();
      if (d) {
        const gx = x + position.xOffset * scale;
        const gy = baseline - position.yOffset * scale;
        paths.push(`<path transform="translate(${num(gx)} ${num(gy)}) scale(${scale} ${-scale})" d="${d}"/>`);
      }
      x += position.xAdvance * scale;
    });
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

/** An SVG rasterised to PNG at twice 96 dpi for its size in points; `fontFiles` for any text an SVG holds. */
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
