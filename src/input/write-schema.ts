/** `npm run schema`: rewrites schema/itadoc-input.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FILE, inputJsonSchemaText } from './json-schema.js';

const target = fileURLToPath(new URL(`../../schema/${SCHEMA_FILE}`, import.meta.url));
writeFileSync(target, inputJsonSchemaText());
console.log(`wrote ${target}`);
