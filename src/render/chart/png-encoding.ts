/**
 * RGBA pixels as a PNG file, compressed by Node's zlib at a fast level.
 *
 * Why not resvg's own `asPng()`: it compresses at a slow setting — 19.6 ms for a 1209 × 870 chart, the better part of
 * a chart's cost in a DOCX — where zlib at level 2 with no row filter takes 5.7 ms for a file no larger (104 KB
 * against 115 KB; measured on Pathum Thani's radar chart). The DOCX's zip deflates the file again anyway.
 * The format (PNG specification, ISO/IEC 15948): the signature, then chunks of length, type, data and the CRC-32 of
 * type and data — IHDR (size, 8-bit RGBA, no interlace), one IDAT (the zlib stream of the rows, each preceded by its
 * filter type, 0 = none) and IEND.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** RGBA, 8 bits per channel. */
const RGBA = 6;

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

/** A PNG of `width` × `height` pixels given as RGBA bytes, row by row (what resvg renders). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const rowBytes = width * 4;
  if (rgba.length !== rowBytes * height) throw new Error(`encodePng: ${rgba.length} bytes for ${width} × ${height} RGBA pixels`);
  const source = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  const rows = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) source.copy(rows, y * (rowBytes + 1) + 1, y * rowBytes, (y + 1) * rowBytes);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, RGBA, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 2 })), chunk('IEND', Buffer.alloc(0))]);
}
