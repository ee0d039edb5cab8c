/** What the document tree records of an image: its bytes, kind and pixel size, read from the file's own header. */
import type { EmblemNode } from './nodes.js';

/** An image as the tree holds it. */
export type ImageData = NonNullable<EmblemNode['image']>;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The kind and size of a PNG or JPEG image; undefined for anything else. PNG keeps its size in the IHDR chunk; a JPEG
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
  return undefined;
}
