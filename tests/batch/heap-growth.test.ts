/**
 * Contract test for the one V8 flag itadoc sets (src/batch/heap-growth.ts): on the Node it runs on, setting
 * `--heap-growing-percent` at run time must change the factor V8 grows a heap by after a full collection, and setting
 * it back to 0 must give V8 its own choice again. A Node upgrade that drops the flag, ignores it after start-up or
 * rejects it makes this test fail, and the batch's memory figures (architecture.md, "Memory") must then be measured
 * again.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BATCH_HEAP_GROWING_PERCENT } from '../../src/batch/heap-growth.js';
import { ROOT } from '../helpers.js';

/** The growing factor of each full collection's new limit, as V8's --trace-gc-verbose prints it: "… new limit: … KB (2.5)". */
function factorsOf(trace: string, marker: string): number[] {
  const part = trace.split(`--- ${marker}\n`)[1]!.split('--- ')[0]!;
  return [...part.matchAll(/\[HeapController\] Limit: .* \(([\d.]+)\)/g)].map((m) => Number(m[1]));
}

describe('heap growth while a batch runs', () => {
  it('fixes the growing factor at 2.5 and gives V8 its own back when the last batch ends', () => {
    const module = pathToFileURL(join(ROOT, 'dist/batch/heap-growth.js')).href;
    const script = `
      const { useBatchHeapGrowth } = await import(${JSON.stringify(module)});
      const churn = () => { const keep = []; for (let i = 0; i < 2e5; i++) keep.push({ i, s: 'x'.repeat(20) }); return keep.length; };
      console.log('--- before'); churn(); gc();
      const first = useBatchHeapGrowth();
      const second = useBatchHeapGrowth();
      console.log('--- batch'); churn(); gc();
      first(); first();
      console.log('--- one batch left'); churn(); gc();
      second();
      console.log('--- after'); churn(); gc();
      console.log('--- end');
    `;
    const trace = execFileSync(process.execPath, ['--expose-gc', '--trace-gc-verbose', '--input-type=module', '-e', script], { encoding: 'utf8' });
    const expected = 1 + BATCH_HEAP_GROWING_PERCENT / 100;
    expect(factorsOf(trace, 'before').length).toBeGreaterThan(0);
    expect(factorsOf(trace, 'before')).not.toContain(expected);
    expect(factorsOf(trace, 'batch')).toEqual(expect.arrayContaining([expected]));
    expect(new Set(factorsOf(trace, 'batch'))).toEqual(new Set([expected]));
    // Restoring twice is harmless, and the flag stays while another batch is still running.
    expect(new Set(factorsOf(trace, 'one batch left'))).toEqual(new Set([expected]));
    expect(factorsOf(trace, 'after').length).toBeGreaterThan(0);
    expect(factorsOf(trace, 'after')).not.toContain(expected);
  });
});
