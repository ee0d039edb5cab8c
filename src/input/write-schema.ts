/** `npm run schema`: rewrites the JSON Schemas under schema/ from the zod schema. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PROVINCE_SCHEMA_FILE, SCHEMA_FILE, inputJsonSchemaText, provinceJsonSchemaText } from './json-schema.js';

for (const [file, text] of [
  [SCHEMA_FILE, inputJsonSchemaText()],
  [PROVINCE_SCHEMA_FILE, provinceJsonSchemaText()],
] as const) {
  const target = fileURLToPath(new URL(`../../schema/${file}`, import.meta.url));
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
