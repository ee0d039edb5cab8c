/**
 * Messages that name what a field is for, from the schema's own descriptions and examples (issue 14): a missing
 * field says what it holds and gives an example; an object typed in another shape names its fields ("period" names
 * "start" and "end"); a misspelt field name gets the nearest one.
 */
import { MESSAGES } from './messages.js';
import type { Bilingual } from './problems.js';
import { closestField, fieldDoc, fieldsAt, listFields, requiredAt } from './schema-fields.js';

const shown = (value: unknown) => {
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/** What a missing field is: `type` (this field is required): its description, such as its example. */
export function missingExpected(path: (string | number)[], type: Bilingual): Bilingual {
  const required = MESSAGES.required!.expected;
  const doc = fieldDoc(path);
  if (!doc) return { th: `${type.th} (${required.th})`, en: `${type.en} (${required.en})` };
  const example = doc.example !== undefined ? { th: ` เช่น ${shown(doc.example)}`, en: `, such as ${shown(doc.example)}` } : { th: '', en: '' };
  return { th: `${type.th} (${required.th}): ${doc.th}${example.th}`, en: `${type.en} (${required.en}): ${doc.en}${example.en}` };
}

/** What an object given in another shape should be: an object with its (required) fields, and an example. */
export function shapeExpected(path: (string | number)[], type: Bilingual, example: Bilingual | undefined): Bilingual {
  const fields = requiredAt(path);
  const doc = fieldDoc(path);
  const withFields = fields.length > 0 ? { th: ` ที่มีช่อง ${listFields(fields).th}`, en: ` with ${listFields(fields).en}` } : { th: '', en: '' };
  const such = example ?? (doc?.example !== undefined ? { th: `เช่น ${shown(doc.example)}`, en: `such as ${shown(doc.example)}` } : undefined);
  return {
    th: `${type.th}${withFields.th}${such ? ` (${such.th})` : ''}`,
    en: `${type.en}${withFields.en}${such ? ` (${such.en})` : ''}`,
  };
}

/** What an unknown field name should be: the fields of its object, and the nearest one when it looks misspelt. */
export function unknownKeyMessage(parent: (string | number)[], key: string): { expected: Bilingual; fix?: Bilingual } {
  const m = MESSAGES['unknown-key']!;
  if (parent.length === 0 && (key === 'shared' || key === 'agencies')) {
    return {
      expected: m.expected,
      fix: {
        th: 'ไฟล์นี้เป็นไฟล์จังหวัด (shared และ agencies): ใช้ itadoc batch หรือ itadoc validate',
        en: 'this is a province file (shared and agencies): use itadoc batch, or itadoc validate',
      },
    };
  }
  const fields = fieldsAt(parent);
  if (fields.length === 0) return { expected: m.expected, ...(m.fix ? { fix: m.fix } : {}) };
  const list = listFields(fields);
  const closest = closestField(key, fields);
  return {
    expected: { th: `${m.expected.th}; ช่องที่มีที่นี่: ${list.th}`, en: `${m.expected.en}; the fields here: ${list.en}` },
    fix: closest
      ? { th: `หมายถึง "${closest}" หรือไม่ — ${m.fix!.th}`, en: `did you mean "${closest}"? — ${m.fix!.en}` }
      : m.fix,
  };
}
