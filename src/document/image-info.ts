/** What the document tree records of an image: its bytes, kind and pixel size, read from the file's own header. */
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import type { ImageData } from './nodes.js';

export type { ImageData };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The kind and size of a PNG, JPEG or SVG image; undefined for anything else (an SVG without a size is not one). PNG keeps its size in the IHDR chunk; a JPEG
 * in its frame header (SOF0–SOF15 except DHT, JPG and DAC), found by walking the segments.
 */
export function imageInfo(bytes: Uint8Array): ImageData | undefined {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length >= 24 && PNG_SIGNATURE.every((b, i) => data[i] === b)) {
    return { data: data.toString('base64'), kind: 'png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  if (data[0] === 0xff && data[1] === 0xd8) {
    let i = 2;
    while (i + 9 < data.length) {
      if (data[i] !== 0xff) break;
      const marker = data[i + 1]!;
      const length = data.readUInt16BE(i + 2);
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return { data: data.toString('base64'), kind: 'jpg', width: data.readUInt16BE(i + 7), height: data.readUInt16BE(i + 5) };
      }
      i += 2 + length;
    }
  }
  return svgInfo(data);
}

/** An SVG's size: its width and height in user units, else its viewBox's. */
function svgInfo(data: Buffer): ImageData | undefined {
  const text = data.toString('utf8');
  if (!/<svg[\s>]/u.test(text.slice(0, 4096))) return undefined;
  const root = parseDocument(text, { xmlMode: true }).children.find((n): n is Element => n.type === 'tag' && (n as Element).name === 'svg');
  if (!root) return undefined;
  const size = (v: string | undefined) => (v && /^\s*[\d.]+\s*(px|pt)?\s*$/u.test(v) ? parseFloat(v) : undefined);
  let width = size(root.attribs.width);
  let height = size(root.attribs.height);
  const box = root.attribs.viewBox?.trim().split(/[\s,]+/u).map(Number);
  if ((width === undefined || height === undefined) && box?.length === 4 && box.every(Number.isFinite)) [width, height] = [box[2], box[3]];
  if (!width || !height) return undefined;
  return { data: data.toString('base64'), kind: 'svg', width, height };
}
