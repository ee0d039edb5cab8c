/**
 * What the published JSON Schema says of a field, for messages (issue 14): its description and example when it is
 * missing, the fields an object has when one is misspelt or the object is given in another shape ("period" names
 * "start" and "end"). Read from the schema generated from the zod schema, once per process.
 */
import { inputJsonSchema } from './json-schema.js';
import type { Bilingual } from './problems.js';

type Node = Record<string, unknown>;

let root: Node | undefined;

/** The alternatives a node stands for: itself, or each branch of a union. */
function branches(node: Node): Node[] {
  const alternatives = [...((node.anyOf ?? []) as Node[]), ...((node.oneOf ?? []) as Node[])];
  return alternatives.length > 0 ? [node, ...alternatives.flatMap(branches)] : [node];
}

/** The schema nodes that may describe the value at `path` (several where a union has several object branches). */
function nodesAt(path: ReadonlyArray<string | number>): Node[] {
  root ??= inputJsonSchema();
  let nodes: Node[] = [root];
  for (const key of path) {
    const next: Node[] = [];
    for (const node of nodes.flatMap(branches)) {
      if (typeof key === 'number') {
        if (node.items && typeof node.items === 'object') next.push(node.items as Node);
        continue;
      }
      const property = (node.properties as Record<string, Node> | undefined)?.[key];
      if (property) next.push(property);
      else if (node.additionalProperties && typeof node.additionalProperties === 'object') next.push(node.additionalProperties as Node);
    }
    nodes = next;
    if (nodes.length === 0) return [];
  }
  return nodes;
}

/** The description and example of the field at `path`, split into Thai and English; undefined when there is none. */
export function fieldDoc(path: ReadonlyArray<string | number>): { th: string; en: string; example?: unknown } | undefined {
  const node = nodesAt(path).find((n) => typeof n.description === 'string');
  if (!node) return undefined;
  const [th, en] = (node.description as string).split(' — ');
  const examples = node.examples as unknown[] | undefined;
  return { th: th!, en: en ?? th!, ...(examples?.length ? { example: examples[0] } : {}) };
}

/** The fields an object at `path` may have (all its branches'), in the schema's order. */
export function fieldsAt(path: ReadonlyArray<string | number>): string[] {
  const names = new Set<string>();
  for (const node of nodesAt(path).flatMap(branches)) {
    for (const name of Object.keys((node.properties ?? {}) as Node)) if (name !== '$schema') names.add(name);
  }
  return [...names];
}

/** The required fields of the object at `path`, when it is an object. */
export function requiredAt(path: ReadonlyArray<string | number>): string[] {
  const node = nodesAt(path).flatMap(branches).find((n) => n.type === 'object' && Array.isArray(n.required));
  return (node?.required as string[] | undefined) ?? [];
}

/** The field of `fields` closest to a misspelt `name` (at most a third of its letters off), if any. */
export function closestField(name: string, fields: string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: { field: string; distance: number } | undefined;
  for (const field of fields) {
    const distance = editDistance(lower, field.toLowerCase());
    if (distance <= Math.max(1, Math.floor(field.length / 3)) && (!best || distance < best.distance)) best = { field, distance };
  }
  return best?.field;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 5) return Number.POSITIVE_INFINITY;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** A list of field names for a message: `"start", "end"`. */
export function listFields(fields: string[]): Bilingual {
  const shown = fields.length > 12 ? [...fields.slice(0, 12), '…'] : fields;
  const text = shown.map((f) => (f === '…' ? f : `"${f}"`)).join(', ');
  return { th: text, en: text };
}
