/**
 * Input files not saved as UTF-8 (issue 12): UTF-16 and Windows-874 (TIS-620) are read right, with a note that says
 * how to save as UTF-8; anything else is refused naming what it is. Never garbled Thai.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, MAX_INPUT_BYTES, loadInputBytes } from '../../src/input/index.js';
import { windows874 } from '../fuzz/mutate.js';
import { ROOT } from '../helpers.js';

const text = readFileSync(`${ROOT}samples/tak-2568.json`, 'utf8');
const utf8 = loadInputBytes(Buffer.from(text, 'utf8'), 'tak.json');

describe('input encodings', () => {
  it('reads UTF-8 with no note, with or without a byte-order mark', () => {
    expect(utf8.notes).toBeUndefined();
    expect(loadInputBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'bom.json').input).toEqual(utf8.input);
  });

  it('reads UTF-16 in both byte orders, with and without a byte-order mark, with a note', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [bytes, order] of [
      [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'little-endian'],
      [le, 'little-endian'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'big-endian'],
      [be, 'big-endian'],
    ] as const) {
      const loaded = loadInputBytes(bytes, 'utf16.json');
      expect(loaded.input).toEqual(utf8.input);
      expect(loaded.notes![0]!.en).toContain(`UTF-16 (${order})`);
      expect(loaded.notes![0]!.en).toContain('Save it as UTF-8');
    }
  });

  it('reads Windows-874 (TIS-620) Thai right, with a note', () => {
    const legacy = windows874(text.replace(/"\$schema"[^\n]*\n/, ''))!;
    expect(legacy).toBeDefined();
    const loaded = loadInputBytes(legacy, 'tis620.json');
    expect(loaded.input.agency.name).toBe('จังหวัดตาก');
    expect(loaded.input.measures).toEqual(utf8.input.measures);
    expect(loaded.notes![0]!.th).toContain('Windows-874');
    expect(loaded.notes![0]!.en).toContain('Save it as UTF-8');
  });

  it('refuses UTF-32 with or without a byte-order mark, naming it', () => {
    const utf32 = (t: string) => Buffer.from(Uint32Array.from([...t].map((c) => c.codePointAt(0)!)).buffer);
    for (const bytes of [utf32(text), Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32(text)])]) {
      expect(() => loadInputBytes(bytes, 'utf32.json')).toThrowError(/saved as UTF-32/);
    }
  });

  it('refuses a file larger than the limit, naming the size', () => {
    let error: unknown;
    try {
      loadInputBytes(Buffer.alloc(MAX_INPUT_BYTES + 1, 0x20), 'huge.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain('at most 10 MB');
  });
});
