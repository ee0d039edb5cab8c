/**
 * Batch and render around their output folder (issue 12): checked before anything is rendered, never written through
 * a link, summary.json replaced at the start, --resume, the per-input time limit, warnings in summary.json.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { windows874 } from '../fuzz/mutate.js';
import { ROOT, runCli } from '../helpers.js';

const sample = (name: string) => readFileSync(join(ROOT, 'samples', `${name}.json`), 'utf8');
const temp = (prefix: string) => mkdtempSync(join(tmpdir(), `itadoc-${prefix}-`));
type Summary = { complete: boolean; ok: number; failed: number; inputs: { input: string; status: string; folder: string; error?: string; warnings?: { th: string; en: string }[]; resumed?: boolean }[] };
const summaryOf = (out: string) => JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Summary;
const runBatch = async () =>
  ((await import(join(ROOT, 'dist/batch/run-batch.js'))) as typeof import('../../src/batch/run-batch.js')).runBatch;

describe('the output folder', () => {
  it('through a file is refused before anything is rendered (exit 2, naming the path)', () => {
    const dir = temp('through-file');
    writeFileSync(join(dir, 'file'), 'x');
    const out = join(dir, 'file', 'out');
    for (const command of ['batch', 'render']) {
      const r = runCli([command, join(ROOT, 'samples', 'tak-2568.json'), '--out', out, '--format', 'docx']);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(out);
      expect(r.stderr).toContain('part of the path is a file');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('gives an agency named "summary.json" a folder of its own; the batch and a later --force run complete', () => {
    const inputs = temp('summary-in');
    const named = JSON.parse(sample('tak-2568'));
    named.agency.name = 'summary.json';
    writeFileSync(join(inputs, 'a.json'), JSON.stringify(named));
    writeFileSync(join(inputs, 'b.json'), sample('nakhonpathom-2564'));
    const out = join(temp('summary-out'), 'out');
    for (const extra of [[], ['--force']]) {
      const r = runCli(['batch', inputs, '--out', out, '--format', 'docx', '--quiet', ...extra]);
      expect(r.code, r.stderr).toBe(0);
      const summary = summaryOf(out);
      expect(summary.complete).toBe(true);
      expect(summary.ok).toBe(2);
      expect(summary.inputs[0]!.folder).toBe(join(out, 'summary.json-2'));
    }
    expect(readdirSync(join(out, 'summary.json-2'))).toContain('o42.docx');
  });

  it('never writes through a link in it: that input fails, the file the link points to is untouched', () => {
    const inputs = temp('link-in');
    writeFileSync(join(inputs, 'tak.json'), sample('tak-2568'));
    writeFileSync(join(inputs, 'np.json'), sample('nakhonpathom-2564'));
    const elsewhere = temp('link-target');
    writeFileSync(join(elsewhere, 'o42.docx'), 'precious');
    writeFileSync(join(elsewhere, 'letter.docx'), 'precious too');
    const out = temp('link-out');
    symlinkSync(elsewhere, join(out, 'จังหวัดตาก'));
    // A file of the name itadoc writes that is a link: replaced by the new file, never written through.
    mkdirSync(join(out, 'จังหวัดนครปฐม'));
    symlinkSync(join(elsewhere, 'letter.docx'), join(out, 'จังหวัดนครปฐม', 'letter.docx'));
    const r = runCli(['batch', inputs, '--out', out, '--format', 'docx', '--force', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('symbolic link');
    expect(readFileSync(join(elsewhere, 'o42.docx'), 'utf8')).toBe('precious');
    expect(readFileSync(join(elsewhere, 'letter.docx'), 'utf8')).toBe('precious too');
    expect(readdirSync(elsewhere).sort()).toEqual(['letter.docx', 'o42.docx']);
    expect(existsSync(join(out, 'จังหวัดนครปฐม', 'o42.docx'))).toBe(true);
    expect(lstatSync(join(out, 'จังหวัดนครปฐม', 'letter.docx')).isFile()).toBe(true);
  });

  it('replaces the last summary.json at the start, so a run stopped midway never reports the last one', async () => {
    const out = temp('stale');
    writeFileSync(join(out, 'summary.json'), JSON.stringify({ complete: true, ok: 99, failed: 0, inputs: [] }));
    const seen: Summary[] = [];
    await (await runBatch())(
      { inputs: [join(ROOT, 'samples', 'tak-2568.json')], out, formats: ['docx'], jobs: 1, force: true },
      () => seen.push(summaryOf(out)),
    );
    expect(seen[0]).toMatchObject({ complete: false, ok: 0, inputs: [] });
    expect(summaryOf(out)).toMatchObject({ complete: true, ok: 1 });
  });
});

describe('--resume', () => {
  it('skips inputs whose files are all there and newer than the input, and renders the rest', () => {
    const inputs = temp('resume-in');
    writeFileSync(join(inputs, 'tak.json'), sample('tak-2568'));
    writeFileSync(join(inputs, 'np.json'), sample('nakhonpathom-2564'));
    const out = join(temp('resume-out'), 'out');
    expect(runCli(['batch', inputs, '--out', out, '--format', 'docx', '--quiet']).code).toBe(0);
    // One input changed since: it is rendered again; the other is complete and skipped.
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(inputs, 'np.json'), later, later);
    const r = runCli(['batch', inputs, '--out', out, '--format', 'docx', '--quiet', '--resume']);
    expect(r.code, r.stderr).toBe(0);
    const summary = summaryOf(out);
    expect(summary.inputs.map((e) => [e.input.split('/').pop(), e.status, e.resumed ?? false])).toEqual([
      ['np.json', 'ok', false],
      ['tak.json', 'ok', true],
    ]);
  });
});

describe('the time limit of one input', () => {
  it('fails an input still rendering after it and replaces its worker; the others complete', async () => {
    const out = temp('timeout');
    const inputs = ['first.json', 'stuck.json', 'third.json', 'fourth.json'].map((f) => {
      const file = join(out, '..', `${out.split('/').pop()}-${f}`);
      writeFileSync(file, sample('tak-2568'));
      return file;
    });
    const summary = await (await runBatch())({
      inputs,
      out: join(out, 'out'),
      formats: ['docx'],
      jobs: 1,
      timeoutSeconds: 1,
      workerScript: new URL('./fixtures/stuck-worker.mjs', import.meta.url),
    });
    expect(summary.entries.map((e) => e.status)).toEqual(['ok', 'failed', 'ok', 'ok']);
    expect(summary.entries[1]!.error).toContain('timed out after 1 s');
    expect(summary.entries[1]!.error).toContain('--timeout');
  }, 30_000);

  it('is an option: --timeout must be a number of seconds above 0', () => {
    const r = runCli(['batch', 'samples', '--out', '/tmp/itadoc-never', '--timeout', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--timeout');
  });
});

describe('warnings', () => {
  it('are recorded in summary.json and printed, and never change the exit code', () => {
    const inputs = temp('warn-in');
    // Pru Yai's measures item code for 2566 is seen in one source only; a Windows-874 file is read with a note.
    writeFileSync(join(inputs, 'pruyai.json'), sample('pruyai-2565'));
    writeFileSync(join(inputs, 'legacy.json'), windows874(sample('tak-2568').replace(/"\$schema"[^\n]*\n/, ''))!);
    const out = join(temp('warn-out'), 'out');
    const r = runCli(['batch', inputs, '--out', out, '--format', 'docx', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const summary = summaryOf(out);
    const legacy = summary.inputs.find((e) => e.input.endsWith('legacy.json'))!;
    expect(legacy.status).toBe('ok');
    expect(legacy.warnings!.map((w) => w.en).join('\n')).toContain('Windows-874');
    const pruyai = summary.inputs.find((e) => e.input.endsWith('pruyai.json'))!;
    expect(pruyai.warnings!.map((w) => w.en).join('\n')).toContain('framework.measuresItem.code');
    expect(r.stderr).toContain('Windows-874');
    // The Thai of the legacy file reached the documents intact.
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(join(out, 'จังหวัดตาก', 'o42.docx'))))['word/document.xml']!);
    expect(xml).toContain('จังหวัดตาก');
    expect(xml).not.toMatch(/[\u00a0-\u00ff]{3}|\ufffd/);
  });

  it('are printed by validate and render, which still exit 0', () => {
    for (const args of [['validate', 'samples/pruyai-2565.json'], ['render', 'samples/pruyai-2565.json', '--out', join(temp('warn-render'), 'o'), '--format', 'docx']]) {
      const r = runCli(args);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('คำเตือน / warnings');
      expect(r.stderr).toContain('framework.measuresItem.code');
    }
  });
});

describe('render with several inputs', () => {
  it('renders every good one, reports each bad one, and exits 1 like batch', () => {
    const dir = temp('render-several');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.json'), sample('tak-2568'));
    writeFileSync(join(dir, 'in', 'bad.json'), sample('tak-2568').replace('"fiscalYear": 2568', '"fiscalYear": "2567-2568"'));
    writeFileSync(join(dir, 'in', 'c.json'), sample('nakhonpathom-2564'));
    const r = runCli(['render', ...['a', 'bad', 'c'].map((n) => join(dir, 'in', `${n}.json`)), '--out', join(dir, 'out'), '--format', 'docx']);
    expect(r.code, r.stderr).toBe(1);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a', 'c']);
    expect(r.stderr).toContain('bad.json');
    expect(r.stderr).toContain('fiscalYear');
    expect(r.stderr).toContain('1 of 3 inputs failed');
  });
});
