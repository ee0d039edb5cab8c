/**
 * The starter `itadoc init` writes (issue 14): an input that validates and renders as it is, for an agency kind, a
 * fiscal year and the documents wanted, with a Thai comment above every field (what it holds, and an example, from the
 * schema's descriptions) and every other field of each object shown commented out, ready to be switched on. It is
 * JSON with comments (JSONC), which every input may be.
 *
 * Example values are marked as examples: the agency is "…ตัวอย่าง", and the progress report prints "(ข้อมูลตัวอย่าง)".
 */
import { analyze } from '../analysis/index.js';
import { resolveFramework } from '../framework/index.js';
import type { AgencyKind } from './schema.js';
import { SCHEMA_FILE } from './json-schema.js';
import { loadInputText } from './load-input.js';
import { fieldDoc, fieldsAt } from './schema-fields.js';

/** The documents a starter can hold data for. */
export const STARTER_DOCUMENTS = ['o42', 'o43', 'memo', 'letter', 'form'] as const;
export type StarterDocument = (typeof STARTER_DOCUMENTS)[number];

/** What the starter is for. */
export interface StarterOptions {
  /** The agency kind (its code). */
  kind: AgencyKind;
  /** The fiscal year of the measures, B.E. (2570 analyses ITA 2569). */
  fiscalYear: number;
  /** The documents the starter holds data for; the memo and the letter exclude each other (one covering letter). */
  documents: StarterDocument[];
  /** The agency's name; an example name of its kind when not given. */
  name?: string;
  /** The `$schema` path written in the file (relative to it). */
  schema?: string;
}

/** The scheme an agency kind is usually assessed under (docs/ita.md); the clerk may change it. */
const SCHEME_OF: Partial<Record<AgencyKind, string>> = { school: 'obec', college: 'ovec', hospital: 'moph' };

/** An example name and owning unit per kind. */
const NAMES: Record<AgencyKind, [string, string]> = {
  province: ['จังหวัดตัวอย่าง', 'สำนักงานจังหวัดตัวอย่าง'],
  district: ['อำเภอตัวอย่าง', 'ที่ทำการปกครองอำเภอตัวอย่าง'],
  municipality: ['เทศบาลตำบลตัวอย่าง', 'สำนักปลัดเทศบาล'],
  'subdistrict-organization': ['องค์การบริหารส่วนตำบลตัวอย่าง', 'สำนักปลัด'],
  'provincial-organization': ['องค์การบริหารส่วนจังหวัดตัวอย่าง', 'สำนักปลัด'],
  department: ['กรมตัวอย่าง', 'กองกลาง'],
  'regional-office': ['สำนักงานตัวอย่างจังหวัด', 'ฝ่ายบริหารทั่วไป'],
  school: ['โรงเรียนตัวอย่าง', 'กลุ่มบริหารทั่วไป'],
  college: ['วิทยาลัยตัวอย่าง', 'ฝ่ายบริหารทรัพยากร'],
  university: ['มหาวิทยาลัยตัวอย่าง', 'กองกลาง'],
  hospital: ['โรงพยาบาลตัวอย่าง', 'กลุ่มงานบริหารทั่วไป'],
  'state-enterprise': ['รัฐวิสาหกิจตัวอย่าง', 'ฝ่ายบริหาร'],
  other: ['หน่วยงานตัวอย่าง', 'ฝ่ายบริหารทั่วไป'],
};

