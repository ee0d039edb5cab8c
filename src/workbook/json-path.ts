/**
 * JSON paths of the workbook: `measures[2].steps[0].text` as text, `['measures', 2, 'steps', 0, 'text']` as parts,
 * and small helpers to read, write and compare plain JSON values.
 */

/** One step of a JSON path: a property name or an array index. */
export type PathPart = string | number;

/** A plain JSON object. */
export type JsonObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `['a', 2, 'b']` → `a[2].b` (the notation of InputProblem.path). */
export function pathText(parts: ReadonlyArray<PathPart>): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${p}` : p;
  }
  return out;
}

/** `a[2].b` → `['a', 2, 'b']`. */
export function parsePath(text: string): PathPart[] {
  const parts: PathPart[] = [];
  for (const m of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return parts;
}

/** `a.b` → `['a', 'b']`, for the relative paths of the layout (no indices). */
export const splitDots = (path: string): string[] => (path === '' ? [] : path.split('.'));

/** The value at `parts`, or undefined. */
export function getAt(root: unknown, parts: ReadonlyArray<PathPart>): unknown {
  let cur = root;
  for (const p of parts) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PathPart, unknown>)[p];
  }
  return cur;
}

/** Sets the value at `parts`, creating objects (and arrays before a number) on the way. */
export function setAt(root: JsonObject, parts: ReadonlyArray<PathPart>, value: unknown): void {
  let cur: Record<PathPart, unknown> = root;
  parts.forEach((p, i) => {
    if (i === parts.length - 1) {
      cur[p] = value;
      return;
    }
    const next = cur[p];
    if (next === null || typeof next !== 'object') cur[p] = typeof parts[i + 1] === 'number' ? [] : {};
    cur = cur[p] as Record<PathPart, unknown>;
  });
}

/** Removes the value at `parts` (a property; array items are not removed). */
export function deleteAt(root: unknown, parts: ReadonlyArray<PathPart>): void {
  const parent = getAt(root, parts.slice(0, -1));
  if (isObject(parent)) delete parent[parts[parts.length - 1] as string];
}

/** Deep equality of JSON values (key order ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** Lays `over` on `base`, key by key for objects; anything else in `over` wins. */
export function mergeDeep(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return over === undefined ? base : over;
  const out: JsonObject = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = mergeDeep(base[k], v);
  return out;
}

/** A deep copy of a JSON value. */
export const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
