import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, inputJsonSchemaText } from '../../src/input/index.js';

describe('published JSON Schema', () => {
  it('schema/ matches the zod schema (run `npm run schema` after changing src/input/schema.ts)', () => {
    const published = readFileSync(new URL(`../../schema/${SCHEMA_FILE}`, import.meta.url), 'utf8');
    expect(published).toBe(inputJsonSchemaText());
  });

  it('every sample points editors at the schema', () => {
    for (const name of ['pathumthani-2563', 'pruyai-2565', 'nakhonpathom-2564', 'tak-2568']) {
      const sample = JSON.parse(readFileSync(new URL(`../../samples/${name}.json`, import.meta.url), 'utf8'));
      expect(sample.$schema).toBe(`../schema/${SCHEMA_FILE}`);
    }
  });
});
