/**
 * The V8 heap-growing factor a batch runs with — the one place itadoc sets a V8 flag (contract test:
 * tests/batch/heap-growth.test.ts, which fails if a Node upgrade drops or changes the flag).
 *
 * Why: after each full collection V8 lets a heap grow to a factor of its live data before the next one. For a heap
 * limit of 2 GB or more (the workers' guard) it picks that factor itself, up to 4, and a worker whose live data is
 * about 70–100 MB kept 250–340 MB of heap. Measured with the bench's agencies and 2 workers (same sitting): 300
 * agencies peaked at 814–835 MB with V8's own factor and 652–684 MB with 2.5, at the same speed (18.9–23.5 against
 * 19.1–22.6 files/s, within this VM's noise); 2,400 agencies at 1,009 MB against 865–940 MB. A factor of 2 (100%)
 * saved another 30–40 MB but cost speed in one round of two. A low heap limit is not the way to get this: V8 then
 * also lowers the factor, to about 1.4 at 512 MB, and the concurrent marking of the extra collections took a quarter
 * of the bench's speed. Once a batch is over its memory budget (run-batch.ts) the factor goes back to V8's own.
 *
 * `--heap-growing-percent` fixes the factor of every isolate (heap-controller.cc, `GrowingFactor`), and V8 flags are
 * per process: it is set while a batch runs and set back to V8's own choice (0) when the last batch in the process
 * ends, so a program that calls `runBatch` keeps its own heap behaviour otherwise. The flag is only read when a full
 * collection sets the next limit, so changing it at run time is safe; not every GC flag is (`--single-threaded-gc` set
 * at run time crashed V8 11.3 in its next collection).
 */
import { setFlagsFromString } from 'node:v8';

/** The factor of a batch's heaps: 1 + 150% = 2.5 times their live data. */
export const BATCH_HEAP_GROWING_PERCENT = 150;

let batchesRunning = 0;

/**
 * Sets the batch's heap-growing factor until the returned function is called; nested or concurrent batches share it,
 * and the last one to end restores V8's own choice.
 */
export function useBatchHeapGrowth(): () => void {
  if (batchesRunning++ === 0) setFlagsFromString(`--heap-growing-percent=${BATCH_HEAP_GROWING_PERCENT}`);
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    if (--batchesRunning === 0) setFlagsFromString('--heap-growing-percent=0');
  };
}
