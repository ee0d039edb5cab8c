/**
 * The charts' PNG encoder (render/chart/png-encoding.ts): what it writes decodes, in another decoder (resvg's, reading
 * the PNG as an SVG image), to the very pixels it was given, and the chart's PNG in the DOCX is a real PNG.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { svgToPng } from '../../../src/render/chart/chart-image.js';
import { encodePng } from '../../../src/render/chart/png-encoding.js';

/** The pixels resvg draws from a PNG shown at its own size. */
function decoded(png: Buffer, width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return Buffer.from(new Resvg(svg).render().pixels);
}

describe('PNG encoding of charts', () => {
  it('decodes to the pixels it was given', () => {
    const [width, height] = [37, 23];
    const pixels = Buffer.alloc(width * height * 4);
    for (let i = 0; i < width * height; i++) pixels.set([(i * 7) % 256, (i * 13) % 256, (i * 29) % 256, 255], i * 4);
    const png = encodePng(width, height, pixels);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(width);
    expect(png.readUInt32BE(20)).toBe(height);
    expect(decoded(png, width, height).equals(pixels)).toBe(true);
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng(4, 4, Buffer.alloc(10))).toThrow(/10 bytes for 4 × 4/);
  });

  it('rasterises an SVG at 120 dpi into a PNG that holds what was drawn', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="36pt" height="18pt" viewBox="0 0 36 18"><rect width="18" height="18" fill="#FF0000"/></svg>';
    const png = svgToPng(svg, 36);
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect([width, height]).toEqual([60, 30]);
    const pixels = decoded(png, width, height);
    expect([...pixels.subarray(0, 4)]).toEqual([255, 0, 0, 255]);
    expect([...pixels.subarray((width - 1) * 4, width * 4)]).toEqual([255, 255, 255, 255]);
  });
});
