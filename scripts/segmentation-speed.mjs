#!/usr/bin/env node
// segmentation-speed: how fast the PDF renderer finds Thai line breaks (render/pdf/thai-text.ts thaiBreakOffsets).
//
//   node scripts/segmentation-speed.mjs [CHECKOUT] [--runs N] [--no-long]
//   (CHECKOUT: default this one; build it first with npm run build)
//
// Corpus: every string of the samples, each made unique (so no cache answers), joined into paragraphs up to 200,000
// UTF-16 units. Times (median of 5): the corpus paragraph by paragraph, as documents are set; and the same 200,000
// units as ONE text (one enormous field). Works with a checkout from before the dictionary (thaiBreakOffsets(text))
// and after it (thaiBreakOffsets(text, words)).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name) => args.indexOf(name);
const RUNS = option('--runs') >= 0 ? Number(args[option('--runs') + 1]) : 5;
const LONG = option('--no-long') < 0;
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1] === '--runs'));
const checkout = resolve(positional[0] ?? new URL('..', import.meta.url).pathname);
const thaiText = await import(pathToFileURL(join(checkout, 'dist/render/pdf/thai-text.js')).href);
let words;
if (thaiText.wordBreakerFor) {
  const { loadResources } = await import(pathToFileURL(join(checkout, 'dist/resources/load-resources.js')).href);
  const t = performance.now();
  words = thaiText.wordBreakerFor(loadResources().thaiDictionary());
  console.log(`dictionary loaded and built in ${(performance.now() - t).toFixed(0)} ms`);
}
const breaks = (text) => thaiText.thaiBreakOffsets(text, words);

const strings = [];
for (const file of readdirSync(join(checkout, 'samples')).filter((f) => f.endsWith('.json'))) {
  JSON.parse(readFileSync(join(checkout, 'samples', file), 'utf8'), (_k, v) => {
    if (typeof v === 'string' && /[\u0E00-\u0E7F]/u.test(v)) strings.push(v);
    return v;
  });
}
const TARGET = 200_000;
let round = 0;
const paragraphs = [];
let size = 0;
while (size < TARGET) {
  for (const s of strings) {
    const p = `${s} ${round}`;
    paragraphs.push(p);
    size += p.length + 1;
    if (size >= TARGET) break;
  }
  round++;
}
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(label, work) {
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    work(r);
    runs.push(performance.now() - t);
  }
  const ms = median(runs);
  console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${((size / ms) * 1000 / 1e6).toFixed(2)} M units/s`);
}
console.log(`checkout ${checkout}: ${paragraphs.length} paragraphs, ${size} UTF-16 units`);
// Each run gets texts of its own (a suffix), so no cache answers.
time('paragraph by paragraph', (r) => {
  for (const p of paragraphs) breaks(`${p}${'ก'.repeat(r + 1)}`);
});
const one = paragraphs.join('\n');
if (LONG) time('one text of 200,000 units', (r) => breaks(`${one}${'ก'.repeat(r + 1)}`));
