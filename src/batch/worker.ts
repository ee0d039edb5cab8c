/**
 * A batch worker thread: loads templates and fonts once, then renders the jobs it is sent one at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PdfRenderer } from '../render/render-input.js';
import { loadPdfRenderer } from '../render/pdf-renderer.js';
import { runJob, type JobRequest } from './render-job.js';

const { withPdf, fontDir } = workerData as { withPdf: boolean; fontDir?: string };
let pdf: PdfRenderer | undefined;

parentPort!.on('message', async (job: JobRequest) => {
  if (withPdf && !pdf) pdf = await loadPdfRenderer(fontDir);
  parentPort!.postMessage(await runJob(job, pdf));
});
