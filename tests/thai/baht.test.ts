/** Budget words always agree with the printed digits (issue 12): read back, the words name the same amount. */
import { describe, expect, it } from 'vitest';
import { bahtText } from '../../src/thai/baht.js';
import { formatAmount } from '../../src/thai/digits.js';
import { seededRandom } from '../helpers.js';
import { bahtWordsToSatang } from './baht-words.js';

describe('bahtText', () => {
  it('names the amount the digits print, for 5,000 seeded amounts from 0 to 999,999,999,999.99', () => {
    const random = seededRandom(874);
    const amounts = [0, 0.01, 0.1, 0.5, 1, 11, 21, 101, 1_000_001, 11_000_000, 21_000_021, 100_000_000_000, 999_999_999_999.99];
    for (let i = 0; i < 5_000; i++) {
      const whole = Math.floor(random() * 10 ** (1 + Math.floor(random() * 12)));
      const satang = random() < 0.5 ? 0 : Math.floor(random() * 100);
      amounts.push(Number(`${whole}.${String(satang).padStart(2, '0')}`));
    }
    for (const amount of amounts) {
      const digits = formatAmount(amount, 'arabic', Number.isInteger(amount) ? 0 : 2);
      expect(bahtWordsToSatang(bahtText(amount)), `${digits} (${bahtText(amount)})`).toBe(Math.round(Number(digits.replace(/,/g, '')) * 100));
    }
  });

  it('writes zero as ศูนย์บาทถ้วน, never an empty "()"', () => {
    expect(bahtText(0)).toBe('ศูนย์บาทถ้วน');
  });

  it('refuses what words cannot match instead of printing "undefined" or a rounded amount', () => {
    for (const amount of [1e21, 1e12, -1, Number.POSITIVE_INFINITY, Number.NaN, 99.999, 0.004]) {
      expect(() => bahtText(amount), String(amount)).toThrow(RangeError);
    }
  });
});
