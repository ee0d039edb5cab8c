/**
 * Every field of the input format has a place in the workbook: each leaf of the JSON Schema generated from
 * src/input/schema.ts (schema/itadoc-input.schema.json) is a cell, a column or a part of one in src/workbook/layout.ts.
 * A field added to the schema fails here, by name, until it is given a place (it is carried as JSON meanwhile).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutPlaces, SHEETS, unplaced } from '../../src/workbook/layout.js';
import { inputJsonSchema, leafPatterns, nodesAt } from '../../src/workbook/schema-info.js';
import { ROOT } from '../helpers.js';

describe('the workbook holds every field', () => {
  it('reads the same JSON Schema as schema/itadoc-input.schema.json', () => {
    const file = JSON.parse(readFileSync(`${ROOT}schema/itadoc-input.schema.json`, 'utf8'));
    expect({ ...inputJsonSchema(), $id: file.$id, title: file.title }).toEqual(file);
  });

  it('gives every leaf of the schema a place', () => {
    // The Thai keys of measuresTable.labels ("มาตรการ": …) are aliases of the English column keys, which have rows of
    // their own; an input that uses them keeps them in the other-data rows (round-trip.test.ts).
    const leaves = leafPatterns().filter((leaf) => !/^measuresTable\.labels\.[^\x00-\x7f]/u.test(leaf));
    expect(leaves.length).toBeGreaterThan(150);
    const missing = unplaced(leaves).map((f) => `field ${f} has no place in the workbook (src/workbook/layout.ts)`);
    expect(missing).toEqual([]);
  });

  it('would name a field that has none', () => {
    const leaves = leafPatterns().filter((leaf) => !/^measuresTable\.labels\.[^\x00-\x7f]/u.test(leaf));
    expect(unplaced([...leaves, 'measures[].owner', 'letter.cc'])).toEqual(['measures[].owner', 'letter.cc']);
  });

  it('places only fields the schema has', () => {
    const stale = layoutPlaces().filter((p) => nodesAt(p.replace(/\[\]/g, '.[]').split('.').filter(Boolean)).length === 0);
    expect(stale).toEqual([]);
  });

  it('names its sheets as Excel allows (at most 31 characters, none of []:*?/\\)', () => {
    for (const s of SHEETS) {
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.name).not.toMatch(/[[\]:*?/\\]/);
    }
  });
});
