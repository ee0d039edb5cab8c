/**
 * Output folder names per agency: Thai names are kept as they are (a clerk recognises "จังหวัดตาก"), but anything a
 * file system or Windows refuses is replaced, invisible characters are dropped, and two inputs for the same agency —
 * or an agency named like a file itadoc writes itself (summary.json) — never share a name.
 */

// Characters Windows refuses in names, path separators, and control characters (C0, DEL, C1).
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g;
/**
 * Invisible format characters: bidirectional embeddings, overrides and isolates (a name with U+202E shows its letters
 * in another order than they are stored), marks, zero-width characters, the byte-order mark. They never reach a name.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
/** Halves of a surrogate pair without the other half, and the non-characters U+FFFE and U+FFFF. */
const BROKEN = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/** Longest folder name in UTF-8 bytes: every file system takes 255, and a Thai letter takes 3. */
const MAX_NAME_BYTES = 150;

/** A safe folder name for `name`. Linear in the length of `name`, however long. */
export function slugify(name: string): string {
  // Long names are cut first (a name can be a 200,000-character field): every step below is then short.
  let s = name.slice(0, 2 * MAX_NAME_BYTES);
  s = s.replace(BROKEN, '_').normalize('NFC').replace(INVISIBLE, '').replace(FORBIDDEN, '_').replace(/\s+/g, ' ').trim();
  s = s.replace(/\.{2,}/g, '_'); // no ".." anywhere
  s = s.replace(/[. ]+$/, ''); // Windows drops trailing dots and spaces
  s = s.replace(/^\.+/, ''); // no hidden or relative names
  while (Buffer.byteLength(s) > MAX_NAME_BYTES) s = Array.from(s).slice(0, -1).join('');
  s = s.replace(/[. ]+$/, '');
  if (!s || RESERVED.test(s)) s = `_${s}`;
  return s;
}

/** Names itadoc writes at the top of an output folder, which no agency folder may take. */
export const OWN_NAMES = ['summary.json'];

/**
 * Assigns a unique slug to each name, in order: the second "จังหวัดตาก" becomes "จังหวัดตาก-2", and an agency
 * named "summary.json" gets "summary.json-2". Names are compared ignoring case (Windows and macOS do).
 */
export function uniqueSlugs(names: string[], reserved: readonly string[] = OWN_NAMES): string[] {
  const used = new Set<string>(reserved.map((r) => r.toLowerCase()));
  return names.map((name) => {
    const base = slugify(name);
    let slug = base;
    for (let n = 2; used.has(slug.toLowerCase()); n++) slug = `${base}-${n}`;
    used.add(slug.toLowerCase());
    return slug;
  });
}
