#!/usr/bin/env node
// thai-line-ends: dictionary words split at PDF line ends, as a Thai reader would circle them.
//
//   node scripts/thai-line-ends.mjs FILE.pdf... [--words LIST.txt]... [--quiet]
//
// Reads each PDF's text with `pdftotext -raw` (poppler) and, at every junction between a line that ends with a Thai
// letter and a line that starts with one, joins the two and looks for a word of the lists that the line end cuts:
// a word starting before the junction and ending after it. The lists (one word a line, '#' comments) are by default
// tests/fixtures/thai/never-split.txt (226 compounds a reader never splits) and data/thai-words/ita-words.txt
// (itadoc's official and ITA vocabulary). Prints each split and a total per file; exits 1 when any is found.
//
// Unlike pdfcheck's judge (ICU's segments, which split หน่วย|งาน themselves and so cannot see that cut), this one
// knows the compounds. Used by tests/e2e/pdf-samples.test.ts and scripts/typography-report.mjs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The default word lists. */
export const DEFAULT_LISTS = [`${ROOT}tests/fixtures/thai/never-split.txt`, `${ROOT}data/thai-words/ita-words.txt`];

const THAI_LETTER = /[\u0E01-\u0E3A\u0E40-\u0E4E]/u;

/** The words of word-list files: one a line, '#' comments, Thai letters only. */
export function readWordLists(files = DEFAULT_LISTS) {
  const words = new Set();
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const word = line.replace(/#.*/u, '').trim().normalize('NFC');
      if (word && /^[\u0E01-\u0E3A\u0E40-\u0E4E]+$/u.test(word)) words.add(word);
    }
  }
  return words;
}

/** The lines of a PDF as `pdftotext -raw` reads them, without break marks. */
export function pdfLines(file) {
  const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { maxBuffer: 1 << 30 }).toString();
  return raw.split('\n').map((line) => line.replace(/[\u200B\u2060]/gu, '').trimEnd().normalize('NFC'));
}

/**
 * The junctions between Thai lines of `lines` that cut a word of `words`: [{ line, before, after, word }], where
 * `before|after` is the text around the cut.
 */
export function splitWords(lines, words) {
  let longest = 0;
  for (const w of words) longest = Math.max(longest, w.length);
  const splits = [];
  let junctions = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1].trimStart();
    if (!a || !b || !THAI_LETTER.test(a.at(-1)) || !THAI_LETTER.test(b[0])) continue;
    junctions++;
    const tail = a.slice(-longest);
    const joined = tail + b.slice(0, longest);
    const cut = tail.length;
    let found;
    // The longest word the line end cuts.
    for (let from = Math.max(0, cut - longest + 1); from < cut && !found; from++) {
      for (let to = Math.min(joined.length, from + longest); to > cut; to--) {
        if (words.has(joined.slice(from, to))) {
          if (!found || to - from > found.length) found = joined.slice(from, to);
          break;
        }
      }
    }
    if (found) splits.push({ line: i + 1, before: a.slice(-12), after: b.slice(0, 12), word: found });
  }
  return { junctions, splits };
}

/** Dictionary words split at the line ends of one PDF. */
export function lineEndSplits(file, words = readWordLists()) {
  return splitWords(pdfLines(file), words);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const lists = [];
  const files = [];
  let quiet = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--words') lists.push(args[++i]);
    else if (args[i] === '--quiet') quiet = true;
    else files.push(args[i]);
  }
  if (files.length === 0) {
    console.error('usage: node scripts/thai-line-ends.mjs FILE.pdf... [--words LIST.txt]... [--quiet]');
    process.exit(2);
  }
  const words = readWordLists(lists.length ? lists : DEFAULT_LISTS);
  let total = 0;
  for (const file of files) {
    const { junctions, splits } = lineEndSplits(file, words);
    total += splits.length;
    if (!quiet) for (const s of splits) console.log(`  ${file}:${s.line}: ${s.before}|${s.after}  (${s.word})`);
    console.log(`${splits.length ? 'SPLIT' : 'ok'}: ${file}: ${splits.length} of ${junctions} Thai line ends cut a word`);
  }
  process.exit(total ? 1 : 0);
}
