/**
 * Digits of a document: Thai everywhere except inside web and e-mail addresses, found in time linear in the text.
 */
import { describe, expect, it } from 'vitest';
import { convertDigits } from '../../src/document/apply-digits.js';
import { seededRandom } from '../helpers.js';

/** The address pattern before issue 12: the same matches, but quadratic on long runs without an "@". */
const QUADRATIC_ADDRESS = /(https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g;
const thai = (t: string) => t.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
function reference(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(QUADRATIC_ADDRESS)) {
    out += thai(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + thai(text.slice(last));
}

describe('convertDigits', () => {
  it('keeps the digits of web and e-mail addresses', () => {
    expect(convertDigits('โทร. 0 2581 7151 hrnpt0017.5@gmail.com www.pathumthani2.go.th https://a1.b/2', 'thai')).toBe(
      'โทร. ๐ ๒๕๘๑ ๗๑๕๑ hrnpt0017.5@gmail.com www.pathumthani2.go.th https://a1.b/2',
    );
  });

  it('finds the same addresses as the pattern that tried every position (20,000 seeded texts)', () => {
    const random = seededRandom(12);
    const parts = ['a', '.', '@', '-', '+', 'b', '1', ' ', 'w', 'ww.', 'http://', 'ก', '_', '/', '.com', '9'];
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      const length = Math.floor(random() * 16);
      for (let j = 0; j < length; j++) text += parts[Math.floor(random() * parts.length)];
      expect(convertDigits(text, 'thai'), JSON.stringify(text)).toBe(reference(text));
    }
  });

  // Each of these took from 17 s to 52 s with the quadratic pattern; linear, they take milliseconds. The timeout is
  // only a guard against a return of the quadratic pattern (performance itself is measured by `npm run bench`).
  it('handles 200,000-character runs without an address', { timeout: 5_000 }, () => {
    for (const text of ['.'.repeat(200_000), 'a'.repeat(200_000), 'a@b'.repeat(66_000), 'x.'.repeat(100_000), '1-'.repeat(100_000)]) {
      expect(convertDigits(text, 'thai')).toBe(thai(text));
    }
  });
});
