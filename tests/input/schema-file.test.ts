import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, inputJsonSchemaText } from '../../src/input/index.js';
import { PROVINCE_SCHEMA_FILE, provinceJsonSchemaText } from '../../src/input/json-schema.js';

describe('published JSON Schemas', () => {
  it('schema/ matches the zod schema (run `npm run schema` after changing src/input/schema.ts)', () => {
    const published = (file: string) => readFileSync(new URL(`../../schema/${file}`, import.meta.url), 'utf8');
    expect(published(SCHEMA_FILE)).toBe(inputJsonSchemaText());
    expect(published(PROVINCE_SCHEMA_FILE)).toBe(provinceJsonSchemaText());
  });

  it('are draft 2020-12 with a stable $id', () => {
    const input = JSON.parse(inputJsonSchemaText());
    const province = JSON.parse(provinceJsonSchemaText());
    expect(input.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(input.$id).toBe('https://itadoc.invalid/schema/itadoc-input.schema.json');
    expect(province.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(province.$id).toBe('https://itadoc.invalid/schema/itadoc-province.schema.json');
  });

  it('every sample points editors at the schema', () => {
    for (const name of ['pathumthani-2563', 'pruyai-2565', 'nakhonpathom-2564', 'tak-2568']) {
      const sample = JSON.parse(readFileSync(new URL(`../../samples/${name}.json`, import.meta.url), 'utf8'));
      expect(sample.$schema).toBe(`../schema/${SCHEMA_FILE}`);
    }
  });
});
