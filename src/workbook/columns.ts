/**
 * The columns of table and keyed sheets, as both the writer and the reader see them: which field, at which level
 * (item or nested item), under which header key (the JSON path shown in the second header row, which the reader
 * matches), and the kind of its cells.
 */
import { splitDots, type PathPart } from './json-path.js';
import { EXTRAS, MARKER_KEY, type Field, type KeyedSheet, type TableSheet } from './layout.js';
import { kindAt, type Kind } from './schema-info.js';

export interface Column {
  /** 0: the item's field; 1: a nested item's field. */
  level: 0 | 1;
  /** The field, or undefined for the "other fields (JSON)" column of the level. */
  field?: Field;
  /** Header key: `title`, `steps[].text`, `{}`, `steps[].{}`. */
  key: string;
  th: string;
  en: string;
  kind: Kind;
  /** Field pattern for choices and kinds (`measures[].steps[].text`). */
  pattern: string;
  width: number;
}

/** The pattern parts of the sheet's items relative to the input: `measures[]`; none for the agencies of a province. */
export function itemBase(sheet: TableSheet): (string | '[]')[] {
  return sheet.path === 'agencies' ? [] : [...splitDots(sheet.path), '[]'];
}

const patternText = (parts: (PathPart | '[]' | '*')[]) =>
  parts.reduce<string>((acc, p) => (p === '[]' ? `${acc}[]` : acc ? `${acc}.${String(p)}` : String(p)), '');

const JSON_KIND: Kind = { type: 'json' };

function widthOf(field: Field | undefined, kind: Kind): number {
  if (field?.width) return field.width;
  return kind.type === 'scalar' ? 12 : kind.type === 'paragraphs' || kind.type === 'json' ? 40 : 24;
}

/** The columns of a table sheet, in order: item fields with the nested fields after `childAfter`, then JSON columns. */
export function tableColumns(sheet: TableSheet): Column[] {
  const base = itemBase(sheet);
  const col = (level: 0 | 1, field: Field): Column => {
    const parts = level === 0 ? [...base, ...splitDots(field.path)] : [...base, sheet.child!.key, '[]', ...splitDots(field.path)];
    const kind = field.kind ?? kindAt(parts);
    return {
      level,
      field,
      key: level === 0 ? field.path : `${sheet.child!.key}[].${field.path}`,
      th: field.th,
      en: field.en,
      kind,
      pattern: patternText(parts),
      width: widthOf(field, kind),
    };
  };
  const items = sheet.fields.map((f) => col(0, f));
  const children = sheet.child ? sheet.child.fields.map((f) => col(1, f)) : [];
  const at = sheet.childAfter ? items.findIndex((c) => c.field?.path === sheet.childAfter) + 1 : items.length;
  const extras: Column[] = [
    { level: 0, key: EXTRAS.key, th: `${EXTRAS.th}: ${sheet.th}`, en: EXTRAS.en, kind: JSON_KIND, pattern: '', width: 24 },
  ];
  if (sheet.child) {
    extras.push({
      level: 1,
      key: `${sheet.child.key}[].${EXTRAS.key}`,
      th: `${EXTRAS.th}: ${sheet.child.th}`,
      en: EXTRAS.en,
      kind: JSON_KIND,
      pattern: '',
      width: 24,
    });
  }
  const marker: Column[] = sheet.marker
    ? [{ level: 0, key: MARKER_KEY, th: sheet.marker.th, en: sheet.marker.en, kind: { type: 'scalar' }, pattern: '', width: 7 }]
    : [];
  return [...marker, ...items.slice(0, at), ...children, ...items.slice(at), ...extras];
}

/** The key column and field columns of a keyed sheet. */
export function keyedColumns(sheet: KeyedSheet): Column[] {
  const key: Column = { level: 0, key: '*', th: sheet.key.th, en: sheet.key.en, kind: { type: 'text' }, pattern: '', width: 10 };
  return [
    key,
    ...sheet.fields.map((field): Column => {
      const parts = splitDots(field.path);
      const kind = field.kind ?? kindAt(parts);
      return { level: 0, field, key: field.path, th: field.th, en: field.en, kind, pattern: field.path, width: widthOf(field, kind) };
    }),
  ];
}

/** The second header row's text: English words and the header key the reader matches. */
export const headerKeyText = (c: Column) => `${c.en} (${c.key})`;

/** The header key in a second-row header text, or undefined. */
export function headerKeyOf(text: string): string | undefined {
  const m = /\(([^()]*)\)\s*$/.exec(text);
  return m ? m[1] : undefined;
}
