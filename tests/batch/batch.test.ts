import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs, mergeInput } from '../../src/batch/collect-inputs.js';
import { slugify, uniqueSlugs } from '../../src/batch/slug.js';
import { ROOT, runCli } from '../helpers.js';

const SAMPLES = ['pathumthani-2563', 'pruyai-2565', 'nakhonpathom-2564', 'tak-2568'];
const sample = (name: string) => readFileSync(join(ROOT, 'samples', `${name}.json`), 'utf8');

describe('agency folder names', () => {
  it('keeps Thai names and drops what file systems refuse', () => {
    expect(slugify('จังหวัดตาก')).toBe('จังหวัดตาก');
    expect(slugify('../../etc/passwd')).toBe('____etc_passwd');
    expect(slugify('ก<>:"|?*ข')).toBe('ก_______ข');
    expect(slugify('CON')).toBe('_CON');
    expect(slugify('ชื่อ. ')).toBe('ชื่อ');
    expect(slugify('..')).toBe('_');
  });

  it('drops control and bidirectional characters, and cuts a long name in linear time', () => {
    expect(slugify('\u202eจังหวัด\u202c')).toBe('จังหวัด');
    expect(slugify('\u2067ชื่อ\u2069 x\u0000y\u200b')).toBe('ชื่อ x_y');
    expect(slugify('a\ud800b')).toBe('a_b');
    const long = slugify('ก'.repeat(200_000));
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(150);
    expect(slugify('. '.repeat(100_000))).toBe('_');
  });

  it('never gives an agency the name of a file itadoc writes', () => {
    expect(uniqueSlugs(['summary.json', 'Summary.JSON', 'จังหวัดตาก'])).toEqual(['summary.json-2', 'Summary.JSON-3', 'จังหวัดตาก']);
  });

  it('never gives two inputs the same folder', () => {
    expect(uniqueSlugs(['จังหวัดตาก', 'จังหวัดนครปฐม', 'จังหวัดตาก', 'จังหวัดตาก'])).toEqual([
      'จังหวัดตาก',
      'จังหวัดนครปฐม',
      'จังหวัดตาก-2',
      'จังหวัดตาก-3',
    ]);
  });
});

describe('province files', () => {
  it('lays each agency over the shared part: objects merge, lists and values replace', () => {
    expect(
      mergeInput(
        { agency: { kind: 'department', phone: '1' }, measures: [1, 2], fiscalYear: 2568 },
        { agency: { name: 'ก' }, measures: [3] },
      ),
    ).toEqual({ agency: { kind: 'department', phone: '1', name: 'ก' }, measures: [3], fiscalYear: 2568 });
  });

  it('expands into one input per agency, labelled by its place in the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'itadoc-prov-'));
    const shared = JSON.parse(sample('tak-2568'));
    delete shared.agency;
    writeFileSync(
      join(dir, 'tak.json'),
      JSON.stringify({ shared, agencies: [{ agency: { name: 'สำนักงานจังหวัดตาก', kind: 'regional-office' } }, { agency: { name: 'สำนักงานสาธารณสุขจังหวัดตาก', kind: 'regional-office' } }] }),
    );
    const sources = await collectInputs([dir]);
    expect(sources.map((s) => s.label)).toEqual([`${join(dir, 'tak.json')}#agencies[0]`, `${join(dir, 'tak.json')}#agencies[1]`]);
    expect(sources.map((s) => s.agency)).toEqual(['สำนักงานจังหวัดตาก', 'สำนักงานสาธารณสุขจังหวัดตาก']);
    const read = sources[1]!.read();
    if (!('text' in read)) throw new Error('readError' in read ? read.readError : 'not text');
    expect(JSON.parse(read.text).measures.length).toBe(shared.measures.length);
  });
});

describe('province files with a key given twice', () => {
  it('are refused whole, naming the key and its lines: reading them would keep only the last', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'itadoc-prov-twice-'));
    const file = join(dir, 'province.json');
    writeFileSync(
      file,
      '{\n  "shared": { "fiscalYear": 2568, "fiscalYear": 2567 },\n  "agencies": [ { "agency": { "name": "ก", "kind": "province" } } ]\n}\n',
    );
    const sources = await collectInputs([file]);
    expect(sources).toHaveLength(1);
    const read = sources[0]!.read();
    expect('readError' in read && read.readError).toContain('each field name once');
    expect('readError' in read && read.readError).toContain(`${file}:2`);
  });
});

