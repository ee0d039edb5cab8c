/**
 * Input stage: JSON text → validated `Input` and its resolved `Framework`, or an `InputError` listing every problem
 * with its file position and JSON path.
 */
import { parseTree, findNodeAtLocation, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { reconcileProblems } from '../analysis/reconcile.js';
import { resolveFramework, type Framework } from '../framework/index.js';
import { checkReferences } from './check-references.js';
import { duplicateKeyProblems, textProblems, type TextProblem } from './check-text.js';
import { decodeInputBytes } from './decode-text.js';
import { enumChoices } from './enums.js';
import { exampleFor } from './examples.js';
import { missingExpected, shapeExpected, unknownKeyMessage } from './field-messages.js';
import { JSONC_OPTIONS, toStrictJson } from './jsonc.js';
import { nestingProblem, sizeProblem, tooDeepAt } from './limits.js';
import { MESSAGES, typeName } from './messages.js';
import type { ProblemMessage } from './numbers.js';
import { InputError, pathToString, showValue, type Bilingual, type InputProblem } from './problems.js';
import { inputSchema, type Input } from './schema.js';

/** A validated input with the framework it is read against. */
export interface LoadedInput {
  input: Input;
  framework: Framework;
  /** Where the input came from, for messages. */
  file: string;
  /** How the file was read when it was not UTF-8 (decode-text.ts); printed with the analysis's warnings. */
  notes?: Bilingual[];
}

/** 1-based line and column of character offsets in one text. */
type LineFinder = (offset: number) => { line: number; column: number };

/**
 * A line finder for `text`: where each line starts is found once, then each position is a binary search, so the
 * positions of thousands of problems in a large file take time linear in the file, not in problems × file.
 */
function lineFinder(text: string): LineFinder {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    }
    const at = Math.min(offset, text.length);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

const JSON_ERRORS: Record<string, Bilingual> = {
  InvalidSymbol: { th: 'มีอักขระที่ไม่ถูกต้อง', en: 'an invalid character' },
  InvalidNumberFormat: { th: 'ตัวเลขผิดรูปแบบ', en: 'a malformed number' },
  PropertyNameExpected: { th: 'ต้องมีชื่อช่องในเครื่องหมายคำพูด', en: 'a property name in double quotes was expected' },
  ValueExpected: { th: 'ต้องมีค่า', en: 'a value was expected' },
  ColonExpected: { th: 'ต้องมีเครื่องหมาย :', en: 'a colon was expected' },
  CommaExpected: { th: 'ต้องมีเครื่องหมายจุลภาค ,', en: 'a comma was expected' },
  CloseBraceExpected: { th: 'ต้องปิดด้วย }', en: 'a closing } was expected' },
  CloseBracketExpected: { th: 'ต้องปิดด้วย ]', en: 'a closing ] was expected' },
  EndOfFileExpected: { th: 'มีข้อความเกินหลังจบไฟล์ JSON', en: 'text after the end of the JSON value' },
  UnexpectedEndOfComment: { th: 'หมายเหตุไม่ปิด', en: 'an unclosed comment' },
  UnexpectedEndOfString: { th: 'ข้อความไม่มีเครื่องหมายคำพูดปิด', en: 'a string without its closing quote' },
  UnexpectedEndOfNumber: { th: 'ตัวเลขไม่สมบูรณ์', en: 'an incomplete number' },
  InvalidUnicode: { th: 'รหัส Unicode ไม่ถูกต้อง', en: 'an invalid unicode escape' },
  InvalidEscapeCharacter: { th: 'อักขระหลีก (\\) ไม่ถูกต้อง', en: 'an invalid escape character' },
  InvalidCharacter: { th: 'มีอักขระควบคุมในข้อความ', en: 'a control character inside a string' },
};

/**
 * A number typed with a decimal comma breaks the JSON itself ({"9": 87,50} reads as 87 and a key 50): the hint that
 * goes with the parser's message when the error follows "<digits>,<digits>".
 */
function commaDecimalHint(text: string, offset: number): string {
  const before = /(\d+)\s*,\s*$/.exec(text.slice(Math.max(0, offset - 40), offset));
  const after = /^\d+/.exec(text.slice(offset, offset + 40));
  if (!before || !after) return '';
  const point = `${before[1]}.${after[0]}`;
  return ` — ดูเหมือนทศนิยมที่ใช้จุลภาค ใช้จุด: ${point} / looks like a decimal comma: use a point, ${point}`;
}

/**
 * Parses JSON text, comments and trailing commas allowed (jsonc.ts), reporting line and column of the first error.
 * Positions are those of the file as typed: comments are blanked, never removed.
 */
function parseJson(text: string, file: string): { value: unknown; tree: Node | undefined } {
  // Brackets inside comments do not nest.
  const strict = toStrictJson(text);
  const deep = tooDeepAt(strict);
  if (deep >= 0) {
    const { line, column } = lineFinder(text)(deep);
    throw new InputError(file, [nestingProblem(line, column)]);
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, JSONC_OPTIONS);
  if (errors.length > 0 || !tree) {
    const first = errors[0];
    const offset = first ? first.offset : 0;
    const { line, column } = lineFinder(text)(offset);
    const code = first ? printParseErrorCode(first.error) : 'ValueExpected';
    const what = JSON_ERRORS[code] ?? { th: code, en: code };
    const near = text.slice(offset, offset + 20).split('\n')[0] || 'จบไฟล์ (end of file)';
    throw new InputError(file, [
      {
        path: '',
        line,
        column,
        found: `${what.th} / ${what.en}: ${JSON.stringify(near)}${commaDecimalHint(text, offset)}`,
        expected: MESSAGES['malformed-json']!.expected,
        fix: MESSAGES['malformed-json']!.fix,
      },
    ]);
  }
  return { value: JSON.parse(strict) as unknown, tree };
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key as string];
  }
  return cur;
}

