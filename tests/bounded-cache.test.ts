import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../src/bounded-cache.js';

describe('BoundedCache', () => {
  it('never holds more than its capacity', () => {
    const cache = new BoundedCache<number, number>(10);
    for (let i = 0; i < 1_000; i++) {
      cache.set(i, i);
      expect(cache.size).toBeLessThanOrEqual(10);
    }
  });

  it('keeps an entry used often while a stream of one-off entries passes through', () => {
    const cache = new BoundedCache<string, string>(10);
    cache.set('framework question', 'measured');
    for (let i = 0; i < 100; i++) {
      cache.set(`agency name ${i}`, 'once');
      if (i % 4 === 0) expect(cache.get('framework question')).toBe('measured');
    }
    expect(cache.get('framework question')).toBe('measured');
    expect(cache.get('agency name 0')).toBeUndefined();
  });

  it('drops what was not used for capacity insertions, keeps the last capacity / 2', () => {
    const cache = new BoundedCache<number, number>(10);
    for (let i = 0; i < 30; i++) cache.set(i, i * 2);
    expect(cache.get(0)).toBeUndefined();
    for (let i = 25; i < 30; i++) expect(cache.get(i)).toBe(i * 2);
  });

  it('computes a value once with getOrSet, and replaces a value with set', () => {
    const cache = new BoundedCache<string, number>(4);
    let made = 0;
    expect(cache.getOrSet('a', () => ++made)).toBe(1);
    expect(cache.getOrSet('a', () => ++made)).toBe(1);
    cache.set('a', 5);
    expect(cache.get('a')).toBe(5);
    expect(made).toBe(1);
  });
});
