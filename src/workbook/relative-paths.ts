/** The relative file paths of an input (or a province file) moved to another folder, as converting it does. */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { getAt, isObject, setAt, type JsonObject, type PathPart } from './json-path.js';

/** Fields holding file paths relative to the input file. */
const PATH_FIELDS = ['$schema', 'agency.emblem', 'settings.fontDir', 'outline[].blocks[].src'];

/** Every concrete path of a pattern such as `outline[].blocks[].src` in a value. */
function concretePaths(value: unknown, pattern: string): PathPart[][] {
  let paths: PathPart[][] = [[]];
  for (const seg of pattern.split('.')) {
    const array = seg.endsWith('[]');
    const name = array ? seg.slice(0, -2) : seg;
    paths = paths.flatMap((p) => {
      const next = [...p, name];
      if (!array) return [next];
      const list = getAt(value, next);
      return Array.isArray(list) ? list.map((_, i) => [...next, i]) : [];
    });
  }
  return paths;
}

/**
 * Rewrites the relative file paths of an input (or a province file) written beside `fromDir` so they point at the
 * same files from `toDir` (images, the font folder, `$schema`); absolute paths and URLs are kept. Changes `doc`.
 */
export function rewriteRelativePaths(doc: JsonObject, fromDir: string, toDir: string): JsonObject {
  if (resolve(fromDir) === resolve(toDir)) return doc;
  const move = (p: string) => {
    if (isAbsolute(p) || /^[a-z][a-z0-9+.-]+:/i.test(p)) return p;
    return relative(resolve(toDir), resolve(fromDir, p)).split(sep).join('/') || '.';
  };
  const inputs: JsonObject[] = isObject(doc.shared) || Array.isArray(doc.agencies)
    ? [...(isObject(doc.shared) ? [doc.shared] : []), ...(Array.isArray(doc.agencies) ? doc.agencies.filter(isObject) : [])]
    : [doc];
  for (const input of inputs) {
    for (const pattern of PATH_FIELDS) {
      for (const path of concretePaths(input, pattern)) {
        const v = getAt(input, path);
        if (typeof v === 'string' && v.trim() !== '') setAt(input, path, move(v));
      }
    }
  }
  if (doc !== inputs[0] && typeof doc.$schema === 'string') doc.$schema = move(doc.$schema);
  return doc;
}
