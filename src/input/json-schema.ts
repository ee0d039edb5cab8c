/**
 * The published JSON Schemas, generated from the zod schema so that they cannot drift from it: the input of one agency
 * and the province file that holds many (issue 14). Both are draft 2020-12 with a stable `$id`; `itadoc schema <dir>`
 * writes them beside a user's files, where an input's `"$schema": "itadoc-input.schema.json"` finds them.
 *
 * Each field says in Thai and English what it holds and gives an example; numbers, dates, codes and texts carry the
 * ranges and patterns the tool reads them with (json-schema-hints.ts). What JSON Schema cannot say — references
 * between fields, sums, the level a total gives, how many decimals a JSON number was typed with — the tool still
 * checks (tests/input/schema-strict.test.ts lists each case and why).
 */
import { z } from 'zod';
import { jsonSchemaHintOf } from './json-schema-hints.js';
import { inputSchema } from './schema.js';

/** File name of the input schema (under `schema/` here; beside the inputs after `itadoc schema`). */
export const SCHEMA_FILE = 'itadoc-input.schema.json';
/** File name of the province-file schema. */
export const PROVINCE_SCHEMA_FILE = 'itadoc-province.schema.json';

/**
 * The stable identifiers of the two schemas. `.invalid` (RFC 2606) never resolves, on purpose: nothing is fetched
 * from it; editors find the files by the relative `$schema` path of each input.
 */
export const SCHEMA_ID = `https://itadoc.invalid/schema/${SCHEMA_FILE}`;
export const PROVINCE_SCHEMA_ID = `https://itadoc.invalid/schema/${PROVINCE_SCHEMA_FILE}`;

type JsonNode = Record<string, unknown>;

/** The input schema as a JSON object (draft 2020-12), the input as a user types it. */
export function inputJsonSchema(): JsonNode {
  const schema = z.toJSONSchema(inputSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const node = jsonSchema as JsonNode;
      jsonSchemaHintOf(zodSchema)?.(node);
      // zod leaves out the examples of fields that read text into something else; they are kept.
      const meta = z.globalRegistry.get(zodSchema);
      if (meta?.examples && node.examples === undefined) node.examples = meta.examples;
    },
  }) as JsonNode;
  return { $schema: schema.$schema, $id: SCHEMA_ID, title: 'itadoc input', ...withoutKeys(schema, ['$schema']) };
}

/** The input schema as formatted JSON text. */
export function inputJsonSchemaText(): string {
  return `${JSON.stringify(inputJsonSchema(), null, 2)}\n`;
}

/**
 * The province-file schema: `shared` and each of `agencies` hold any fields of an input, none of them required where
 * objects merge key by key (an agency's entry is laid over `shared`); the items of lists, which replace the shared
 * list whole, keep every rule of the input.
 */
export function provinceJsonSchema(): JsonNode {
  const input = inputJsonSchema();
  const defs = (input.$defs ?? {}) as Record<string, JsonNode>;
  const partial = withoutRequired(withoutKeys(input, ['$schema', '$id', 'title', '$defs', 'description', 'examples'])) as JsonNode;
  return {
    $schema: input.$schema,
    $id: PROVINCE_SCHEMA_ID,
    title: 'itadoc province file',
    description:
      'ไฟล์จังหวัด: ส่วนกลาง (shared) และรายการหน่วยงาน (agencies) แต่ละหน่วยงานวางทับส่วนกลาง วัตถุรวมกันทีละช่อง ค่าอื่น (ข้อความ ตัวเลข รายการ) แทนที่ทั้งหมด — a province file: the shared parts and the agencies; each agency entry is laid over `shared`: objects merge key by key, any other value (text, number, list) replaces the shared one whole',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'ที่อยู่ของ schema นี้ สำหรับโปรแกรมแก้ไข — where editors find this schema', examples: [PROVINCE_SCHEMA_FILE] },
      shared: {
        $ref: '#/$defs/part',
        description: `ข้อมูลที่ทุกหน่วยงานใช้ร่วมกัน — the fields every agency shares. ${PART_DESCRIPTION}`,
        examples: [{ fiscalYear: 2570, scheme: 'nacc', letter: { kind: 'external' } }],
      },
      agencies: {
        type: 'array',
        minItems: 1,
        description: 'รายการหน่วยงาน แต่ละรายการวางทับส่วนกลาง (shared) — the agencies, each laid over `shared`',
        examples: [[{ agency: { name: 'สำนักงานสาธารณสุขจังหวัดตาก', kind: 'regional-office' } }]],
        items: { $ref: '#/$defs/part' },
      },
    },
    required: ['shared', 'agencies'],
    additionalProperties: false,
    $defs: { ...defs, part: { ...partial, description: PART_DESCRIPTION } },
  };
}

const PART_DESCRIPTION = 'ช่องใดก็ได้ของไฟล์ข้อมูลหน่วยงาน ไม่มีช่องบังคับ — any fields of an agency input, none required';

/** The province-file schema as formatted JSON text. */
export function provinceJsonSchemaText(): string {
  return `${JSON.stringify(provinceJsonSchema(), null, 2)}\n`;
}

function withoutKeys(node: JsonNode, keys: string[]): JsonNode {
  return Object.fromEntries(Object.entries(node).filter(([k]) => !keys.includes(k)));
}

/**
 * `node` with no required properties in any object that merges key by key: every object reached through properties
 * (and the alternatives of a union), but not the items of a list, which are replaced whole and keep their rules.
 */
function withoutRequired(node: unknown): unknown {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return node;
  const out: JsonNode = {};
  for (const [key, value] of Object.entries(node as JsonNode)) {
    if (key === 'required') continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value as JsonNode).map(([k, v]) => [k, withoutRequired(v)]));
    } else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf') {
      out[key] = (value as unknown[]).map(withoutRequired);
    } else if (key === 'additionalProperties' && value && typeof value === 'object') {
      out[key] = withoutRequired(value);
    } else out[key] = value;
  }
  return out;
}
