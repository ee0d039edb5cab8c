/**
 * Batch stage: many inputs → one folder per agency, rendered by a pool of worker threads.
 *
 * Each worker loads templates and fonts once and renders one job at a time; the main thread only hands out jobs and
 * collects results, and never holds more than one pending job per worker, so memory stays flat however many
 * agencies there are. Output folders: `<out>/<agency-slug>/<doc>.<ext>`, plus `<out>/summary.json`.
 *
 * An existing, non-empty output folder is refused unless `force` is set; with `force`, agency folders of the same
 * name are overwritten file by file (each file replaced atomically) and other content is left alone. The folder is
 * checked writable before anything is rendered, and summary.json is replaced at the start by one that says the run
 * is not complete, so a run killed midway never leaves the previous run's summary claiming success.
 *
 * Each input has `timeoutSeconds` (default {@link DEFAULT_TIMEOUT_SECONDS}); an input still rendering then fails, and
 * its worker is stopped and replaced.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Bilingual } from '../input/index.js';
import type { DocumentKind } from '../pipeline/document-kinds.js';
import type { Format } from '../render/renderer.js';
import { checkTemplates } from '../pipeline/render-documents.js';
import { loadResources } from '../resources/load-resources.js';
import { writeFileAtomic } from './write-atomic.js';
import { collectInputs } from './collect-inputs.js';
import { useBatchHeapGrowth } from './heap-growth.js';
import { OutputFolderError, prepareOutputFolder, writingTo } from './output-folder.js';
import type { JobRequest, JobResult } from './render-job.js';
import { OWN_NAMES, uniqueSlugs } from './slug.js';

/** The time one input may take by default: minutes, where a real input takes under a second. */
export const DEFAULT_TIMEOUT_SECONDS = 300;

/** Options of a batch run. */
export interface BatchOptions {
  inputs: string[];
  out: string;
  jobs?: number;
  formats: Format[];
  documents?: DocumentKind[];
  templates?: string;
  digits?: 'thai' | 'arabic';
  fontDir?: string;
  /** PDFs as PDF/A-2b, for archiving. */
  pdfa?: boolean;
  force?: boolean;
  /** Skip inputs whose files are all in their folder, complete and newer than the input (implies writing into a non-empty folder). */
  resume?: boolean;
  /** Seconds one input may take before it fails and its worker is replaced; default {@link DEFAULT_TIMEOUT_SECONDS}. */
  timeoutSeconds?: number;
  /**
   * Old-generation heap limit of every worker, in MB. Default: {@link WORKER_OLD_GENERATION_MB} while the batch is
   * within its memory budget, {@link WORKER_BUDGET_OLD_GENERATION_MB} for the workers that replace those retired once it
   * is not ({@link WORKER_RETIRE_RSS_MB}). Given, it holds for every worker and none is retired.
   */
  workerMemoryMb?: number;
  /**
   * Resident memory of the whole process, in MB, above which a worker without the budget's heap limit is retired after
   * its job once it has rendered {@link BatchOptions.retireAfterJobs} inputs; default {@link WORKER_RETIRE_RSS_MB} per
   * worker.
   */
  retireAboveRssMb?: number;
  /** Inputs a worker renders before it may be retired; default {@link WORKER_RETIRE_MIN_JOBS}. */
  retireAfterJobs?: number;
  /** Young-generation size of each worker, in MB; default {@link WORKER_YOUNG_GENERATION_MB}. */
  workerYoungGenerationMb?: number;
  /** @internal The worker script; tests give one that misbehaves on purpose. Default: worker.js beside this file. */
  workerScript?: URL;
}

/**
 * Young generation of each worker (MB). A document allocates a great deal that dies young (laid-out lines, measured
 * words, XML objects); with V8's default young generation most of a worker's garbage-collection time went on copying
 * survivors between its small semi-spaces. 96 MB: `npm run bench` (80 agencies, 2 workers) 15.3 → 19.0 files/s, peak
 * RSS 665 → 735 MB; 48 MB gave 17.1, 64 MB 17.8.
 */
