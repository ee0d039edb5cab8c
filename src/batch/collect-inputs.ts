/**
 * Batch inputs: files, folders of JSON files, or a province file holding the shared parts and a list of agencies.
 *
 * Province file: `{ "shared": { …any input fields… }, "agencies": [ { …fields that differ… }, … ] }`.
 * Merge rule: each agency entry is laid over `shared`; objects merge key by key (recursively), and any other value —
 * text, number, list — replaces the shared one whole (so an agency's `measures` list replaces the province's list).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

/** One unit of batch work: an input text and where it came from. */
export interface BatchSource {
  /** For messages and summary.json: a file, or `province.json#agencies[3]`. */
  label: string;
  /** The JSON text to validate and render; undefined when the file could not be read. */
  text?: string;
  /** Why the source could not be read. */
  readError?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Lays `over` on `base`: objects merge key by key, anything else replaces. */
export function mergeInput(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = k in base ? mergeInput(base[k], v) : v;
  return out;
}

function expandProvince(file: string, text: string): BatchSource[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined; // not JSON: validated (and reported) as an ordinary input
  }
  if (!isObject(value) || !Array.isArray(value.agencies) || !('shared' in value)) return undefined;
  const shared = value.shared;
  return value.agencies.map((agency, i) => ({
    label: `${file}#agencies[${i}]`,
    text: JSON.stringify(mergeInput(shared, agency)),
  }));
}

/** Expands the command-line paths into sources, in a stable order. Unreadable paths become failed sources. */
export function collectInputs(paths: string[]): BatchSource[] {
  const sources: BatchSource[] = [];
  const addFile = (file: string) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      sources.push({ label: file, readError: `อ่านไฟล์ไม่ได้ / cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
      return;
    }
    sources.push(...(expandProvince(file, text) ?? [{ label: file, text }]));
  };
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      sources.push({ label: p, readError: `ไม่พบไฟล์หรือโฟลเดอร์ / no such file or folder` });
      continue;
    }
    if (stat.isDirectory()) {
      for (const f of readdirSync(p).filter((f) => f.endsWith('.json')).sort()) addFile(join(p, f));
    } else addFile(p);
  }
  return sources;
}

/** The agency name of a source, read without validating (for naming its output folder). */
export function agencyNameOf(source: BatchSource): string {
  try {
    const v = JSON.parse(source.text ?? '') as { agency?: { name?: unknown } };
    if (typeof v.agency?.name === 'string' && v.agency.name.trim()) return v.agency.name.trim();
  } catch {
    // fall through to the file name
  }
  return basename(source.label.replace(/#.*$/, ''), '.json');
}
