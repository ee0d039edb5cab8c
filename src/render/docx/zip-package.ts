/**
 * The DOCX's zip, written with Node's zlib.
 *
 * `Packer.toBuffer` of the docx library first compiles a document to its parts (XML text, media bytes), then zips
 * them with the JavaScript deflate it bundles (fflate). That deflate was a quarter of a DOCX's time, about three times
 * what zlib takes for the same bytes, and it deflates PNG and JPEG files, which do not shrink. Here the parts come
 * from the same compile step and are zipped in the same order by zlib: text parts deflated at a fast level
 * ({@link TEXT_DEFLATE_LEVEL}), images stored as they are, and every file dated with the document's date
 * (document-date.ts), so the same document gives the same bytes.
 *
 * Reaches into docx 9.15.2 (pinned exactly in package.json): `Packer.compiler.compile(file, prettify, overrides)`, the
 * step `Packer.toBuffer` takes before zipping, which gives a Map from path to string or bytes. Kept to this file and
 * guarded by tests/render/docx/contract.test.ts, which unzips both packings of one document and compares every part.
 *
 * The zip format (PKWARE APPNOTE 6.3, the subset every zip reader takes): for each file a local header and its data,
 * then a central directory of the same files, then the end-of-directory record. No zip64: a DOCX is far below 4 GB.
 */
import { Packer, type Document } from 'docx';
import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';

/** A part given to the packer in place of the one docx writes (styles, font table, core properties). */
export interface PartOverride {
  path: string;
  data: string;
}

/** What docx 9.15.2's `Packer` keeps in its static `compiler`: the compile step of `Packer.toBuffer`. */
interface DocxCompiler {
  compile(file: Document, prettify: undefined, overrides: PartOverride[]): Map<string, string | Uint8Array>;
}

/** docx's compiler, or an error naming the upgrade that removed it (the contract test fails first). */
function docxCompiler(): DocxCompiler {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  if (typeof compiler?.compile !== 'function') {
    throw new Error('docx: Packer.compiler.compile is gone; itadoc packs DOCX files with it (render/docx/zip-package.ts, docx 9.15.2)');
  }
  return compiler as DocxCompiler;
}

/** Parts zipped as they are: already compressed, deflate would only spend time. */
const STORED = /\.(png|jpe?g|gif|odttf)$/i;

/**
 * zlib level of the text parts: 2. Level 6 (fflate's default, which docx used) took three times as long on an O42's
 * document.xml and chart SVG, for parts a fifth smaller (102 against 125 KB); the whole file, with its PNG, is about
 * a tenth larger.
 */
const TEXT_DEFLATE_LEVEL = 2;

/** Zip's version 2.0: deflate, folders. */
const VERSION = 20;
/** General-purpose flag 11: the file name is UTF-8. */
const UTF8_NAME = 0x0800;

/** `date` as MS-DOS time and date (two-second steps, from 1980; an earlier date is written as 1 January 1980). */
export function dosDateTime(date: Date): { time: number; date: number } {
  const from1980 = date.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : date;
  return {
    time: (from1980.getUTCHours() << 11) | (from1980.getUTCMinutes() << 5) | (from1980.getUTCSeconds() >> 1),
    date: ((from1980.getUTCFullYear() - 1980) << 9) | ((from1980.getUTCMonth() + 1) << 5) | from1980.getUTCDate(),
  };
}

/** The bytes of a part: text as UTF-8. */
const bytesOf = (data: string | Uint8Array): Uint8Array => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data);

/** The image bytes each stand-in given to docx stands for ({@link mediaStandIn}). */
const standInBytes = new WeakMap<Uint8Array, Uint8Array>();

/**
 * What an ImageRun is given as its `data` in place of the image's bytes: the bytes' SHA-1 as text, which
 * {@link packDocx} replaces with the bytes themselves.
 *
 * Why: docx 9.15.2 names each image by the SHA-1 of its data, computed in JavaScript (`hashedId`) when the ImageRun is
 * made — about 6 ms for a chart's SVG and PNG, some 60 ms for a 2 MB photograph. docx uses that name only to tell
 * images apart (an image used twice is stored once) and renames every file image1.png, image2.svg… when it compiles;
 * it reads nothing else of the data when the type is given, as itadoc always gives it, and passes the very object on to
 * the compiled parts. Node's SHA-1 of the bytes takes a tenth of a millisecond, and equal images still get equal
 * stand-ins. Guarded by tests/render/docx/contract.test.ts.
 */
export function mediaStandIn(bytes: Uint8Array): Buffer {
  const standIn = Buffer.from(`itadoc-media:${createHash('sha1').update(bytes).digest('hex')}`, 'latin1');
  standInBytes.set(standIn, bytes);
  return standIn;
}

/**
 * The DOCX file of `document`: its parts as docx compiles them (with `overrides` in place of its own, and the image
 * bytes in place of their {@link mediaStandIn}s), zipped, every file dated `date`.
 */
export function packDocx(document: Document, overrides: PartOverride[], date: Date): Buffer {
  const files = docxCompiler().compile(document, undefined, overrides);
  for (const [path, data] of files) {
    const bytes = typeof data === 'string' ? undefined : standInBytes.get(data);
    if (bytes) files.set(path, bytes);
  }
  return zipFiles(files, date);
}

/** A zip of `files` in their order, each dated `date`: deflated, or stored when {@link STORED}. */
export function zipFiles(files: ReadonlyMap<string, string | Uint8Array>, date: Date): Buffer {
  const { time, date: day } = dosDateTime(date);
  const chunks: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [path, data] of files) {
    const name = Buffer.from(path, 'utf8');
    const raw = bytesOf(data);
    const stored = STORED.test(path);
    const body = stored ? raw : deflateRawSync(raw, { level: TEXT_DEFLATE_LEVEL });
    const crc = crc32(raw);
    const flags = name.length === path.length ? 0 : UTF8_NAME;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(VERSION, 4);
    entry.writeUInt16LE(VERSION, 6);
    local.copy(entry, 8, 6, 30); // flags … extra length, as in the local header
    entry.writeUInt16LE(0, 32); // comment length
    entry.writeUInt16LE(0, 34); // disk
    entry.writeUInt16LE(0, 36); // internal attributes
    entry.writeUInt32LE(0, 38); // external attributes
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    central.push(entry, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