export const WORKER_YOUNG_GENERATION_MB = 96;

/**
 * Old-generation heap limit of a worker while the batch is within its memory budget (MB): only a guard against an
 * input that would take the machine's memory, which then fails alone (its worker is replaced). The limit is not what
 * keeps a worker small: a worker's live data is only about 70–100 MB, and how far its heap grows beyond that is set by
 * the growing factor a batch fixes at 2.5 (`heap-growth.ts`). Without that, V8 picks the factor from the limit —
 * up to 4 at 2 GB or more, about 1.4 at 512 MB — and a low limit made workers collect several times as often, the
 * concurrent marking taking the other worker's core (a 512 MB limit on every worker: 13.4 against 17.3 files/s).
 */
export const WORKER_OLD_GENERATION_MB = 2048;

/**
 * Old-generation heap limit of the workers started once the batch has gone over its memory budget (MB), when every
 * heap also goes back to V8's own growing factor (about 1.4 under this limit): slower, but bounded. The national bench
 * (8,303 agencies, 2 workers) peaked at 945 MB so, against 1,356 MB with the batch's 2.5 kept under this limit.
 */
export const WORKER_BUDGET_OLD_GENERATION_MB = 512;

/**
 * The batch's memory budget, per worker (MB; 800 MB with 2 workers, under the 1 GB a national run may take). With the
 * batch's growing factor a worker settles at about 300 MB of resident memory (its heap at 2.5 times its live data, its
 * 96 MB young generation, compiled code, fonts, ICU and resvg): the 300-agency bench peaks at about 650 MB for the
 * whole process. When the whole process is above the budget after a job, the worker that finished — if it has
 * rendered {@link WORKER_RETIRE_MIN_JOBS} inputs and has no low limit yet — is retired, and its replacement and every
 * later worker get {@link WORKER_BUDGET_OLD_GENERATION_MB}: at most one retirement per worker of the pool. Retiring
 * alone does not bound memory: a fresh worker grows back within about 50 inputs.
 */
export const WORKER_RETIRE_RSS_MB = 400;

/**
 * Inputs a worker renders before it may be retired ({@link WORKER_RETIRE_RSS_MB}): enough for its caches and compiled
 * code to be worth something, few enough that a batch over budget is brought within it early (with 100 the national
 * bench reached 1,095 MB before its workers were replaced).
 */
export const WORKER_RETIRE_MIN_JOBS = 20;

/** One line of summary.json. */
export interface BatchEntry {
  input: string;
  agency: string;
  folder: string;
  status: 'ok' | 'failed';
  files: string[];
  error?: string;
  /** What to look at in an input that was rendered anyway (never changes the status). */
  warnings?: Bilingual[];
  /** Skipped by --resume: its files were already complete. */
  resumed?: boolean;
}

/** What a batch run did. */
export interface BatchSummary {
  entries: BatchEntry[];
  ok: number;
  failed: number;
  files: number;
  seconds: number;
  /** Milliseconds per rendered document, in completion order. */
  timings: number[];
  /** Workers retired to keep the batch within its memory budget ({@link WORKER_RETIRE_RSS_MB}). */
  workersRetired: number;
}

/** Raised for arguments a batch cannot start with (exit code 2). */
export class BatchArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BatchArgumentError';
  }
}

