// pdf-trace: what a PDF draws, read from `mutool trace` (MuPDF) — glyphs with their text and device positions
// (points from the page's top-left corner), straight line segments and images, per page. Used by
// scripts/typography-report.mjs; no dependency but mutool.
import { execFileSync } from 'node:child_process';

const attr = (tag, name) => {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : undefined;
};
const matrix = (text) => (text ?? '1 0 0 1 0 0').trim().split(/\s+/).map(Number);
const apply = ([a, b, c, d, e, f], x, y) => [a * x + c * y + e, b * x + d * y + f];

const unescape = (s) =>
  s.replace(/&#x([0-9a-f]+);/giu, (_m, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * The pages of `file`: { width, height, glyphs: [{ text, font, size, x, y, adv }], segments: [{ x1, y1, x2, y2 }],
 * images: [{ x, y, width, height }] }, glyphs in drawing order, y down from the top, adv in points.
 */
export function tracePdf(file) {
  const trace = execFileSync('mutool', ['trace', file], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  const pages = [];
  let page;
  let ctm = matrix();
  let font = '';
  let size = 0;
  let path = null;
  let point = null;
  for (const line of trace.split('\n')) {
    const tag = line.trim();
    if (tag.startsWith('<page ')) {
      const box = attr(tag, 'mediabox').split(/\s+/).map(Number);
      page = { width: box[2] - box[0], height: box[3] - box[1], glyphs: [], segments: [], images: [] };
      pages.push(page);
    } else if (tag.startsWith('<fill_text') || tag.startsWith('<stroke_text') || tag.startsWith('<clip_text')) {
      ctm = matrix(attr(tag, 'transform'));
    } else if (tag.startsWith('<span ')) {
      font = attr(tag, 'font') ?? '';
      size = Math.abs(matrix(attr(tag, 'trm'))[0]);
    } else if (tag.startsWith('<g ')) {
      const gx = Number(attr(tag, 'x'));
      const gy = Number(attr(tag, 'y'));
      const [x, y] = apply(ctm, gx, gy);
      const adv = Number(attr(tag, 'adv')) * size * Math.abs(ctm[0]);
      page.glyphs.push({ text: unescape(attr(tag, 'unicode') ?? ''), font, size, x, y, adv, glyph: attr(tag, 'glyph') });
    } else if (tag.startsWith('<stroke_path') || tag.startsWith('<fill_path')) {
      path = matrix(attr(tag, 'transform'));
      point = null;
    } else if (path && tag.startsWith('<moveto')) {
      point = apply(path, Number(attr(tag, 'x')), Number(attr(tag, 'y')));
    } else if (path && tag.startsWith('<lineto')) {
      const next = apply(path, Number(attr(tag, 'x')), Number(attr(tag, 'y')));
      if (point) page.segments.push({ x1: point[0], y1: point[1], x2: next[0], y2: next[1] });
      point = next;
    } else if (tag.startsWith('</stroke_path') || tag.startsWith('</fill_path')) {
      path = null;
    } else if (tag.startsWith('<fill_image')) {
      const [a, b, c, d, e, f] = matrix(attr(tag, 'transform'));
      const corners = [apply([a, b, c, d, e, f], 0, 0), apply([a, b, c, d, e, f], 1, 1)];
      const xs = corners.map((p) => p[0]);
      const ys = corners.map((p) => p[1]);
      page.images.push({ x: Math.min(...xs), y: Math.min(...ys), width: Math.abs(xs[1] - xs[0]), height: Math.abs(ys[1] - ys[0]) });
    }
  }
  return pages;
}

/**
 * The text lines of a page: glyphs in drawing order cut where the baseline changes or the pen jumps back or far
 * ahead (a new column or cell). Each line: { y, x1, x2, glyphs, text, bold }, `text` with sara am restored (Sarabun
 * draws ำ as nikhahit + the glyph of า; a trace reads them back as "ํา" or "ำา").
 */
export function textLines(page) {
  const lines = [];
  let current;
  for (const g of page.glyphs) {
    const last = current?.glyphs.at(-1);
    const lastEnd = last ? Math.max(...current.glyphs.map((h) => h.x + h.adv)) : 0;
    if (!current || Math.abs(g.y - current.y) > 0.6 || g.x < lastEnd - 3 || g.x > lastEnd + 25) {
      current = { y: g.y, glyphs: [] };
      lines.push(current);
    }
    current.glyphs.push(g);
  }
  for (const line of lines) {
    line.x1 = Math.min(...line.glyphs.map((g) => g.x));
    line.x2 = Math.max(...line.glyphs.map((g) => g.x + g.adv));
    let text = '';
    line.offsets = [];
    for (const g of line.glyphs) {
      line.offsets.push(text.length);
      if (g.text === 'า' && text.endsWith('ำ')) continue;
      if (g.text === 'า' && text.endsWith('ํ')) {
        text = `${text.slice(0, -1)}ำ`;
        continue;
      }
      text += g.text;
    }
    line.text = text;
    line.bold = line.glyphs.every((g) => /bold/iu.test(g.font) || !g.text.trim());
  }
  return lines;
}
