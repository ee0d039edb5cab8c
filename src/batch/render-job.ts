/**
 * One batch job: validate one input, render its documents, write them into its own folder. Never throws: every
 * failure becomes a result with a message, so one bad input never stops the others.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { inputWarnings } from '../analysis/index.js';
import { InputError, loadInputText, type Bilingual, type InputProblem, type LoadedInput } from '../input/index.js';
import { workbookStage } from '../workbook/on-demand.js';
import type { SourceContent } from './collect-inputs.js';
import { availableDocuments, type DocumentKind } from '../pipeline/document-kinds.js';
import { renderDocuments, type Renderers } from '../pipeline/render-documents.js';
import type { Format } from '../render/renderer.js';
import type { Resources } from '../resources/resources.js';
import { unsafeFolder, writingTo } from './output-folder.js';
import { writeFileAtomic } from './write-atomic.js';

/** What a worker is asked to do. */
export interface JobRequest {
  id: number;
  label: string;
  text?: string;
  /** How the file was decoded, when it was not UTF-8: reported with the warnings. */
  notes?: Bilingual[];
  readError?: string;
  /** A workbook's bytes (.xlsx). */
  workbook?: Uint8Array;
  /** An agency of a province workbook. */
  sheetInput?: Extract<SourceContent, { sheetInput: unknown }>['sheetInput'];
  /** The output folder of the whole batch (`--out`): nothing is written outside it. */
  out: string;
  /** The agency's own output folder. */
  dir: string;
  formats: Format[];
  documents?: DocumentKind[];
  digits?: 'thai' | 'arabic';
  /**
   * --resume: when every file this input would write is already in its folder and newer than the input (changed at
   * `inputModified`, ms), nothing is rendered. Files are only ever written whole (write-atomic.ts), so a file that
   * is there is complete.
   */
  resume?: { inputModified: number };
}

/** What a worker answers. */
export interface JobResult {
  id: number;
  status: 'ok' | 'failed';
  agency?: string;
  files: string[];
  error?: string;
  /** Things to look at in an input that was still rendered. */
  warnings?: Bilingual[];
  /** True when --resume found the files complete and rendered nothing. */
  resumed?: boolean;
  /** Per rendered document: milliseconds. */
  timings: number[];
  /** The problems of an input refused, for the batch to place them in its file (province files). */
  problems?: InputProblem[];
}

/** What a worker keeps for all its jobs: resources (templates, fonts) and renderers, loaded once. */
export interface JobContext {
  resources: Resources;
  renderers: Renderers;
}

/** True when `file` is a regular file (not a link) changed after `since`. */
function completeSince(file: string, since: number): boolean {
  try {
    const stat = lstatSync(file);
    return stat.isFile() && stat.mtimeMs >= since;
  } catch {
    return false;
  }
}

/** A job's input read from a workbook, or from an agency of a province workbook (the workbook stage loads on first use). */
async function fromWorkbook(job: JobRequest): Promise<LoadedInput> {
  const { agencyLocatorOf, loadInputWorkbook, loadWorkbookValue } = await workbookStage();
  const sheet = job.sheetInput;
  if (job.workbook) return loadInputWorkbook(job.workbook, job.label);
  return loadWorkbookValue(sheet!.value, job.label, agencyLocatorOf(new Map(sheet!.locations), sheet!.index, sheet!.agency));
}

/** Runs one job with the worker's resources and renderers. */
export async function runJob(job: JobRequest, context: JobContext): Promise<JobResult> {
  const base = { id: job.id, files: [] as string[], timings: [] as number[] };
  if (job.readError !== undefined || (job.text === undefined && job.workbook === undefined && job.sheetInput === undefined)) {
    return { ...base, status: 'failed', error: job.readError ?? 'no input' };
  }
  try {
    const validated = job.workbook || job.sheetInput ? await fromWorkbook(job) : loadInputText(job.text!, job.label);
    const loaded = job.notes?.length ? { ...validated, notes: job.notes } : validated;
    const warnings = inputWarnings(loaded);
    const agency = loaded.input.agency.name;
    const available = availableDocuments(loaded);
    // In a batch, --doc picks among the documents each input has data for.
    const documents = job.documents ? job.documents.filter((d) => available.includes(d)) : available;
    if (documents.length === 0) {
      return {
        ...base,
        status: 'failed',
        agency,
        warnings,
        error: `ไม่มีข้อมูลสำหรับเอกสารที่ขอ / the input has data for none of the requested documents (${(job.documents ?? []).join(', ') || 'any'})`,
      };
    }
    const unsafe = unsafeFolder(job.out, job.dir);
    if (unsafe) return { ...base, status: 'failed', agency, warnings, error: unsafe };
    if (job.resume) {
      const expected = documents.flatMap((kind) => job.formats.map((format) => join(job.dir, `${kind}.${format}`)));
      if (expected.every((file) => completeSince(file, job.resume!.inputModified))) {
        return { ...base, status: 'ok', agency, warnings, files: expected, resumed: true };
      }
    }
    const files = await renderDocuments(loaded, { formats: job.formats, documents, digits: job.digits }, context.resources, context.renderers);
    for (const f of files) writingTo(join(job.dir, f.name), () => writeFileAtomic(join(job.dir, f.name), f.bytes));
    return { ...base, status: 'ok', agency, warnings, files: files.map((f) => join(job.dir, f.name)), timings: files.map((f) => f.ms) };
  } catch (err) {
    const message = err instanceof InputError ? err.message : err instanceof Error ? err.message : String(err);
    return { ...base, status: 'failed', error: message, ...(err instanceof InputError ? { problems: err.problems } : {}) };
  }
}
