/**
 * The published JSON Schema of the input, generated from the zod schema so the two cannot drift.
 */
import { z } from 'zod';
import { inputSchema } from './schema.js';

/** File name of the published schema under `schema/`. */
export const SCHEMA_FILE = 'itadoc-input.schema.json';

/** Returns the JSON Schema (draft 2020-12) describing the input as a user types it, as formatted JSON text. */
export function inputJsonSchemaText(): string {
  const schema = z.toJSONSchema(inputSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
  const withId = { ...schema, $id: 'https://itadoc.invalid/schema/itadoc-input.schema.json', title: 'itadoc input' };
  return `${JSON.stringify(withId, null, 2)}\n`;
}