/** Finds the position of `path`, or of its nearest existing parent. */
function positionOf(lineColumn: LineFinder, tree: Node | undefined, path: ReadonlyArray<PropertyKey>) {
  if (!tree) return {};
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n) as (string | number)[]);
    if (node) {
      // For a key, point at the property (its name) rather than its value.
      const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
      return lineColumn(at);
    }
  }
  return {};
}

type Issue = z.core.$ZodIssue;

/** Picks the most telling issue of a failed union: the branch that got deepest past a type mismatch. */
function bestOfUnion(issue: Issue & { code: 'invalid_union' }): Issue[] | undefined {
  const branches = issue.errors.filter((b) => b.length > 0);
  const informative = branches.filter((b) => b.some((i) => i.code !== 'invalid_type' || i.path.length > 0));
  if (informative.length > 0) {
    // Deepest path by a loop: a branch can hold thousands of issues, too many to spread into Math.max.
    const depth = (branch: Issue[]) => branch.reduce((deepest, i) => Math.max(deepest, i.path.length), 0);
    return informative.sort((a, b) => depth(b) - depth(a))[0];
  }
  return undefined;
}

function describeIssue(issue: Issue, data: unknown, fullPath: PropertyKey[]): Omit<InputProblem, 'line' | 'column'>[] {
  const path = pathToString(fullPath);
  const found = showValue(valueAt(data, fullPath));
  const withKind = (kind: string): Omit<InputProblem, 'line' | 'column'> => {
    const m = MESSAGES[kind] ?? { expected: { th: kind, en: kind } };
    return { path, found, expected: m.expected, fix: m.fix };
  };
  const missing = valueAt(data, fullPath) === undefined;
  switch (issue.code) {
    case 'invalid_type': {
      // What the field holds, its fields and an example, from the schema's descriptions (field-messages.ts).
      const parts = fullPath as (string | number)[];
      if (missing) return [{ ...withKind('required'), found: MISSING, expected: missingExpected(parts, typeName(issue.expected)) }];
      const t = typeName(issue.expected);
      return [{ path, found, expected: issue.expected === 'object' ? shapeExpected(parts, t, exampleFor(path)) : prefixed(t, exampleFor(path)) }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const p = [...fullPath, key];
        return { path: pathToString(p), found: JSON.stringify(key), ...unknownKeyMessage(fullPath as (string | number)[], key) };
      });
    case 'invalid_value': {
      // Thai values beside the English codes (enums.ts).
      const expected = enumChoices(issue.values);
      if (missing) return [{ ...withKind('required'), found: MISSING, expected: prefix(expected, MESSAGES.required!.expected) }];
      return [{ path, found, expected }];
    }
    case 'too_small':
      if (issue.origin === 'string') return [withKind('empty-text')];
      return [{ path, found, expected: { th: `ไม่น้อยกว่า ${issue.minimum}`, en: `at least ${issue.minimum}` } }];
    case 'too_big':
      return [{ path, found, expected: { th: `ไม่เกิน ${issue.maximum}`, en: `at most ${issue.maximum}` } }];
    case 'invalid_union': {
      // An outline block of no known type: the types, in Thai and English.
      const options = (issue as { options?: unknown[] }).options;
      if (options && issue.errors.length === 0) return [{ path, found, expected: enumChoices(options) }];
      const best = bestOfUnion(issue);
      if (best) return best.flatMap((i) => describeIssue(i, data, [...fullPath, ...i.path]));
      // Every branch failed on the type of the value itself: list the types that would do.
      const types = issue.errors.flatMap((b) => b.filter((i) => i.code === 'invalid_type').map((i) => (i as { expected: string }).expected));
      if (types.includes('number') && types.includes('string') && types.length === 2) return [withKind('number')];
      const names = [...new Set(types)].map(typeName);
      return [
        {
          path,
          found,
          expected: { th: names.map((n) => n.th).join(' หรือ '), en: names.map((n) => n.en).join(' or ') },
        },
      ];
    }
    case 'custom': {
      const params = issue.params as Partial<ProblemMessage> | undefined;
      const kind = params?.kind ?? issue.message;
      // A refinement that words its own message (numbers.ts) says exactly what to type instead.
      if (params?.expected) return [{ path, found, expected: params.expected, fix: params.fix }];
      return [withKind(kind)];
    }
    default:
      return [{ path, found, expected: { th: issue.message, en: issue.message } }];
  }
}

