/**
 * `itadoc batch`: many inputs → one folder per agency. A progress bar on a terminal, plain lines otherwise (or with
 * --quiet), a summary table at the end. Exit code 1 when any input failed.
 */
import { BatchArgumentError, DOCUMENT_KINDS, FORMATS, formatWarnings, runBatch, type BatchEntry, type DocumentKind, type Format } from '../index.js';
import { EXIT, UsageError } from './errors.js';
import { parseList } from './render-command.js';

/** Options of the batch command. */
export interface BatchCommandOptions {
  inputs: string[];
  out: string;
  jobs?: number;
  format: string;
  doc?: string;
  templates?: string;
  digits?: 'thai' | 'arabic';
  fontDir?: string;
  /** PDFs as PDF/A-2b. */
  pdfa?: boolean;
  force: boolean;
  resume?: boolean;
  /** Seconds one input may take (--timeout). */
  timeout?: number;
  quiet: boolean;
}

function bar(done: number, total: number, width = 30): string {
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}

/** Runs the batch and returns the exit code. */
export async function runBatchCommand(o: BatchCommandOptions, out: (t: string) => void, err: (t: string) => void): Promise<number> {
  const formats = parseList<Format>(o.format, FORMATS, 'format');
  const documents = o.doc ? parseList<DocumentKind>(o.doc, DOCUMENT_KINDS, 'doc') : undefined;
  if (o.jobs !== undefined && (!Number.isInteger(o.jobs) || o.jobs < 1)) {
    throw new UsageError(`--jobs ต้องเป็นจำนวนเต็มบวก / --jobs must be a whole number from 1 up (got ${o.jobs})`);
  }
  if (o.timeout !== undefined && !(o.timeout > 0)) {
    throw new UsageError(`--timeout ต้องเป็นจำนวนวินาทีมากกว่า 0 / --timeout must be a number of seconds above 0 (got ${o.timeout})`);
  }
  const tty = process.stderr.isTTY && !o.quiet;
  const failedLines: string[] = [];
  const warningLines: string[] = [];
  let summary;
  try {
    summary = await runBatch(
      {
        inputs: o.inputs,
        out: o.out,
        jobs: o.jobs,
        formats,
        documents,
        templates: o.templates,
        digits: o.digits,
        fontDir: o.fontDir,
        pdfa: o.pdfa,
        force: o.force,
        resume: o.resume,
        timeoutSeconds: o.timeout,
      },
      (done, total, entry: BatchEntry) => {
        const mark = entry.status === 'ok' ? '✓' : '✗';
        if (tty) process.stderr.write(`\r${bar(done, total)} ${mark} ${entry.agency}`.slice(0, 120).padEnd(100));
        else err(`${mark} ${done}/${total} ${entry.input} → ${entry.status === 'ok' ? entry.folder : 'failed'}`);
        if (entry.status === 'failed') failedLines.push(`✗ ${entry.input}\n${indent(entry.error ?? '')}`);
        if (entry.warnings?.length) warningLines.push(formatWarnings(entry.input, entry.warnings));
      },
    );
  } catch (e) {
    if (e instanceof BatchArgumentError) throw new UsageError(e.message);
    throw e;
  }
  if (tty) process.stderr.write('\n');
  const rate = summary.seconds > 0 ? summary.files / summary.seconds : 0;
  out('');
  out('สรุป / summary');
  out(`  สำเร็จ / ok        ${summary.ok}`);
  out(`  ไม่สำเร็จ / failed  ${summary.failed}`);
  out(`  ไฟล์ / files       ${summary.files}`);
  const resumed = summary.entries.filter((e) => e.resumed).length;
  if (resumed > 0) out(`  ครบแล้ว ข้าม / resumed ${resumed}`);
  if (warningLines.length) out(`  คำเตือน / warnings  ${warningLines.length}`);
  out(`  เวลา / time        ${summary.seconds.toFixed(1)} s (${rate.toFixed(1)} files/s)`);
  out(`  รายงาน / report    ${o.out}/summary.json`);
  if (warningLines.length) {
    err('');
    for (const l of warningLines) err(l);
  }
  if (failedLines.length) {
    err('');
    err('ข้อมูลที่ไม่สำเร็จ / failed inputs');
    for (const l of failedLines) err(l);
  }
  return summary.failed > 0 ? EXIT.someFailed : EXIT.ok;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}
