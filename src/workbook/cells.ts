/**
 * One field ⇄ one cell. Each kind of field (schema-info.ts) has a natural form a clerk reads and types — a number, a
 * drop-down label, one paragraph per line, "choice: percent" lines — and every value that its natural form would not
 * give back exactly is written as `JSON:` followed by its JSON text, so nothing is ever changed on the way.
 */
import { BOOLEAN_WORDS, choiceLabels } from './choices.js';
import { deepEqual } from './json-path.js';
import type { Kind } from './schema-info.js';

/** What a cell holds, as the workbook library gives it (after formulas, rich text and links are resolved). */
export type CellData = string | number | boolean | Date | undefined;

/** The prefix of a cell that holds the JSON text of its value. */
export const JSON_PREFIX = 'JSON:';

/** Excel's limit of characters in one cell. */
export const MAX_CELL_TEXT = 32767;

/** A value a cell could not be read as. */
export interface CellProblem {
  found: string;
  expected: { th: string; en: string };
  fix?: { th: string; en: string };
}

/** Text the xlsx format would not give back as it is: carriage returns, `_x0041_` escapes, XML-illegal characters. */
const UNSAFE = /\r|_x[0-9a-fA-F]{4}_|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** JSON text that survives the xlsx format: escapes the `_` of `_xHHHH_` (JSON.stringify escapes the rest). */
function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/_x([0-9a-fA-F]{4})_/g, '\\u005fx$1_');
}

const NUMBER = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;
const toNumberIfPlain = (s: string): string | number => (NUMBER.test(s) && String(Number(s)) === s ? Number(s) : s);
const lines = (s: string) => s.replace(/\r\n?/g, '\n').split('\n');
const nonBlank = (s: string) => s.trim() !== '';

/** B.E. date text of an Excel date; years already in B.E. (Excel allows years to 9999) stay as they are. */
export function dateText(d: Date, month = false): string {
  let year = d.getUTCFullYear();
  if (year < 2400) year += 543;
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return month ? `${year}-${mm}` : `${year}-${mm}-${dd}`;
}

/** Options of reading one cell. */
export interface DecodeOptions {
  /** The field is a month: an Excel date becomes "2567-10". */
  month?: boolean;
}

function decodeScalarText(text: string, kind: Kind, pattern: string): unknown {
  const t = text.trim();
  if (kind.type === 'enum' || kind.type === 'boolean') {
    const hit = choiceLabels(pattern, kind).find((c) => c.label === t || String(c.value) === t);
    if (hit) return hit.value;
    if (kind.type === 'boolean') {
      if (/^(true|ใช่)$/i.test(t)) return true;
      if (/^(false|ไม่ใช่)$/i.test(t)) return false;
    }
    return text;
  }
  if (kind.type === 'scalar') return toNumberIfPlain(text);
  return text;
}

/**
 * Reads a cell as a value of `kind`; undefined for an empty cell. A cell of the wrong type is passed on as it is for
 * the schema to refuse (naming the cell); only cells that cannot be read at all (broken `JSON:` text) are problems.
 */