const MISSING = 'ไม่มีช่องนี้ (missing)';

function prefix(a: Bilingual, b: Bilingual): Bilingual {
  return { th: `${a.th} (${b.th})`, en: `${a.en} (${b.en})` };
}

const prefixed = (a: Bilingual, b: Bilingual | undefined): Bilingual => (b ? prefix(a, b) : a);

/**
 * Validates JSON text as an itadoc input. `file` names the source in messages.
 * Throws `InputError` with every problem found (malformed JSON stops at the first). The checks, in order: the size
 * and nesting limits (limits.ts), JSON syntax, the text's characters and keys given twice (check-text.ts), the
 * schema, references between fields (check-references.ts), and that the published figures agree with the indicator
 * scores (analysis/reconcile.ts).
 */
export function loadInputText(text: string, file = 'input.json'): LoadedInput {
  const tooLarge = sizeProblem(Buffer.byteLength(text));
  if (tooLarge) throw new InputError(file, [tooLarge]);
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { value, tree } = parseJson(clean, file);
  const lineColumn = lineFinder(clean);
  return validateValue(value, file, {
    position: (path, offset) => (offset !== undefined ? lineColumn(offset) : positionOf(lineColumn, tree, path)),
    sourceProblems: () => duplicateKeyProblems(tree, (offset) => lineColumn(offset).line),
  });
}

/** Names where the value at a JSON path came from, e.g. "มาตรการ!C7" for a workbook cell; undefined when unknown. */
export type InputLocator = (path: ReadonlyArray<PropertyKey>) => string | undefined;

/**
 * Validates an input that is already a value (read from a workbook, say): the same checks and messages as
 * `loadInputText`, each problem placed by `locate` (its `at`) instead of a line and column.
 */
export function loadInputValue(value: unknown, file: string, locate: InputLocator = () => undefined): LoadedInput {
  return validateValue(value, file, {
    position: (path) => {
      const at = locate(path);
      return at === undefined ? {} : { at };
    },
    sourceProblems: () => [],
  });
}

type Position = Pick<InputProblem, 'line' | 'column' | 'at'>;

/** Where an input's values came from: a JSON text (lines and columns) or a workbook (cells). */
interface Placement {
  /** The place of the value at `path`, or of the character at `offset` of the source text when one is given. */
  position(path: ReadonlyArray<PropertyKey>, offset?: number): Position;
  /** Problems of the source itself that the value no longer shows (a key given twice in the JSON text). */
  sourceProblems(): TextProblem[];
}

function validateValue(value: unknown, file: string, placement: Placement): LoadedInput {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(file, [{ path: '', found: showValue(value), ...MESSAGES['not-object']! }]);
  }
  const locate = (p: Omit<InputProblem, 'line' | 'column'>, path: ReadonlyArray<PropertyKey>, offset?: number): InputProblem => ({
    ...p,
    ...placement.position(path, offset),
  });
  const textual = [...placement.sourceProblems(), ...textProblems(value)];
  if (textual.length > 0) {
    throw new InputError(
      file,
      textual.map(({ pathParts, offset, ...p }) => locate(p, pathParts, offset)),
    );
  }
  const result = inputSchema.safeParse(value);
  if (!result.success) {
    const problems: InputProblem[] = [];
    for (const issue of result.error.issues) {
      for (const p of describeIssue(issue, value, [...issue.path])) {
        problems.push(locate(p, pathFromString(p.path)));
      }
    }
    throw new InputError(file, dedupe(problems));
  }
  const input = result.data;
  const framework = resolveFramework(
    {
      scheme: input.scheme,
      assessmentYear: input.assessmentYear ?? input.fiscalYear - 1,
      fiscalYear: input.fiscalYear,
    },
    input.framework,
  );
  const references = checkReferences(input, framework, value);
  if (references.length > 0) {
    throw new InputError(
      file,
      references.map(({ pathParts, ...r }) => locate(r, pathParts)),
    );
  }
  const contradictions = reconcileProblems(input, framework);
  if (contradictions.length > 0) {
    throw new InputError(
      file,
      contradictions.map(({ pathParts, ...r }) => locate(r, pathParts)),
    );
  }
  return { input, framework, file };
}

/**
 * Validates the bytes of an input file: decoded first (UTF-8, or UTF-16 and Windows-874 with a note, see
 * decode-text.ts), then as {@link loadInputText}. The notes are kept in `notes`.
 */
export function loadInputBytes(bytes: Uint8Array, file = 'input.json'): LoadedInput {
  const { text, notes } = decodeInputBytes(bytes, file);
  const loaded = loadInputText(text, file);
  return notes.length > 0 ? { ...loaded, notes } : loaded;
}

/** Splits `a.b[2].c` back into path parts. */
function pathFromString(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) parts.push(Number(m[2]));
    else parts.push(m[1]!);
  }
  return parts;
}

function dedupe(problems: InputProblem[]): InputProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}|${p.expected.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
