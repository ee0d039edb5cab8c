/**
 * What the input schema says about each field, for the workbook: its kind of cell (text, number, drop-down,
 * paragraphs, lines, JSON …) and the enum values of its drop-down. Read from the JSON Schema that zod generates from
 * src/input/schema.ts (the single source of truth), so a field added there gets the right kind of cell by itself.
 */
import { inputJsonSchema as inputSchemaOfInput } from '../input/json-schema.js';
import type { PathPart } from './json-path.js';

type Node = Record<string, unknown>;

/** The kind of cell a field is written to. */
export type Kind =
  | { type: 'text' }
  /** a number or text (numbers typed as Thai digits stay text): the cell keeps its type */
  | { type: 'scalar' }
  | { type: 'boolean' }
  | { type: 'enum'; values: (string | number)[] }
  /** one text, or a list of paragraphs: one line per paragraph */
  | { type: 'paragraphs' }
  /** a list of texts or numbers: one line each */
  | { type: 'lines'; item: Kind }
  /** a table's rows: one line per row, cells split by " | " */
  | { type: 'rows' }
  /** answer shares: one line per choice, "choice: percent" */
  | { type: 'answers' }
  /** list items that may hold items: one line each, "- " before each level of nesting (chosen by the layout) */
  | { type: 'list' }
  /** a list of small objects: one line each, their fields split by " | " (chosen by the layout) */
  | { type: 'objects'; fields: string[] }
  /** an object with named fields: each field has a place of its own */
  | { type: 'object' }
  /** anything else: the JSON text of the value */
  | { type: 'json' };

let root: Node | undefined;

/** The JSON Schema of the input as a user types it: the one schema/ holds (input/json-schema.ts), made once. */
export function inputJsonSchema(): Node {
  root ??= inputSchemaOfInput() as Node;
  return root;
}

function deref(node: Node): Node {
  let n = node;
  for (let i = 0; i < 10 && typeof n.$ref === 'string'; i++) {
    const name = n.$ref.replace('#/$defs/', '');
    n = ((inputJsonSchema().$defs as Record<string, Node>)[name] ?? {}) as Node;
  }
  return n;
}

/** The alternatives of a node: anyOf flattened, `type: [a, b]` split. */
export function variants(node: Node): Node[] {
  const n = deref(node);
  if (Array.isArray(n.anyOf)) return (n.anyOf as Node[]).flatMap(variants);
  if (Array.isArray(n.oneOf)) return (n.oneOf as Node[]).flatMap(variants);
  if (Array.isArray(n.type)) return (n.type as string[]).map((t) => ({ ...n, type: t }));
  return [n];
}

/** Names of an object node's fixed properties (a partial record over an enum counts as fixed). */
function propertiesOf(n: Node): Record<string, Node> | undefined {
  if (n.type !== 'object') return undefined;
  const names = (n.propertyNames as Node | undefined)?.enum as string[] | undefined;
  if (names && n.additionalProperties && typeof n.additionalProperties === 'object') {
    return Object.fromEntries(names.map((k) => [k, n.additionalProperties as Node]));
  }
  return n.properties as Record<string, Node> | undefined;
}

/** The nodes one step below `nodes`: `'[]'` or a number for array items, `'*'` for any record key, a name otherwise. */
function step(nodes: Node[], part: PathPart | '[]' | '*'): Node[] {
  const out: Node[] = [];
  for (const v of nodes.flatMap(variants)) {
    if (typeof part === 'number' || part === '[]') {
      if (v.type === 'array' && v.items) out.push(v.items as Node);
      continue;
    }
    const props = propertiesOf(v);
    if (part !== '*' && props?.[part]) out.push(props[part]);
    else if (!props && v.type === 'object' && v.additionalProperties && typeof v.additionalProperties === 'object') {
      out.push(v.additionalProperties as Node);
    }
  }
  return out;
}

/** The schema nodes at a path: concrete (`['measures', 2, 'title']`) or a pattern (`['measures', '[]', 'title']`). */
export function nodesAt(parts: ReadonlyArray<PathPart | '[]' | '*'>): Node[] {
  let nodes = [inputJsonSchema()];
  for (const p of parts) nodes = step(nodes, p);
  return nodes;
}

const isEnum = (v: Node) => Array.isArray(v.enum) || 'const' in v;