/** Example indicator scores: four below the pass mark, so the analysis has weaknesses to address. */
const EXAMPLE_SCORES: Record<string, number> = { '1': 92.5, '2': 88.31, '3': 95.12, '4': 90.4, '5': 86.75, '6': 84.2, '7': 79.65, '8': 81.3, '9': 87.5, '10': 62.5 };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The starter's data (without comments). */
function starterValue(o: StarterOptions): { [key: string]: Json } {
  const fy = o.fiscalYear;
  const [exampleName, unit] = NAMES[o.kind];
  const name = o.name?.trim() || exampleName;
  const head = { name: 'นายตัวอย่าง ใจดี', position: `ผู้อำนวยการ${name}` };
  const docs = new Set(o.documents);
  const letterKind = docs.has('letter') || docs.has('form') ? 'external' : docs.has('memo') ? 'memo' : undefined;
  const value: { [key: string]: Json } = {
    $schema: o.schema ?? SCHEMA_FILE,
    agency: {
      name,
      kind: o.kind,
      owningUnit: `${unit} ${name}`,
      address: ['เลขที่ ๑ ถนนตัวอย่าง ตำบลตัวอย่าง', 'อำเภอตัวอย่าง จังหวัดตัวอย่าง ๑๐๐๐๐'],
      phone: '๐ ๒๐๐๐ ๐๐๐๐',
      head,
    },
    fiscalYear: fy,
    assessmentYear: fy - 1,
    scheme: SCHEME_OF[o.kind] ?? 'nacc',
    scores: { indicators: EXAMPLE_SCORES },
    measures: [
      {
        id: 'M1',
        title: 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ',
        addresses: [9],
        steps: ['แต่งตั้งผู้รับผิดชอบการเผยแพร่ข้อมูลบนเว็บไซต์', 'ตรวจสอบและปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบันทุกเดือน'],
        responsible: unit,
        period: { start: `${fy - 1}-10`, end: `${fy}-09` },
        monitoring: 'รายงานผลต่อผู้บริหารทุกไตรมาส',
      },
      {
        id: 'M2',
        title: 'มาตรการป้องกันการรับสินบน',
        addresses: [10],
        steps: ['ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy)', 'ประเมินความเสี่ยงการทุจริตและจัดทำมาตรการควบคุม'],
        responsible: unit,
        period: { start: `${fy - 1}-10`, end: `${fy}-09` },
        monitoring: 'รายงานผลรอบ ๖ และ ๑๒ เดือน',
      },
    ],
  };
  if (docs.has('o43')) {
    value.progress = {
      round: 6,
      asOf: `${fy}-03-31`,
      example: true,
      items: [
        { measure: 'M1', status: 'ดำเนินการแล้ว', percent: 100, done: 'แต่งตั้งผู้รับผิดชอบและปรับปรุงเว็บไซต์แล้ว', problems: 'none' },
        { measure: 'M2', status: 'อยู่ระหว่างดำเนินการ', percent: 50, done: 'ประกาศเจตนารมณ์ No Gift Policy แล้ว', problems: 'none' },
      ],
    };
  }
  if (letterKind) {
    value.letter = {
      kind: letterKind,
      number: letterKind === 'external' ? 'ตย ๐๐๐๑/ว ๑' : 'ตย ๐๐๐๑/๑',
      date: `${fy - 1}-10-15`,
      subject: `มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${fy}`,
      to: letterKind === 'external' ? 'หัวหน้าส่วนราชการทุกแห่ง' : `ผู้อำนวยการ${name}`,
      signatory: head,
    };
  }
  value.signOff = { approvedBy: head };
  return value;
}

/**
 * The starter's text: JSONC with a Thai comment above every field and the fields not filled in shown commented out.
 * It validates and renders as it is (tests/cli/init.test.ts runs both).
 */
export function starterText(options: StarterOptions): string {
  if (options.documents.includes('memo') && (options.documents.includes('letter') || options.documents.includes('form'))) {
    throw new Error('memo and letter/form need different covering letters');
  }
  const value = starterValue(options);
  // The published figures as the rules give them for the example scores, so the starter's figures agree.
  const loaded = loadInputText(JSON.stringify(value), 'starter.jsonc');
  const analysis = analyze(loaded.input, loaded.framework);
  const scores = value.scores as { [key: string]: Json };
  value.scores = {
    ...(analysis.total !== undefined ? { overall: analysis.total } : {}),
    ...(analysis.level && !analysis.level.undetermined ? { level: analysis.level.code } : {}),
    ...scores,
  };
  const framework = resolveFramework({ scheme: String(value.scheme), fiscalYear: options.fiscalYear, assessmentYear: options.fiscalYear - 1 });
  const lines = [
    `// ข้อมูลนำเข้าของ itadoc: ${String((value.agency as { name: string }).name)} ปีงบประมาณ พ.ศ. ${options.fiscalYear} (วิเคราะห์ผลการประเมิน ITA ${options.fiscalYear - 1})`,
    '// ค่าทุกค่าในไฟล์นี้เป็นตัวอย่าง: แก้เป็นข้อมูลจริงของหน่วยงาน แล้วตรวจด้วย  npx itadoc validate <ไฟล์นี้>',
    '// และสร้างเอกสาร DOCX/PDF ด้วย  npx itadoc render <ไฟล์นี้> --out ผลลัพธ์',
    '// บรรทัดที่ขึ้นต้นด้วย // เป็นหมายเหตุ itadoc ไม่อ่าน — ช่องที่ยังไม่ใช้แสดงไว้เป็นหมายเหตุ ลบ // หน้าช่องเพื่อใช้',
    '// ตัวเลขพิมพ์เป็นเลขไทยหรืออารบิกก็ได้ ("๙๒.๖๙" หรือ 92.69) วันที่และเดือนเป็น พ.ศ. ("2569-10-15", "ต.ค. 69")',
    '// An itadoc input: every value is an example. Replace them, then `itadoc validate` and `itadoc render`.',
    '// Lines starting with // are comments; remove the // before a field to use it.',
    ...itemNotes(framework.measuresItem, options.fiscalYear),
  ];
  lines.push(...writeObject(value, [], '', true, frameworkLine(framework.measuresItem)));
  return `${lines.join('\n')}\n`;
}

