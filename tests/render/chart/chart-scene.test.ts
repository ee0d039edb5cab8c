/** The chart's scene: what a reader of the chart sees drawn, and in which order. */
import { describe, expect, it } from 'vitest';
import type { ChartNode } from '../../../src/document/nodes.js';
import { chartScene, type Shape } from '../../../src/render/chart/chart-scene.js';

/** Text measured as 5 points per character at any size. */
const measure = (text: string) => text.length * 5;

const chart = (kind: 'radar' | 'bar', values: number[]): ChartNode => ({
  type: 'chart',
  kind,
  width: 450,
  height: 320,
  passMark: 85,
  passMarkText: '๘๕',
  ticks: [20, 40, 60, 80, 100].map((value) => ({ value, text: String(value) })),
  points: values.map((value, i) => ({ label: `ตัวชี้วัดที่ ${i + 1}`, value, text: value.toFixed(2) })),
});

const isPassMark = (s: Shape) => ('stroke' in s && s.stroke === 'C00000') || false;
const isGround = (s: Shape) => s.kind === 'rect' && s.fill === 'FFFFFF';

describe('chart scenes', () => {
  it('a bar chart puts each score on a white ground drawn over the pass-mark line, so a score near it stays readable', () => {
    const scene = chartScene(chart('bar', [83, 90, 70]), measure);
    const passMark = scene.shapes.findIndex(isPassMark);
    const grounds = scene.shapes.map((s, i) => (isGround(s) ? i : -1)).filter((i) => i >= 0);
    expect(grounds).toHaveLength(3);
    expect(grounds.every((i) => i > passMark)).toBe(true);
    // The ground of 83.00 lies across the pass mark's line and under the score's text.
    const line = scene.shapes[passMark] as Extract<Shape, { kind: 'line' }>;
    const score = scene.texts.find((t) => t.text === '83.00')!;
    const ground = scene.shapes[grounds[0]!] as Extract<Shape, { kind: 'rect' }>;
    expect(ground.x).toBeLessThan(line.from[0]);
    expect(ground.x + ground.width).toBeGreaterThan(line.from[0]);
    expect(ground.x).toBeLessThanOrEqual(score.x);
    expect(ground.x + ground.width).toBeGreaterThanOrEqual(score.x + measure(score.text));
  });

  it('a radar chart puts its scale’s numbers on white grounds drawn after the pass-mark ring and the scores', () => {
    const scene = chartScene(chart('radar', [97, 96, 95, 94, 96, 82, 81, 79, 97, 100]), measure);
    const last = Math.max(...scene.shapes.map((s, i) => (isPassMark(s) || s.kind === 'circle' ? i : -1)));
    const grounds = scene.shapes.map((s, i) => (isGround(s) ? i : -1)).filter((i) => i >= 0);
    expect(grounds).toHaveLength(5);
    expect(grounds.every((i) => i > last)).toBe(true);
  });
});