/** The kind of a set of alternatives. */
export function kindOf(nodes: Node[]): Kind {
  const vs = nodes.flatMap(variants);
  if (vs.length === 0) return { type: 'json' };
  if (vs.every(isEnum)) {
    const values = [...new Set(vs.flatMap((v) => (Array.isArray(v.enum) ? (v.enum as (string | number)[]) : [v.const as string | number])))];
    return { type: 'enum', values };
  }
  const shapes = new Set<string>();
  let arrayItem: Kind | undefined;
  for (const v of vs) {
    if (isEnum(v)) shapes.add(typeof (v.const ?? (v.enum as unknown[])[0]) === 'number' ? 'N' : 'S');
    else if (v.type === 'string') shapes.add('S');
    else if (v.type === 'number' || v.type === 'integer') shapes.add('N');
    else if (v.type === 'boolean') shapes.add('B');
    else if (v.type === 'array') {
      const item = kindOf([v.items as Node]);
      arrayItem = item;
      shapes.add(['text', 'scalar', 'enum'].includes(item.type) ? 'A' : item.type === 'lines' && item.item.type === 'text' ? 'AA' : 'AX');
    } else if (v.type === 'object' && propertiesOf(v)) shapes.add('O');
    else if (v.type === 'object' && v.additionalProperties && typeof v.additionalProperties === 'object') {
      shapes.add(kindOf([v.additionalProperties as Node]).type === 'scalar' ? 'R' : 'X');
    } else shapes.add('X');
  }
  const only = (...allowed: string[]) => [...shapes].every((s) => allowed.includes(s));
  if (only('S')) return { type: 'text' };
  if (only('S', 'N')) return { type: 'scalar' };
  if (only('B')) return { type: 'boolean' };
  if (only('S', 'A') && shapes.has('A') && shapes.has('S') && arrayItem?.type === 'text') return { type: 'paragraphs' };
  if (only('A') && arrayItem) return { type: 'lines', item: arrayItem };
  if (only('AA')) return { type: 'rows' };
  if (only('R')) return { type: 'answers' };
  if (only('O')) return { type: 'object' };
  return { type: 'json' };
}

const cache = new Map<string, Kind>();

/** The kind of the field at a path (concrete or pattern); cached by pattern. */
export function kindAt(parts: ReadonlyArray<PathPart | '[]' | '*'>): Kind {
  const key = parts.map((p) => (typeof p === 'number' ? '[]' : p)).join('\u0000');
  let k = cache.get(key);
  if (!k) {
    k = kindOf(nodesAt(parts));
    cache.set(key, k);
  }
  return k;
}

/**
 * Every leaf of the schema as a pattern (`measures[].steps[].items`, `scores.indicators.*`): a field whose kind is not
 * `object`, and an array of objects or a union of text and an object as a whole (`measures[].steps[]`) besides its
 * fields. Recursive parts (list items) are leaves.
 */
export function leafPatterns(): string[] {
  const out: string[] = [];
  const walk = (parts: (string | '[]' | '*')[], depth: number) => {
    const nodes = nodesAt(parts);
    const vs = nodes.flatMap(variants);
    const kind = kindOf(nodes);
    const text = parts.reduce<string>((acc, p) => (p === '[]' ? `${acc}[]` : acc ? `${acc}.${p}` : p), '');
    if (depth > 8) return;
    const objects = vs.filter((v) => v.type === 'object');
    const arrays = vs.filter((v) => v.type === 'array' && kindOf([v.items as Node]).type !== 'text');
    if (kind.type !== 'object' && parts.length > 0 && (kind.type !== 'json' || (objects.length === 0 && arrays.length === 0) || vs.some((v) => v.type === 'string'))) {
      out.push(text);
    }
    if (kind.type !== 'object' && kind.type !== 'json') return;
    if (vs.some((v) => typeof v.$ref === 'string') || depth > 6) return;
    const names = new Set<string>();
    for (const o of objects) {
      const props = propertiesOf(o);
      if (props) Object.keys(props).forEach((k) => names.add(k));
      else if (o.additionalProperties && typeof o.additionalProperties === 'object') names.add('*');
    }
    for (const name of names) walk([...parts, name], depth + 1);
    if (arrays.length > 0 && kind.type === 'json') walk([...parts, '[]'], depth + 1);
  };
  walk([], 0);
  return [...new Set(out)];
}

/** Property names of the objects at a path, in the schema's order. */
function propertyOrder(parts: ReadonlyArray<PathPart | '[]' | '*'>): string[] {
  const names: string[] = [];
  for (const v of nodesAt(parts).flatMap(variants)) {
    const props = propertiesOf(v);
    if (props) for (const k of Object.keys(props)) if (!names.includes(k)) names.push(k);
  }
  return names;
}

/** A copy of an input value with every object's keys in the schema's order (unknown keys last, as they were). */
export function orderLikeSchema(value: unknown, parts: PathPart[] = []): unknown {
  if (Array.isArray(value)) return value.map((v, i) => orderLikeSchema(v, [...parts, i]));
  if (value === null || typeof value !== 'object') return value;
  const order = propertyOrder(parts);
  const rank = (k: string) => {
    const i = order.indexOf(k);
    return i < 0 ? order.length : i;
  };
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b));
  return Object.fromEntries(keys.map((k) => [k, orderLikeSchema((value as Record<string, unknown>)[k], [...parts, k])]));
}
