/**
 * The output folder of `render` and `batch`: checked before anything is rendered, and never written through a link.
 *
 * - `--out` must be a folder that can be created and written; a path through a file, a read-only folder or a full
 *   disk is reported before a single document is rendered (issue 12: batch rendered everything, then failed).
 * - Every folder itadoc writes into under `--out` must really be under it: an agency folder that is a symbolic link
 *   (left by someone, or by an earlier tool) would send the files elsewhere, so it is refused, for that input only.
 *   A file of the same name as one itadoc writes is replaced by a rename, which replaces a link itself, never the
 *   file it points to. `--out` itself may be a link: the user named it.
 */
import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, realpathSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** A problem with the output folder, told to the user (exit 2), naming the path and what to do. */
export class OutputFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputFolderError';
  }
}

/** What each error code of the file system means for an output folder, in Thai and English. */
function reason(code: string | undefined): { th: string; en: string } {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return { th: 'ไม่มีสิทธิ์เขียน', en: 'no permission to write there' };
    case 'EROFS':
      return { th: 'อยู่บนดิสก์ที่อ่านได้อย่างเดียว', en: 'it is on a read-only disk' };
    case 'ENOTDIR':
    case 'EEXIST':
    case 'EISDIR':
      return { th: 'ส่วนหนึ่งของที่อยู่เป็นไฟล์ ไม่ใช่โฟลเดอร์', en: 'part of the path is a file, not a folder' };
    case 'ENOSPC':
    case 'EDQUOT':
      return { th: 'ดิสก์เต็ม', en: 'the disk is full' };
    case 'ENAMETOOLONG':
      return { th: 'ชื่อยาวเกินไป', en: 'the name is too long' };
    default:
      return { th: `ข้อผิดพลาด ${code ?? 'ไม่ทราบ'}`, en: `error ${code ?? 'unknown'}` };
  }
}

function cannotWrite(out: string, err: unknown): OutputFolderError {
  const why = reason((err as NodeJS.ErrnoException).code);
  return new OutputFolderError(
    `เขียน ${out} ไม่ได้: ${why.th} — เลือกโฟลเดอร์อื่นด้วย --out หรือแก้สิทธิ์ของโฟลเดอร์\n` +
      `cannot write ${out}: ${why.en} — choose another folder with --out, or fix its permissions`,
  );
}

/**
 * Writes with `write`, turning a file-system error (no permission, disk full, a file where a folder should be) into
 * an OutputFolderError naming `path`: the user's problem, told as such, not an internal error.
 */
export function writingTo<T>(path: string, write: () => T): T {
  try {
    return write();
  } catch (err) {
    if (typeof (err as NodeJS.ErrnoException).code === 'string') throw cannotWrite(path, err);
    throw err;
  }
}

/** Options of {@link prepareOutputFolder}. */
export interface OutputFolderOptions {
  /** Files already in the folder may be replaced (batch --force, --resume; render always). */
  replace: boolean;
  /** Names itadoc itself writes at the top of the folder (summary.json): each must be a file if it exists. */
  ownFiles?: string[];
}

/**
 * Creates `out` if needed and proves it writable, before any rendering. Throws OutputFolderError (a user error)
 * when it is a file, cannot be created or written, holds files and `replace` is false, or one of `ownFiles` is a
 * folder. Returns the first folder it created (undefined when `out` existed), for {@link removeIfUnused}.
 */
export function prepareOutputFolder(out: string, options: OutputFolderOptions): string | undefined {
  let existed = false;
  try {
    if (!statSync(out).isDirectory()) {
      throw new OutputFolderError(`${out} เป็นไฟล์ ไม่ใช่โฟลเดอร์ / ${out} is a file, not a folder: choose a folder with --out`);
    }
    existed = true;
  } catch (err) {
    if (err instanceof OutputFolderError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw cannotWrite(out, err);
  }
  if (existed && !options.replace && readdirSync(out).length > 0) {
    throw new OutputFolderError(
      `โฟลเดอร์ ${out} มีไฟล์อยู่แล้ว ใช้ --force เพื่อเขียนทับ / ${out} is not empty: use --force to overwrite`,
    );
  }
  let created: string | undefined;
  try {
    created = mkdirSync(out, { recursive: true });
    const probe = join(out, `.itadoc-probe.${process.pid}.${randomBytes(4).toString('hex')}`);
    writeFileSync(probe, '', { flag: 'wx' });
    rmSync(probe, { force: true });
  } catch (err) {
    throw cannotWrite(out, err);
  }
  for (const name of options.ownFiles ?? []) {
    const path = join(out, name);
    let isFolder = false;
    try {
      isFolder = lstatSync(path).isDirectory();
    } catch {
      continue;
    }
    if (isFolder) {
      throw new OutputFolderError(
        `${path} เป็นโฟลเดอร์ แต่ itadoc ต้องเขียนไฟล์ชื่อนี้ ย้ายหรือลบโฟลเดอร์นี้ / ${path} is a folder, but itadoc writes a file of that name: move or remove it`,
      );
    }
  }
  return created;
}

/**
 * Removes the folders {@link prepareOutputFolder} created (from `out` up to `created`) while they are empty: a run
 * that wrote nothing leaves nothing behind.
 */
export function removeIfUnused(out: string, created: string | undefined): void {
  if (!created) return;
  const top = resolve(created);
  for (let dir = resolve(out); ; dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return; // not empty, or gone
    }
    if (dir === top || dirname(dir) === dir) return;
  }
}

/**
 * Checks that `dir` (a folder under `out` that files are about to be written into) and every folder between them
 * are real folders or do not exist yet: none is a symbolic link, and `dir` resolves inside `out`. Returns an error
 * message for that input, or undefined when writing is safe.
 */
export function unsafeFolder(out: string, dir: string): string | undefined {
  const root = resolve(out);
  const target = resolve(dir);
  const rel = relative(root, target);
  if (rel === '') return undefined;
  if (rel.startsWith('..') || resolve(root, rel) !== target) {
    return `${dir} อยู่นอกโฟลเดอร์ผลลัพธ์ ${out} / ${dir} is outside the output folder ${out}`;
  }
  let path = root;
  let shown = out;
  for (const part of rel.split(sep)) {
    path = join(path, part);
    shown = join(shown, part);
    let link = false;
    try {
      link = lstatSync(path).isSymbolicLink();
    } catch {
      return undefined; // does not exist yet: itadoc creates it as a real folder
    }
    if (link) {
      return (
        `${shown} เป็นลิงก์ (symbolic link) ซึ่ง itadoc ไม่เขียนผ่าน เพื่อไม่ให้ไฟล์ไปทับที่อื่นนอก ${out} ลบลิงก์นี้แล้วสร้างใหม่ / ` +
        `${shown} is a symbolic link; itadoc never writes through one, so nothing outside ${out} is overwritten: remove the link and run again`
      );
    }
  }
  try {
    const real = realpathSync(target);
    const realRoot = realpathSync(root);
    if (real !== realRoot && !real.startsWith(realRoot + sep)) {
      return `${dir} อยู่นอกโฟลเดอร์ผลลัพธ์ ${out} / ${dir} is outside the output folder ${out}`;
    }
  } catch {
    // Not there yet.
  }
  return undefined;
}