export function decodeCell(data: CellData, kind: Kind, pattern: string, options: DecodeOptions = {}): { value: unknown } | { problem: CellProblem } {
  if (data === undefined) return { value: undefined };
  if (data instanceof Date) {
    const text = dateText(data, options.month);
    return { value: kind.type === 'lines' ? [text] : text };
  }
  if (typeof data === 'string' && (data.startsWith(JSON_PREFIX) || (kind.type === 'json' && /^\s*[[{"]/.test(data)))) {
    const json = data.startsWith(JSON_PREFIX) ? data.slice(JSON_PREFIX.length) : data;
    try {
      return { value: JSON.parse(json) as unknown };
    } catch (err) {
      return {
        problem: {
          found: data.length > 60 ? `${JSON.stringify(data.slice(0, 57))}...` : JSON.stringify(data),
          expected: {
            th: kind.type === 'json' ? 'ข้อความ JSON ที่ถูกต้อง' : 'ข้อความ JSON ที่ถูกต้องต่อจาก JSON:',
            en: kind.type === 'json' ? 'well-formed JSON text' : 'well-formed JSON text after JSON:',
          },
          fix: {
            th: `แก้ JSON (${(err as Error).message}) หรือ${kind.type === 'json' ? 'ล้างช่องนี้' : 'ลบคำว่า JSON: แล้วพิมพ์ค่าตามปกติ'}`,
            en: `fix the JSON (${(err as Error).message}) or ${kind.type === 'json' ? 'clear the cell' : 'remove JSON: and type the value plainly'}`,
          },
        },
      };
    }
  }
  if (typeof data === 'string' && data.trim() === '') return { value: undefined };
  switch (kind.type) {
    case 'text':
      return { value: typeof data === 'number' ? String(data) : data };
    case 'scalar':
      // The cell's type decides: a text cell (Thai digits, "1" typed as text) stays text for the schema to read.
      return { value: data };
    case 'enum':
    case 'boolean':
      return { value: typeof data === 'string' ? decodeScalarText(data, kind, pattern) : data };
    case 'paragraphs': {
      if (typeof data !== 'string') return { value: typeof data === 'number' ? String(data) : data };
      if (!/[\r\n]/.test(data)) return { value: data };
      return { value: lines(data).filter(nonBlank) };
    }
    case 'lines': {
      if (typeof data !== 'string') return { value: [data] };
      return { value: lines(data).filter(nonBlank).map((l) => decodeScalarText(l, kind.item, pattern)) };
    }
    case 'rows':
      if (typeof data !== 'string') return { value: [[String(data)]] };
      return { value: lines(data).filter(nonBlank).map((l) => l.split(' | ')) };
    case 'list':
      if (typeof data !== 'string') return { value: [String(data)] };
      return { value: readList(lines(data).filter(nonBlank)) };
    case 'objects':
      if (typeof data !== 'string') return { value: data };
      return {
        value: lines(data)
          .filter(nonBlank)
          .map((l) => Object.fromEntries(l.split(' | ').flatMap((part, i) => (part === '' || i >= kind.fields.length ? [] : [[kind.fields[i], part]])))),
      };
    case 'answers': {
      if (typeof data !== 'string') return { value: data };
      const out: Record<string, unknown> = {};
      for (const l of lines(data).filter(nonBlank)) {
        const at = l.lastIndexOf(': ');
        if (at < 0) out[l] = '';
        else out[l.slice(0, at)] = toNumberIfPlain(l.slice(at + 2).trim());
      }
      return { value: out };
    }
    default:
      return { value: data };
  }
}

const DASH = '- ';

/** List items as lines, `- ` before each level of nesting; undefined when an item is neither text nor { text, items }. */
function writeList(items: unknown[], depth: number): string[] | undefined {
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === 'string') out.push(DASH.repeat(depth) + item);
    else if (item !== null && typeof item === 'object' && !Array.isArray(item) && typeof (item as { text?: unknown }).text === 'string') {
      const { text, items: sub } = item as { text: string; items?: unknown };
      if (!Array.isArray(sub)) return undefined;
      const nested = writeList(sub, depth + 1);
      if (!nested) return undefined;
      out.push(DASH.repeat(depth) + text, ...nested);
    } else return undefined;
  }
  return out;
}

/** Lines with `- ` before each level of nesting → list items; a line nested deeper than its parent allows is a sub-item of the line above. */
function readList(rows: string[]): unknown[] {
  const root: { text: string; items: unknown[] } = { text: '', items: [] };
  const stack = [root];
  for (const row of rows) {
    let depth = 0;
    let text = row;
    while (text.startsWith(DASH) && depth < stack.length) {
      text = text.slice(DASH.length);
      depth++;
    }
    stack.length = depth + 1;
    const parent = stack[depth]!;
    const node = { text, items: [] as unknown[] };
    parent.items.push(node);
    stack.push(node);
  }
  const plain = (n: { text: string; items: unknown[] }): unknown =>
    n.items.length === 0 ? n.text : { text: n.text, items: n.items.map((c) => plain(c as { text: string; items: unknown[] })) };
  return root.items.map((c) => plain(c as { text: string; items: unknown[] }));
}

/** The natural form of a value, or undefined when it has none. */
function natural(value: unknown, kind: Kind, pattern: string): CellData {
  const labelOf = (v: unknown) => choiceLabels(pattern, kind.type === 'lines' ? kind.item : kind).find((c) => c.value === v)?.label;
  switch (kind.type) {
    case 'text':
      return typeof value === 'string' ? value : undefined;
    case 'scalar':
      return typeof value === 'string' || typeof value === 'number' ? value : undefined;
    case 'enum':
    case 'boolean':
      return labelOf(value) ?? (typeof value === 'string' || typeof value === 'number' ? value : undefined);
    case 'paragraphs':
      if (typeof value === 'string') return value;
      if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) {
        return value.join('\n') + (value.length === 1 ? '\n' : '');
      }
      return undefined;
    case 'lines':
      if (!Array.isArray(value) || value.length === 0) return undefined;
      if (!value.every((v) => typeof v === 'string' || typeof v === 'number')) return undefined;
      return value.map((v) => labelOf(v) ?? String(v)).join('\n');
    case 'rows':
      if (!Array.isArray(value) || value.length === 0 || !value.every((r) => Array.isArray(r) && r.every((c) => typeof c === 'string'))) return undefined;
      return (value as string[][]).map((r) => r.join(' | ')).join('\n');
    case 'list':
      return Array.isArray(value) && value.length > 0 ? writeList(value, 0)?.join('\n') : undefined;
    case 'objects': {
      if (!Array.isArray(value) || value.length === 0) return undefined;
      const rows: string[] = [];
      for (const o of value) {
        if (o === null || typeof o !== 'object' || Array.isArray(o)) return undefined;
        const cells = kind.fields.map((f) => (o as Record<string, unknown>)[f]);
        while (cells.length > 0 && cells[cells.length - 1] === undefined) cells.pop();
        if (!cells.every((c) => typeof c === 'string')) return undefined;
        rows.push(cells.join(' | '));
      }
      return rows.join('\n');
    }
    case 'answers': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.length === 0 || !entries.every(([, v]) => typeof v === 'string' || typeof v === 'number')) return undefined;
      return entries.map(([k, v]) => `${k}: ${String(v)}`).join('\n');
    }
    case 'json':
      return value === undefined ? undefined : safeJson(value);
    default:
      return undefined;
  }
}

/**
 * The cell of a value: its natural form when reading that form gives the value back exactly and the xlsx format
 * keeps it as it is; `JSON:` and the value's JSON text otherwise.
 */
export function encodeCell(value: unknown, kind: Kind, pattern: string, options: DecodeOptions = {}): CellData {
  if (value === undefined) return undefined;
  const cell = natural(value, kind, pattern);
  if (cell !== undefined && !(typeof cell === 'string' && (UNSAFE.test(cell) && kind.type !== 'json'))) {
    const back = decodeCell(cell, kind, pattern, options);
    if ('value' in back && deepEqual(back.value, value)) return cell;
  }
  return JSON_PREFIX + safeJson(value);
}

/** The booleans' words, exported for the instructions sheet. */
export { BOOLEAN_WORDS };
