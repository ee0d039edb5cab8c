/**
 * A batch worker thread: loads templates and fonts (the resources) and creates the renderers once, then renders the
 * jobs it is sent one at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createRenderers } from '../pipeline/create-renderers.js';
import type { Format } from '../render/renderer.js';
import { loadResources } from '../resources/load-resources.js';
import { runJob, type JobContext, type JobRequest } from './render-job.js';

const { formats, templates, fontDir, pdfa } = workerData as { formats: Format[]; templates?: string; fontDir?: string; pdfa?: boolean };
let context: JobContext | undefined;

parentPort!.on('message', async (job: JobRequest) => {
  context ??= { resources: loadResources({ templates, fontDir }), renderers: createRenderers(formats, { pdfa }) };
  parentPort!.postMessage(await runJob(job, context));
});
