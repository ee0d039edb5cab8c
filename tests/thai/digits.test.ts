/** Numbers typed as text: the comma is a thousands separator in groups of three, never a decimal (issue 12). */
import { describe, expect, it } from 'vitest';
import { parseThaiNumber } from '../../src/thai/digits.js';

describe('parseThaiNumber', () => {
  it('reads Thai and Arabic digits and thousands separators', () => {
    expect(parseThaiNumber('๙๒.๖๙')).toBe(92.69);
    expect(parseThaiNumber(' 1,250,000 ')).toBe(1_250_000);
    expect(parseThaiNumber('๑,๒๕๐,๐๐๐.๕๐')).toBe(1_250_000.5);
  });

  it('never reads a decimal comma as another number', () => {
    for (const text of ['8,5', '๘๘,๒๒', '12,5', '1,25', '1,2,3', '1,2500', '1.250,50']) expect(parseThaiNumber(text), text).toBeUndefined();
  });

  it('reads no comma at all where a field never reaches a thousand', () => {
    expect(parseThaiNumber('1,250', false)).toBeUndefined();
    expect(parseThaiNumber('88.22', false)).toBe(88.22);
  });
});
