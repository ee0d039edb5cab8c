/**
 * Batch stage: many inputs → one folder per agency, rendered by a pool of worker threads.
 *
 * Each worker loads templates and fonts once and renders one job at a time; the main thread only hands out jobs and
 * collects results, and never holds more than one pending job per worker, so memory stays flat however many
 * agencies there are. Output folders: `<out>/<agency-slug>/<doc>.<ext>`, plus `<out>/summary.json`.
 *
 * An existing, non-empty output folder is refused unless `force` is set; with `force`, agency folders of the same
 * name are overwritten file by file (each file replaced atomically) and other content is left alone.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentKind } from '../pipeline/document-kinds.js';
import type { Format } from '../render/renderer.js';
import { checkTemplates } from '../pipeline/render-documents.js';
import { loadResources } from '../resources/load-resources.js';
import { writeFileAtomic } from './write-atomic.js';
import { collectInputs } from './collect-inputs.js';
import type { JobRequest, JobResult } from './render-job.js';
import { uniqueSlugs } from './slug.js';

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
  force?: boolean;
  /** Old-generation heap limit of each worker, in MB (Node's default when absent). */
  workerMemoryMb?: number;
}

/** One line of summary.json. */
export interface BatchEntry {
  input: string;
  agency: string;
  folder: string;
  status: 'ok' | 'failed';
  files: string[];
  error?: string;
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
  if (existsSync(options.out)) {
    if (!statSync(options.out).isDirectory()) throw new BatchArgumentError(`${options.out} เป็นไฟล์ ไม่ใช่โฟลเดอร์ / ${options.out} is a file, not a folder`);
    if (!options.force && readdirSync(options.out).length > 0) {
      throw new BatchArgumentError(
        `โฟลเดอร์ ${options.out} มีไฟล์อยู่แล้ว ใช้ --force เพื่อเขียนทับ / ${options.out} is not empty: use --force to overwrite`,
      );
    }
  }
  // Check the templates here too, so a missing or broken templates folder stops the batch before any input.
  checkTemplates(loadResources({ templates: options.templates }));
  const sources = await collectInputs(options.inputs);
  if (sources.length === 0) throw new BatchArgumentError('ไม่พบไฟล์ JSON หรือ .xlsx / no JSON or .xlsx inputs found');
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
  const workerUrl = new URL('./worker.js', import.meta.url);
  let next = 0;
  let done = 0;

  await new Promise<void>((resolve) => {
    let live = jobs;
    /** The job each worker is rendering, so a worker that dies takes only that job down with it. */
    const inFlight = new Map<Worker, number>();
    const finish = (r: JobResult) => {
      const entry = entries[r.id]!;
      entry.status = r.status;
      entry.files = r.files;
      if (r.agency) entry.agency = r.agency;
      if (r.error) entry.error = r.error;
      timings.push(...r.timings);
      done++;
      onProgress(done, sources.length, entry);
    };
    const send = (worker: Worker) => {
      if (next >= sources.length) {
        inFlight.delete(worker);
        void worker.terminate();
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
        dir: entries[i]!.folder,
        formats: options.formats,
        documents: options.documents,
        digits: options.digits,
      };
      inFlight.set(worker, i);
      worker.postMessage(job);
    };
    const start = () => {
      const worker = new Worker(workerUrl, {
        workerData: { formats: options.formats, templates: options.templates, fontDir: options.fontDir },
        ...(options.workerMemoryMb ? { resourceLimits: { maxOldGenerationSizeMb: options.workerMemoryMb } } : {}),
      });
      worker.on('message', (r: JobResult) => {
        finish(r);
        send(worker);
      });
      // A worker that dies (out of memory, a crash in a library) fails the job it had; a new worker takes its place,
      // so one input that breaks a worker never stops the others.
      let crash: string | undefined;
      worker.on('error', (err) => {
        crash = err.message;
      });
      worker.on('exit', (code) => {
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

  const summary: BatchSummary = {
    entries,
    ok: entries.filter((e) => e.status === 'ok').length,
    failed: entries.filter((e) => e.status === 'failed').length,
    files: entries.reduce((a, e) => a + e.files.length, 0),
    seconds: (performance.now() - started) / 1000,
    timings,
  };
  writeFileAtomic(
    join(options.out, 'summary.json'),
    `${JSON.stringify({ ok: summary.ok, failed: summary.failed, files: summary.files, inputs: entries }, null, 2)}\n`,
  );
  return summary;
}