/** Runs a batch; `onProgress(done, total, entry)` is called as each input finishes. */
export async function runBatch(
  options: BatchOptions,
  onProgress: (done: number, total: number, entry: BatchEntry) => void = () => {},
): Promise<BatchSummary> {
  const started = performance.now();
  const timeoutSeconds = options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  if (!(timeoutSeconds > 0)) throw new BatchArgumentError(`--timeout ต้องมากกว่า 0 วินาที / --timeout must be more than 0 seconds (got ${timeoutSeconds})`);
  // Check the templates here too, so a missing or broken templates folder stops the batch before any input.
  checkTemplates(loadResources({ templates: options.templates }));
  const sources = await collectInputs(options.inputs);
  if (sources.length === 0) throw new BatchArgumentError('ไม่พบไฟล์ JSON หรือ .xlsx / no JSON or .xlsx inputs found');
  try {
    prepareOutputFolder(options.out, { replace: Boolean(options.force || options.resume), ownFiles: OWN_NAMES });
  } catch (err) {
    if (err instanceof OutputFolderError) throw new BatchArgumentError(err.message);
    throw err;
  }
  const summaryFile = join(options.out, 'summary.json');
  // A new run replaces the last run's summary at once: killed midway, it leaves one that says it is not complete.
  try {
    writingTo(summaryFile, () => writeFileAtomic(summaryFile, `${JSON.stringify({ complete: false, ok: 0, failed: 0, files: 0, inputs: [] }, null, 2)}\n`));
  } catch (err) {
    if (err instanceof OutputFolderError) throw new BatchArgumentError(err.message);
    throw err;
  }
  const slugs = uniqueSlugs(sources.map((s) => s.agency));
  const entries: BatchEntry[] = sources.map((s, i) => ({
    input: s.label,
    agency: s.agency,
    folder: join(options.out, slugs[i]!),
    status: 'failed',
    files: [],
  }));
  const timings: number[] = [];
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), sources.length));
  const workerUrl = options.workerScript ?? new URL('./worker.js', import.meta.url);
  let next = 0;
  let done = 0;
  let workersRetired = 0;
  const retireAboveBytes = (options.retireAboveRssMb ?? WORKER_RETIRE_RSS_MB * jobs) * 1024 * 1024;
  const retireAfterJobs = options.retireAfterJobs ?? WORKER_RETIRE_MIN_JOBS;
  /** Set once the batch has gone over its memory budget: workers started from then on get the budget's heap limit. */
  let overBudget = false;

  const restoreHeapGrowth = useBatchHeapGrowth();
  try {
    await new Promise<void>((resolve) => {
      let live = jobs;
      /** The job each worker is rendering, so a worker that dies takes only that job down with it. */
      const inFlight = new Map<Worker, number>();
      const timers = new Map<Worker, NodeJS.Timeout>();
      const finish = (r: JobResult) => {
        const entry = entries[r.id]!;
        entry.status = r.status;
        entry.files = r.files;
        if (r.agency) entry.agency = r.agency;
        if (r.error) entry.error = r.error;
        // A province file's agency: its problems placed at their lines in the province file (province-file.ts).
        const relocate = sources[r.id]!.relocate;
        if (r.problems && relocate) entry.error = relocate(r.problems);
        if (r.warnings?.length) entry.warnings = r.warnings;
        if (r.resumed) entry.resumed = true;
        timings.push(...r.timings);
        done++;
        onProgress(done, sources.length, entry);
      };
      /** Stops a worker that has no job left to do, with its time limit; resolves when it has exited. */
      const release = (worker: Worker) => {
        inFlight.delete(worker);
        clearTimeout(timers.get(worker));
        timers.delete(worker);
        return worker.terminate();
      };
      const send = (worker: Worker) => {
        if (next >= sources.length) {
          void release(worker);
          if (--live === 0) resolve();
          return;
        }
        const i = next++;
        const s = sources[i]!;
        const read = s.read();
        const job: JobRequest = {
          id: i,
          label: s.label,
          ...read,
          out: options.out,
          dir: entries[i]!.folder,
          ...(options.resume ? { resume: { inputModified: s.modified ?? Number.POSITIVE_INFINITY } } : {}),
          formats: options.formats,
          documents: options.documents,
          digits: options.digits,
        };
        inFlight.set(worker, i);
        worker.postMessage(job);
        // The input's time limit: a worker still on it then is stopped (terminate() ends even a loop that never
        // yields), the input fails, and a new worker takes the next one.
        clearTimeout(timers.get(worker));
        timers.set(
          worker,
          setTimeout(() => {
            if (inFlight.get(worker) !== i) return;
            inFlight.delete(worker);
            finish({
              id: i,
              status: 'failed',
              files: [],
              timings: [],
              error:
                `หมดเวลา ${timeoutSeconds} วินาที ข้อมูลนี้ใช้เวลานานผิดปกติ (ปกติไม่ถึง ๑ วินาที) ตรวจข้อความที่ยาวผิดปกติ หรือเพิ่มเวลาด้วย --timeout / ` +
                `timed out after ${timeoutSeconds} s (an input usually takes under a second): look for unusually long text, or allow more with --timeout`,
            });
            void worker.terminate();
            send(start());
          }, timeoutSeconds * 1000),
        );
      };
      const start = () => {
        // A worker with a low heap limit is never retired: its memory is bounded already.
        const mayRetire = options.workerMemoryMb === undefined && !overBudget;
        const worker = new Worker(workerUrl, {
          workerData: { formats: options.formats, templates: options.templates, fontDir: options.fontDir, pdfa: options.pdfa },
          resourceLimits: {
            maxYoungGenerationSizeMb: options.workerYoungGenerationMb ?? WORKER_YOUNG_GENERATION_MB,
            maxOldGenerationSizeMb: options.workerMemoryMb ?? (overBudget ? WORKER_BUDGET_OLD_GENERATION_MB : WORKER_OLD_GENERATION_MB),
          },
        });
        let rendered = 0;
        worker.on('message', (r: JobResult) => {
          if (inFlight.get(worker) !== r.id) return; // timed out already
          finish(r);
          rendered++;
          if (mayRetire && next < sources.length && rendered >= retireAfterJobs && process.memoryUsage.rss() > retireAboveBytes) {
            // Retired between jobs: its heap goes back to the system with it, and a worker with the budget's heap limit
            // takes the next input.
            overBudget = true;
            // Over budget, every heap goes back to V8's own growing factor too (WORKER_BUDGET_OLD_GENERATION_MB says why).
            restoreHeapGrowth();
            workersRetired++;
            // The replacement starts once the retired worker's memory is freed, so the two never add up.
            void release(worker).finally(() => send(start()));
            return;
          }
          send(worker);
        });
        // A worker that dies (out of memory, a crash in a library) fails the job it had; a new worker takes its place,
        // so one input that breaks a worker never stops the others.
        let crash: string | undefined;
        worker.on('error', (err) => {
          crash = err.message;
        });
        worker.on('exit', (code) => {
          clearTimeout(timers.get(worker));
          timers.delete(worker);
          const id = inFlight.get(worker);
          if (id === undefined) return;
          inFlight.delete(worker);
          finish({
            id,
            status: 'failed',
            files: [],
            timings: [],
            error: `การสร้างเอกสารหยุดกลางคัน / rendering stopped: ${crash ?? `worker exit code ${code}`}`,
          });
          send(start());
        });
        return worker;
      };
      for (let w = 0; w < jobs; w++) send(start());
    });
  } finally {
    restoreHeapGrowth();
  }

  const summary: BatchSummary = {
    entries,
    ok: entries.filter((e) => e.status === 'ok').length,
    failed: entries.filter((e) => e.status === 'failed').length,
    files: entries.reduce((a, e) => a + e.files.length, 0),
    seconds: (performance.now() - started) / 1000,
    timings,
    workersRetired,
  };
  const report = `${JSON.stringify({ complete: true, ok: summary.ok, failed: summary.failed, files: summary.files, inputs: entries }, null, 2)}\n`;
  try {
    writingTo(summaryFile, () => writeFileAtomic(summaryFile, report));
  } catch (err) {
    if (err instanceof OutputFolderError) throw new BatchArgumentError(err.message);
    throw err;
  }
  return summary;
}
