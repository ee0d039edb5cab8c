/**
 * One batch job: validate one input, render its documents, write them into its own folder. Never throws: every
 * failure becomes a result with a message, so one bad input never stops the others.
 */
import { join } from 'node:path';
import { InputError, loadInputText } from '../input/index.js';
import { agencyLocatorOf, loadInputWorkbook, loadWorkbookValue } from '../workbook/index.js';
import type { SourceContent } from './collect-inputs.js';
import { availableDocuments, type DocumentKind } from '../pipeline/document-kinds.js';
import { renderDocuments, type Renderers } from '../pipeline/render-documents.js';
import type { Format } from '../render/renderer.js';
import type { Resources } from '../resources/resources.js';
import { writeFileAtomic } from './write-atomic.js';

/** What a worker is asked to do. */
export interface JobRequest {
  id: number;
  label: string;
  text?: string;
  readError?: string;
  /** A workbook's bytes (.xlsx). */
  workbook?: Uint8Array;
  /** An agency of a province workbook. */
  sheetInput?: Extract<SourceContent, { sheetInput: unknown }>['sheetInput'];
  /** The agency's own output folder. */
  dir: string;
  formats: Format[];
  documents?: DocumentKind[];
  digits?: 'thai' | 'arabic';
}

/** What a worker answers. */
export interface JobResult {
  id: number;
  status: 'ok' | 'failed';
  agency?: string;
  files: string[];
  error?: string;
  /** Per rendered document: milliseconds. */
  timings: number[];
}

/** What a worker keeps for all its jobs: resources (templates, fonts) and renderers, loaded once. */
export interface JobContext {
  resources: Resources;
  renderers: Renderers;
}

/** Runs one job with the worker's resources and renderers. */
export async function runJob(job: JobRequest, context: JobContext): Promise<JobResult> {
  const base = { id: job.id, files: [] as string[], timings: [] as number[] };
  if (job.readError !== undefined || (job.text === undefined && job.workbook === undefined && job.sheetInput === undefined)) {
    return { ...base, status: 'failed', error: job.readError ?? 'no input' };
  }
  try {
    const sheet = job.sheetInput;
    const loaded = job.workbook
      ? await loadInputWorkbook(job.workbook, job.label)
      : sheet
        ? loadWorkbookValue(sheet.value, job.label, agencyLocatorOf(new Map(sheet.locations), sheet.index, sheet.agency))
        : loadInputText(job.text!, job.label);
    const available = availableDocuments(loaded);
    // In a batch, --doc picks among the documents each input has data for.
    const documents = job.documents ? job.documents.filter((d) => available.includes(d)) : available;
    if (documents.length === 0) {
      return {
        ...base,
        status: 'failed',
        agency: loaded.input.agency.name,
        error: `ไม่มีข้อมูลสำหรับเอกสารที่ขอ / the input has data for none of the requested documents (${(job.documents ?? []).join(', ') || 'any'})`,
      };
    }
    const files = await renderDocuments(loaded, { formats: job.formats, documents, digits: job.digits }, context.resources, context.renderers);
    for (const f of files) writeFileAtomic(join(job.dir, f.name), f.bytes);
    return { ...base, status: 'ok', agency: loaded.input.agency.name, files: files.map((f) => join(job.dir, f.name)), timings: files.map((f) => f.ms) };
  } catch (err) {
    const message = err instanceof InputError ? err.message : err instanceof Error ? err.message : String(err);
    return { ...base, status: 'failed', error: message };
  }
}
