/**
 * The drawing of a chart, worked out once for every renderer: shapes (polygons, lines, circles, rectangles) and texts
 * at positions in points from the chart's top-left corner. The PDF draws the shapes as vectors and the texts as text
 * (render/pdf/block-handlers.ts); the DOCX draws the same scene into an image (render/chart/chart-image.ts).
 */
import type { ChartNode } from '../../document/nodes.js';

/** A closed or open line through points, filled and/or stroked. */
export interface PolygonShape {
  kind: 'polygon';
  points: [number, number][];
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeWidth?: number;
  dash?: number;
}

/** A straight line. */
export interface LineShape {
  kind: 'line';
  from: [number, number];
  to: [number, number];
  stroke: string;
  strokeWidth: number;
  dash?: number;
}

/** A filled rectangle. */
export interface RectShape {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

/** A filled circle. */
export interface CircleShape {
  kind: 'circle';
  centre: [number, number];
  radius: number;
  fill: string;
}

export type Shape = PolygonShape | LineShape | RectShape | CircleShape;

/** One line of text: `x` is where `align` anchors it, `top` the top of its line. */
export interface SceneText {
  text: string;
  x: number;
  top: number;
  /** Size in document points (TH SarabunPSK points). */
  size: number;
  bold?: boolean;
  color?: string;
  align: 'left' | 'center' | 'right';
}

/** A chart as shapes and texts, `width` × `height` points. */
export interface ChartScene {
  width: number;
  height: number;
  shapes: Shape[];
  texts: SceneText[];
}

/** Measures text: width in points of `text` at document size `size`. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** Colours: this year's series, last year's, the pass mark, the grid. */
const SERIES = '2E75B6';
const PREVIOUS = 'A6A6A6';
const PASS_MARK = 'C00000';
const GRID = 'BFBFBF';
const TEXT = '404040';

/** Text sizes in document points: labels, and the scale's numbers. */
const LABEL_SIZE = 13;
const TICK_SIZE = 11;

/** Line height of chart text: the document's single line of TH SarabunPSK (typography.ts). */
const lineHeight = (size: number) => size * 1.257;

/** Words of a label, where it may wrap (made once: making an ICU segmenter costs about a third of a millisecond). */
const LABEL_WORDS = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * Breaks `text` into at most `maxLines` lines no wider than `width`, at spaces and Thai word boundaries; a last line
 * that would still be too long keeps the rest (the renderer draws it whole rather than drop a word).
 */
export function wrapLabel(text: string, width: number, size: number, bold: boolean, measure: Measure, maxLines = 2): string[] {
  const words = [...LABEL_WORDS.segment(text)].map((s) => s.segment);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const next = line + words[i]!;
    if (line && measure(next.trim(), size, bold) > width && lines.length < maxLines - 1) {
      lines.push(line.trim());
      line = words[i]!.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/** A white rectangle just behind a text's digits and letters (not its line's whole height), drawn under it. */
function groundOf(text: SceneText, measure: Measure): RectShape {
  const width = measure(text.text, text.size, text.bold ?? false) + 2;
  const left = text.align === 'left' ? text.x - 1 : text.align === 'center' ? text.x - width / 2 : text.x - width + 1;
  const line = lineHeight(text.size);
  return { kind: 'rect', x: left, y: text.top + line * 0.15, width, height: line * 0.7, fill: 'FFFFFF' };
}

/** The scene of `chart`, with text measured by `measure`. */
export function chartScene(chart: ChartNode, measure: Measure): ChartScene {
  return chart.kind === 'radar' ? radarScene(chart, measure) : barScene(chart, measure);
}

function radarScene(chart: ChartNode, measure: Measure): ChartScene {
  const { width, height, points } = chart;
  const shapes: Shape[] = [];
  const texts: SceneText[] = [];
  const cx = width / 2;
  const cy = height / 2 + 4;
  // Room around the circle for the labels: two lines above and below, a label's width at the sides.
  const radius = Math.min(height / 2 - 2 * lineHeight(LABEL_SIZE) - 10, width / 2 - 120);
  const n = points.length;
  const at = (i: number, value: number): [number, number] => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [cx + (radius * value * Math.cos(angle)) / 100, cy + (radius * value * Math.sin(angle)) / 100];
  };
  const ring = (value: number) => points.map((_, i) => at(i, value));
  for (const tick of chart.ticks) shapes.push({ kind: 'polygon', points: ring(tick.value), stroke: GRID, strokeWidth: 0.5 });
  for (let i = 0; i < n; i++) shapes.push({ kind: 'line', from: [cx, cy], to: at(i, 100), stroke: GRID, strokeWidth: 0.5 });
  shapes.push({ kind: 'polygon', points: ring(chart.passMark), stroke: PASS_MARK, strokeWidth: 1, dash: 3 });
  const scored = points.map((p, i) => at(i, p.value ?? 0));
  shapes.push({ kind: 'polygon', points: scored, fill: SERIES, fillOpacity: 0.18, stroke: SERIES, strokeWidth: 1.5 });
  for (const [x, y] of scored) shapes.push({ kind: 'circle', centre: [x, y], radius: 2, fill: SERIES });
  // The scale's numbers up the first axis, each on a white ground so that the pass-mark ring and the scores' outline
  // never run through its digits.
  for (const tick of chart.ticks) {
    const [x, y] = at(0, tick.value);
    const text: SceneText = { text: tick.text, x: x + 3, top: y - lineHeight(TICK_SIZE) / 2, size: TICK_SIZE, color: TEXT, align: 'left' };
    shapes.push(groundOf(text, measure));
    texts.push(text);
  }
  // Each indicator's label outside the circle, anchored by the side it is on, with its score under it.
  points.forEach((p, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const [x, y] = [cx + (radius + 8) * cos, cy + (radius + 8) * sin];
    const align = Math.abs(cos) < 0.2 ? 'center' : cos > 0 ? 'left' : 'right';
    const room = align === 'center' ? 150 : Math.max(60, (cos > 0 ? width - x : x) - 2);
    const lines = [...wrapLabel(p.label, room, LABEL_SIZE, false, measure), p.text];
    const block = lines.length * lineHeight(LABEL_SIZE);
    const top = Math.abs(sin) < 0.2 ? y - block / 2 : sin < 0 ? y - block : y;
    lines.forEach((text, k) =>
      texts.push({ text, x, top: top + k * lineHeight(LABEL_SIZE), size: LABEL_SIZE, bold: k === lines.length - 1, color: k === lines.length - 1 ? SERIES : TEXT, align }),
    );
  });
  return { width, height, shapes, texts };
}

function barScene(chart: ChartNode, measure: Measure): ChartScene {
  const { width, height, points } = chart;
  const shapes: Shape[] = [];
  const texts: SceneText[] = [];
  const scores: SceneText[] = [];
  const withPrevious = points.some((p) => p.previous !== undefined);
  const labelWidth = width * 0.38;
  const left = labelWidth + 8;
  const right = width - 40;
  const top = chart.legend ? 24 : 6;
  const rowHeight = (height - top - 34) / points.length;
  const x = (value: number) => left + ((right - left) * value) / 100;
  const bottom = top + rowHeight * points.length;
  // The grid and the scale under it.
  shapes.push({ kind: 'line', from: [left, top], to: [left, bottom], stroke: TEXT, strokeWidth: 0.75 });
  for (const tick of chart.ticks) {
    shapes.push({ kind: 'line', from: [x(tick.value), top], to: [x(tick.value), bottom], stroke: GRID, strokeWidth: 0.5 });
    texts.push({ text: tick.text, x: x(tick.value), top: bottom + 2, size: TICK_SIZE, color: TEXT, align: 'center' });
  }
  points.forEach((p, i) => {
    const rowTop = top + i * rowHeight;
    const barHeight = withPrevious ? rowHeight * 0.36 : rowHeight * 0.55;
    const barTop = rowTop + (withPrevious ? rowHeight * 0.1 : (rowHeight - barHeight) / 2);
    if (p.value !== undefined) shapes.push({ kind: 'rect', x: left, y: barTop, width: x(p.value) - left, height: barHeight, fill: SERIES });
    if (p.previous !== undefined) {
      shapes.push({ kind: 'rect', x: left, y: barTop + barHeight + 1, width: x(p.previous) - left, height: barHeight * 0.8, fill: PREVIOUS });
    }
    scores.push({ text: p.text, x: x(p.value ?? 0) + 3, top: barTop + barHeight / 2 - lineHeight(TICK_SIZE) / 2, size: TICK_SIZE, bold: true, color: SERIES, align: 'left' });
    const lines = wrapLabel(p.label, labelWidth, LABEL_SIZE, false, measure);
    const block = lines.length * lineHeight(LABEL_SIZE);
    lines.forEach((text, k) =>
      texts.push({ text, x: labelWidth, top: rowTop + (rowHeight - block) / 2 + k * lineHeight(LABEL_SIZE), size: LABEL_SIZE, color: TEXT, align: 'right' }),
    );
  });
  // The pass mark across the bars, named at its foot; each score on a white ground over it, so that a score near the
  // pass mark stays readable.
  shapes.push({ kind: 'line', from: [x(chart.passMark), top - 2], to: [x(chart.passMark), bottom + 2], stroke: PASS_MARK, strokeWidth: 1, dash: 3 });
  for (const score of scores) shapes.push(groundOf(score, measure));
  texts.push(...scores);
  texts.push({ text: chart.passMarkText, x: x(chart.passMark), top: bottom + 2 + lineHeight(TICK_SIZE), size: TICK_SIZE, bold: true, color: PASS_MARK, align: 'center' });
  if (chart.legend) {
    const key = (fill: string, label: string, at: number) => {
      shapes.push({ kind: 'rect', x: at, y: 6, width: 14, height: 8, fill });
      texts.push({ text: label, x: at + 18, top: 10 - lineHeight(TICK_SIZE) / 2, size: TICK_SIZE, color: TEXT, align: 'left' });
    };
    key(SERIES, chart.legend.current, left);
    key(PREVIOUS, chart.legend.previous, left + 40 + measure(chart.legend.current, TICK_SIZE, false));
  }
  return { width, height, shapes, texts };
}