describe('itadoc batch', () => {
  it('renders every good input, reports the broken ones, exits 1', () => {
    const inputs = mkdtempSync(join(tmpdir(), 'itadoc-batch-in-'));
    for (let copy = 0; copy < 3; copy++) for (const s of SAMPLES) writeFileSync(join(inputs, `${s}-${copy}.json`), sample(s));
    const truncated = sample('pathumthani-2563').slice(0, 500);
    writeFileSync(join(inputs, 'broken-truncated.json'), truncated);
    writeFileSync(join(inputs, 'broken-score.json'), sample('pathumthani-2563').replace('97.81', '197.81'));
    const out = join(mkdtempSync(join(tmpdir(), 'itadoc-batch-out-')), 'out');

    const r = runCli(['batch', inputs, '--out', out, '--format', 'docx,pdf', '--quiet']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);

    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.ok).toBe(12);
    expect(summary.failed).toBe(2);
    const failed = summary.inputs.filter((e: { status: string }) => e.status === 'failed');
    expect(failed.map((e: { input: string }) => e.input.split('/').pop()).sort()).toEqual(['broken-score.json', 'broken-truncated.json']);
    expect(failed.find((e: { input: string }) => e.input.endsWith('broken-score.json')).error).toContain('scores.indicators.1');
    expect(failed.find((e: { input: string }) => e.input.endsWith('broken-truncated.json')).error).toMatch(/:\d+:\d+/);

    // 12 agency folders (3 copies of 4 agencies, never sharing a folder), each complete.
    const folders = readdirSync(out).filter((f) => f !== 'summary.json');
    expect(folders).toHaveLength(12);
    expect(folders).toContain('จังหวัดตาก-3');
    for (const folder of folders) {
      const files = readdirSync(join(out, folder));
      expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
      expect(files).toContain('o42.docx');
      expect(files).toContain('o42.pdf');
    }
    expect(existsSync(join(out, 'จังหวัดตาก', 'o43.pdf'))).toBe(true);
  }, 300_000);

  it('refuses a non-empty output folder without --force (exit 2)', () => {
    const out = mkdtempSync(join(tmpdir(), 'itadoc-batch-used-'));
    mkdirSync(join(out, 'something'));
    const r = runCli(['batch', join(ROOT, 'samples', 'tak-2568.json'), '--out', out, '--format', 'docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
    const forced = runCli(['batch', join(ROOT, 'samples', 'tak-2568.json'), '--out', out, '--format', 'docx', '--force', '--quiet']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(existsSync(join(out, 'จังหวัดตาก', 'o43.docx'))).toBe(true);
  });

  it('rejects unusable arguments with exit 2', () => {
    expect(runCli(['batch', 'samples', '--out', '/tmp/x-never', '--format', 'odt']).code).toBe(2);
    expect(runCli(['batch', 'samples', '--out', '/tmp/x-never', '--jobs', '0']).code).toBe(2);
  });
});

describe('a batch over its memory budget', () => {
  it('retires a worker between jobs once, and its replacement, with the budget heap limit, is never retired', async () => {
    const { runBatch } = (await import(join(ROOT, 'dist/batch/run-batch.js'))) as typeof import('../../src/batch/run-batch.js');
    const out = mkdtempSync(join(tmpdir(), 'itadoc-retire-'));
    const inputs = [...SAMPLES, 'songhong-2567', 'school-2568'].map((s) => join(ROOT, 'samples', `${s}.json`));
    // Any process is above 1 MB: the first worker is retired after its second input; the one that takes over renders
    // the other four.
    const summary = await runBatch({ inputs, out, formats: ['docx'], jobs: 1, force: true, retireAboveRssMb: 1, retireAfterJobs: 2 });
    expect(summary.failed).toBe(0);
    expect(summary.workersRetired).toBe(1);
    for (const entry of summary.entries) expect(entry.files.length).toBeGreaterThan(0);
    const within = await runBatch({ inputs, out, formats: ['docx'], jobs: 1, force: true, retireAboveRssMb: 100_000, retireAfterJobs: 1 });
    expect(within.workersRetired).toBe(0);
  }, 300_000);
});

describe('a worker that dies', () => {
  it('fails only the job it had; a new worker takes the next one and the batch ends with a summary', async () => {
    // The built module: workers run dist/batch/worker.js. A heap limit no worker can start under makes every
    // worker die with its job, as an input that exhausts memory would.
    const { runBatch } = (await import(join(ROOT, 'dist/batch/run-batch.js'))) as typeof import('../../src/batch/run-batch.js');
    const out = mkdtempSync(join(tmpdir(), 'itadoc-crash-'));
    const inputs = SAMPLES.slice(0, 2).map((s) => join(ROOT, 'samples', `${s}.json`));
    const summary = await runBatch({ inputs, out, formats: ['pdf'], jobs: 1, force: true, workerMemoryMb: 4 });
    expect(summary.failed).toBe(2);
    for (const entry of summary.entries) expect(entry.error).toMatch(/rendering stopped: .*memory/);
    const written = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { failed: number };
    expect(written.failed).toBe(2);
  });
});
