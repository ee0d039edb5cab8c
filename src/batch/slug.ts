/**
 * Output folder names per agency: Thai names are kept as they are (a clerk recognises "จังหวัดตาก"), but anything a
 * file system or Windows refuses is replaced, and two inputs for the same agency never share a folder.
 */

// Characters Windows refuses in names, path separators, and control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/** A safe folder name for `name`. */
export function slugify(name: string): string {
  let s = name.normalize('NFC').replace(FORBIDDEN, '_').replace(/\s+/g, ' ').trim();
  s = s.replace(/\.{2,}/g, '_'); // no ".." anywhere
  s = s.replace(/[. ]+$/, ''); // Windows drops trailing dots and spaces
  s = s.replace(/^\.+/, ''); // no hidden or relative names
  if (!s || RESERVED.test(s)) s = `_${s}`;
  // Keep names short enough for every file system (255 bytes; Thai letters take 3 bytes in UTF-8).
  while (Buffer.byteLength(s) > 150) s = s.slice(0, -1);
  return s;
}

/** Assigns a unique slug to each name, in order: the second "จังหวัดตาก" becomes "จังหวัดตาก-2". */
export function uniqueSlugs(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = slugify(name);
    let slug = base;
    for (let n = 2; used.has(slug.toLowerCase()); n++) slug = `${base}-${n}`;
    used.add(slug.toLowerCase());
    return slug;
  });
}