/** Comments on the measures item code: not known for this year, or known from one source only (docs/ita.md). */
function itemNotes(item: ReturnType<typeof resolveFramework>['measuresItem'], fiscalYear: number): string[] {
  if (!item.code) {
    return [
      `// รหัสข้อของเอกสารมาตรการในการประเมิน ITA ${fiscalYear} ยังไม่ทราบ${item.hint ? ` (${item.hint.th})` : ''}:`,
      '// itadoc validate จะเตือนจนกว่าจะระบุ framework.measuresItem.code ตามคู่มือการประเมินของ ป.ป.ช. (ดูช่อง framework ด้านล่าง และ docs/ita.md)',
    ];
  }
  if (item.source.singleSource) {
    return [`// รหัสข้อ ${item.code} ของปี ${item.itaYear ?? fiscalYear} มาจากแหล่งเดียว: ตรวจกับคู่มือการประเมินของ ป.ป.ช. แล้วระบุ framework.measuresItem.code เพื่อยืนยัน (docs/ita.md)`];
  }
  return [];
}

/** The commented-out `framework` line: the latest code known, to switch on once the NACC's manual confirms it. */
function frameworkLine(item: ReturnType<typeof resolveFramework>['measuresItem']): string | undefined {
  const latest = item.hint && /\b(O\d+)\b/.exec(item.hint.en)?.[1];
  if (!item.code && latest) return `"framework": { "measuresItem": { "code": "${latest}" } },`;
  if (!item.code) return '"framework": { "measuresItem": { "code": "รหัสข้อตามคู่มือการประเมิน" } },';
  if (item.source.singleSource) return `"framework": { "measuresItem": { "code": "${item.code}" } },`;
  return undefined;
}

/** `value` as compact JSON with spaces: `{ "a": 1, "b": [1, 2] }`. */
function compact(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compact).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${JSON.stringify(k)}: ${compact(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

/** The Thai half of the description of the field at `path`, with its example when it differs from `value`. */
function comment(path: (string | number)[], value?: unknown): string | undefined {
  const doc = fieldDoc(path);
  if (!doc) return undefined;
  const example = doc.example !== undefined && compact(doc.example) !== compact(value) ? compact(doc.example) : undefined;
  return example && example.length <= 90 ? `${doc.th} เช่น ${example}` : doc.th;
}

/** The lines of an object: each field with its comment, then the fields not given, commented out with an example. */
function writeObject(value: { [key: string]: Json }, path: (string | number)[], indent: string, comments: boolean, framework?: string): string[] {
  const inner = `${indent}  `;
  // A record (scores per indicator): its keys are data, described by the comment above it.
  if (fieldsAt(path).length === 0) comments = false;
  const lines = [`${indent}{`];
  for (const [key, child] of Object.entries(value)) {
    const at = [...path, key];
    if (comments) {
      const text = comment(at, child);
      if (text) lines.push(`${inner}// ${text}`);
    }
    const written = writeValue(child, at, inner, comments);
    written[0] = `${inner}${JSON.stringify(key)}: ${written[0]!.trimStart()}`;
    written[written.length - 1] += ',';
    lines.push(...written);
  }
  if (comments) {
    const missing = fieldsAt(path).filter((name) => !(name in value));
    if (missing.length > 0) lines.push(`${inner}// ช่องอื่นที่ใช้ได้ (ลบ // หน้าช่องเพื่อใช้):`);
    for (const name of missing) {
      const doc = fieldDoc([...path, name]);
      if (!doc) continue;
      const line = name === 'framework' && framework ? framework : `${JSON.stringify(name)}: ${compact(doc.example ?? null)},`;
      lines.push(`${inner}// ${doc.th}`, `${inner}// ${line}`);
    }
  }
  lines.push(`${indent}}`);
  return lines;
}

/** The lines of a value; objects and long lists over several lines, comments on the first item of a list only. */
function writeValue(value: Json, path: (string | number)[], indent: string, comments: boolean): string[] {
  if (Array.isArray(value)) {
    const short = compact(value);
    if (value.every((v) => v === null || typeof v !== 'object') && short.length <= 80) return [`${indent}${short}`];
    const lines = [`${indent}[`];
    value.forEach((item, i) => {
      const written = writeValue(item, [...path, i], `${indent}  `, comments && i === 0);
      written[written.length - 1] += ',';
      lines.push(...written);
    });
    lines.push(`${indent}]`);
    return lines;
  }
  if (value && typeof value === 'object') return writeObject(value, path, indent, comments);
  return [`${indent}${JSON.stringify(value)}`];
}
