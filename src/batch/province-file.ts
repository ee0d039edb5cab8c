/**
 * Province files: `{ "shared": { …any input fields… }, "agencies": [ { …fields that differ… }, … ] }`.
 *
 * Each agency is validated as the input its entry laid over `shared` makes (mergeInput: objects merge key by key, any
 * other value replaces the shared one whole). That input is JSON itadoc writes, so its line and column mean nothing to
 * the clerk; every problem found in it is placed back in the province file (issue 14): at the field of the agency's
 * entry the value came from, else at the field of `shared`, and where the field is missing, at the nearest field that
 * is there — with its real line and column and its JSON path in the province file ("agencies[1].agency.kind").
 * Comments and trailing commas are allowed, as in every input.
 */
import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { duplicateKeyProblems } from '../input/check-text.js';
import { InputError, type InputProblem } from '../input/index.js';
import { JSONC_OPTIONS, toStrictJson } from '../input/jsonc.js';
import { tooDeepAt } from '../input/limits.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Lays `over` on `base`: objects merge key by key, anything else replaces. */
export function mergeInput(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = k in base ? mergeInput(base[k], v) : v;
  return out;
}

/** A province file, read once: its text, its tree (for positions) and its value. */
export interface ProvinceFile {
  file: string;
  shared: unknown;
  agencies: unknown[];
  /** The input of agency `index`: its entry laid over `shared`, as JSON text. */
  inputText(index: number): string;
  /** `problems` found in the input of agency `index`, placed at their lines, columns and paths in the province file. */
  relocate(index: number, problems: InputProblem[]): InputProblem[];
  /** Keys given twice in the file (JSON keeps only the last one, so an agency's value would be lost), as problems. */
  duplicateKeys(): InputProblem[];
}

/**
 * The value of an input's JSON text (comments allowed), read without validating; undefined when it is not JSON or
 * nests too deeply (validation reports both, at their positions).
 */
export function readJsonValue(text: string): unknown {
  const strict = toStrictJson(text);
  if (tooDeepAt(strict) >= 0) return undefined;
  try {
    return JSON.parse(strict) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * `value` (read from `text`) as a province file; undefined when it is not one (no `shared` and `agencies` list): it is
 * then validated as an ordinary input, which reports its problems at their positions.
 */
export function provinceFileOf(value: unknown, text: string, file: string): ProvinceFile | undefined {
  if (!isObject(value) || !Array.isArray(value.agencies) || !('shared' in value)) return undefined;
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, JSONC_OPTIONS);
  if (errors.length > 0 || !tree) return undefined;
  const { shared, agencies } = value as { shared: unknown; agencies: unknown[] };
  const position = lineFinder(text);
  return {
    file,
    shared,
    agencies,
    inputText: (index) => JSON.stringify(mergeInput(shared, agencies[index])),
    relocate: (index, problems) => problems.map((p) => relocateProblem(tree, position, index, p)),
    duplicateKeys: () =>
      duplicateKeyProblems(tree, (offset) => position(offset).line).map(({ pathParts: _parts, offset, ...p }) => ({
        ...p,
        ...(offset !== undefined ? position(offset) : {}),
      })),
  };
}

/** `text` as a province file, or undefined (see {@link provinceFileOf}). */
export function readProvinceFile(text: string, file: string): ProvinceFile | undefined {
  return provinceFileOf(readJsonValue(text), text, file);
}

/** The province-file error of agency `index`: the problems of its input, placed in the province file. */
export function provinceError(province: ProvinceFile, index: number, error: InputError): InputError {
  return new InputError(province.file, province.relocate(index, error.problems));
}

/** 1-based line and column of offsets in `text`. */
function lineFinder(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/** Splits `a.b[2].c` into path parts. */
function pathParts(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return parts;
}

const pathText = (parts: (string | number)[]) =>
  parts.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');

function child(node: Node | undefined, key: string | number): Node | undefined {
  return node ? findNodeAtLocation(node, [key]) : undefined;
}

/**
 * Where a problem of agency `index`'s input lies in the province file. The merged value at a path comes from the
 * agency's entry when the entry has it; from `shared` when the entry has not, unless the entry replaced a list or a
 * value above it (only objects merge).
 */
function relocateProblem(tree: Node, position: (offset: number) => { line: number; column: number }, index: number, problem: InputProblem): InputProblem {
  const agencyRoot = findNodeAtLocation(tree, ['agencies', index]);
  const sharedRoot = findNodeAtLocation(tree, ['shared']);
  const parts = pathParts(problem.path);
  let agency: Node | undefined = agencyRoot;
  let shared: Node | undefined = sharedRoot;
  let agencyDepth = 0;
  let sharedDepth = 0;
  let agencyNode = agencyRoot;
  let sharedNode = sharedRoot;
  for (const [i, key] of parts.entries()) {
    const fromAgency = agency?.type === 'object' || agency?.type === 'array' ? child(agency, key) : undefined;
    const fromShared = shared && (shared.type === 'object' || shared.type === 'array') ? child(shared, key) : undefined;
    if (fromAgency) {
      agency = fromAgency;
      agencyNode = fromAgency;
      agencyDepth = i + 1;
      // Only objects merge: below a list or a value the agency gives, nothing comes from shared.
      if (fromAgency.type !== 'object') shared = undefined;
    } else agency = undefined;
    if (shared && fromShared) {
      shared = fromShared;
      sharedNode = fromShared;
      sharedDepth = i + 1;
    } else shared = undefined;
    if (!agency && !shared) break;
  }
  const fromShared = sharedDepth > agencyDepth && sharedNode !== undefined;
  const node = fromShared ? sharedNode : agencyNode;
  const prefix: (string | number)[] = fromShared ? ['shared'] : ['agencies', index];
  const at = node ? (node.parent?.type === 'property' ? node.parent.offset : node.offset) : undefined;
  const { line: _line, column: _column, ...rest } = problem;
  return { ...rest, path: pathText([...prefix, ...parts]), ...(at !== undefined ? position(at) : {}) };
}
