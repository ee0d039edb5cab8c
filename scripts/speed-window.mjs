#!/usr/bin/env node
/**
 * Compares the batch speed of two builds of itadoc run side by side, for machines whose speed drifts (a shared VM
 * whose capacity changes by a quarter within minutes makes two runs one after the other incomparable).
 *
 *   node scripts/speed-window.mjs TREE_A INPUTS_A TREE_B INPUTS_B [--jobs 1] [--warm 10]
 *
 * TREE is a checkout with `dist/` built (e.g. a `git worktree` of an older commit); INPUTS a folder of input files
 * (e.g. the `inputs/` folder `npm run bench -- --keep` leaves). Both batches start together, each with `--jobs`
 * workers (1 each on a 2-core machine: the load of one `npm run bench`), and the rate compared is the inputs each
 * finished within the window where both were running, after `--warm` seconds, so that both met the same machine.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { jobs: { type: 'string', default: '1' }, warm: { type: 'string', default: '10' }, child: { type: 'boolean', default: false } } });

if (values.child) {
  // One side: the tree's own runBatch, writing the time each input finished.
  const [tree, inputs, report] = positionals;
  const { runBatch } = await import(join(resolve(tree), 'dist/batch/run-batch.js'));
  const out = mkdtempSync(join(tmpdir(), 'speed-window-'));
  const times = [];
  const started = Date.now();
  const summary = await runBatch({ inputs: [resolve(inputs)], out, jobs: Number(values.jobs), formats: ['docx', 'pdf'], documents: ['o42', 'o43'] }, () => times.push(Date.now()));
  rmSync(out, { recursive: true, force: true });
  const { writeFileSync } = await import('node:fs');
  writeFileSync(report, JSON.stringify({ started, times, files: summary.files, inputs: times.length, failed: summary.failed }));
} else {
  if (positionals.length !== 4) {
    console.error('usage: node scripts/speed-window.mjs TREE_A INPUTS_A TREE_B INPUTS_B [--jobs 1] [--warm 10]');
    process.exit(2);
  }
  const work = mkdtempSync(join(tmpdir(), 'speed-window-'));
  const sides = [0, 1].map((i) => ({ tree: positionals[2 * i], inputs: positionals[2 * i + 1], report: join(work, `${i}.json`) }));
  await Promise.all(
    sides.map(
      (side) =>
        new Promise((done, fail) =>
          spawn(process.execPath, [import.meta.filename ?? new URL(import.meta.url).pathname, '--child', '--jobs', values.jobs, side.tree, side.inputs, side.report], { stdio: 'inherit' }).on('exit', (code) =>
            code === 0 ? done() : fail(new Error(`${side.tree} exited with ${code}`)),
          ),
        ),
    ),
  );
  const runs = sides.map((side) => JSON.parse(readFileSync(side.report, 'utf8')));
  rmSync(work, { recursive: true, force: true });
  const from = Math.max(...runs.map((r) => r.started)) + Number(values.warm) * 1000;
  const to = Math.min(...runs.map((r) => r.times.at(-1)));
  if (!(to > from)) throw new Error('the two batches did not run together long enough: give more inputs or a shorter --warm');
  const rates = runs.map((r) => r.times.filter((t) => t > from && t <= to).length / ((to - from) / 1000));
  const filesPerInput = runs.map((r) => r.files / r.inputs);
  sides.forEach((side, i) => console.log(`${side.tree}: ${(rates[i] * filesPerInput[i]).toFixed(2)} files/s (${runs[i].failed} failed)`));
  console.log(`window ${((to - from) / 1000).toFixed(0)} s; B against A: ${((rates[1] * filesPerInput[1]) / (rates[0] * filesPerInput[0]) * 100 - 100).toFixed(1)}%`);
}
