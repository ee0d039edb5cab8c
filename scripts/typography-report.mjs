#!/usr/bin/env node
// typography-report: what a reviewer from the governor's office would circle in the sample documents (issue 13),
// as figures, for every sample and document, "before" and "after".
//
//   npm run typography -- [--before CHECKOUT] [--after CHECKOUT] [--keep DIR]
//   node scripts/typography-report.mjs --before /work/base          (after: this checkout; build it first)
//
// A CHECKOUT is any itadoc work tree with a built CLI (bin/itadoc.js): its own samples are rendered by its own CLI,
// each with a test emblem image (so the emblem's place can be measured), as PDF and DOCX; the DOCX are laid out by
// LibreOffice with a stand-in font of TH SarabunPSK's size (as tests/e2e/pdf-samples.test.ts does). Then, per
// document, from the files alone (poppler, MuPDF, pdf.js, unzip):
//   1  compound splits at line ends   words of tests/fixtures/thai/never-split.txt and data/thai-words/ita-words.txt
//                                     cut by a line end (scripts/thai-line-ends.mjs)
//   2  largest letter spacing         the widest gap between two Thai letter clusters of one word in a line (pt)
//   3  emblem top                     page 1's image top from the page's top edge (cm), memo and letter
//   3  closing with body above        lines of body text above "ขอแสดงความนับถือ" on its page (letter)
//   3  contact footer                 the owning unit's lines: distance of the last one from the page's foot (cm)
//   4  widows, orphans, headings      one-line widows/orphans and bold lines ending a page (heuristic, from line
//                                     geometry: full lines continue a paragraph, indented lines start one)
//   5  inflated table rows            rows at least one empty line taller than their text, PDF and DOCX in LibreOffice
//   3  continuation marks             "/word..." at the foot of each page but the last, letter and form included
//   6  continuation words             marks that are not exactly one slash + the next page's first dictionary word
//   7  DOCX direct sizes              runs with a direct w:sz or w:szCs, of all runs; paragraphs with Word numbering
//   8  text for the web               pdf.js finds น้ำหนัก / ดำเนินการ (NFKC) in the O42; MuPDF likewise
//   8  structure elements             elements of the structure tree by kind; PDF/A option (--pdfa accepted, XMP id)
//      page counts                    PDF against the DOCX in LibreOffice
// Each measure has a target; the closing list names every deliverable whose "after" misses it as NOT DONE.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import { thSarabunSizedFontconfig } from './lib/stand-in-fontconfig.mjs';
import { tracePdf, textLines } from './pdf-trace.mjs';
import { lineEndSplits, pdfLines, readWordLists } from './thai-line-ends.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CM = 72 / 2.54;

// ------------------------------------------------------------------ arguments
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const checkouts = [];
if (opt('--before')) checkouts.push({ label: 'before', dir: resolve(opt('--before')) });
checkouts.push({ label: 'after', dir: resolve(opt('--after') ?? ROOT) });
const keep = opt('--keep');
const work = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'itadoc-typography-'));
mkdirSync(work, { recursive: true });

// The dictionary of this checkout (built): word boundaries for letter spacing and continuation words.
const { loadResources } = await import(pathToFileURL(join(ROOT, 'dist/resources/load-resources.js')).href);
const { wordBreakerFor } = await import(pathToFileURL(join(ROOT, 'dist/render/pdf/thai-text.js')).href);
const { leadingWord } = await import(pathToFileURL(join(ROOT, 'dist/document/running.js')).href);
const words = wordBreakerFor(loadResources().thaiDictionary());
const compounds = readWordLists();
const { getDocument } = await import(pathToFileURL(join(ROOT, 'node_modules/pdfjs-dist/legacy/build/pdf.mjs')).href);

const have = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const isThaiLetter = (c) => (c >= 0x0e01 && c <= 0x0e3a) || (c >= 0x0e40 && c <= 0x0e4e);

// ------------------------------------------------------------------ rendering
/** A small PNG (a grey 60 × 72 block) standing in for the Garuda emblem. */
function emblemPng() {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    data.copy(out, 8);
    out.writeUInt32BE(crc(Buffer.concat([Buffer.from(type, 'latin1'), data])), 8 + data.length);
    return out;
  };
  const [w, h] = [60, 72];
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const raw = Buffer.alloc((w + 1) * h, 0x80);
  for (let y = 0; y < h; y++) raw[y * (w + 1)] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Renders a checkout's samples (with an emblem) as PDF and DOCX; returns { out, samples }. */
function renderCheckout({ label, dir }) {
  const base = join(work, label);
  rmSync(base, { recursive: true, force: true });
  mkdirSync(join(base, 'inputs'), { recursive: true });
  const emblem = join(base, 'emblem.png');
  writeFileSync(emblem, emblemPng());
  const samples = readdirSync(join(dir, 'samples')).filter((f) => f.endsWith('.json')).sort();
  // Pictures beside a sample (samples/school-2568/pdca.svg) are named relative to it: copied along.
  for (const entry of readdirSync(join(dir, 'samples'), { withFileTypes: true })) {
    if (entry.isDirectory()) cpSync(join(dir, 'samples', entry.name), join(base, 'inputs', entry.name), { recursive: true });
  }
  for (const file of samples) {
    const input = JSON.parse(readFileSync(join(dir, 'samples', file), 'utf8'));
    if (input.agency && !input.agency.emblem) input.agency.emblem = emblem;
    writeFileSync(join(base, 'inputs', file), JSON.stringify(input, null, 1));
  }
  const out = join(base, 'out');
  const run = (extra) =>
    spawnSync(process.execPath, [join(dir, 'bin/itadoc.js'), 'render', ...samples.map((f) => join(base, 'inputs', f)), '--out', out, '--format', 'pdf,docx', ...extra], {
      encoding: 'utf8',
    });
  const r = run([]);
  if (r.status !== 0) throw new Error(`${label}: ${dir} could not render its samples:\n${r.stderr}`);
  // PDF/A: does the CLI take --pdfa, and does the file say it is PDF/A?
  const pdfaDir = join(base, 'pdfa');
  const p = spawnSync(process.execPath, [join(dir, 'bin/itadoc.js'), 'render', join(base, 'inputs', samples[0]), '--out', pdfaDir, '--format', 'pdf', '--pdfa'], {
    encoding: 'utf8',
  });
  const pdfaFiles = p.status === 0 && existsSync(pdfaDir) ? readdirSync(pdfaDir).filter((f) => f.endsWith('.pdf')) : [];
  const pdfa = pdfaFiles.length > 0 && pdfaFiles.every((f) => /<pdfaid:part>\d<\/pdfaid:part>/.test(readFileSync(join(pdfaDir, f), 'latin1')));
  return { out, samples: samples.map((f) => basename(f, '.json')), pdfa };
}


/** Lays every DOCX of `out` out with LibreOffice; returns a map docx path → PDF path (empty without soffice). */
function libreOfficePdfs(label, out, docs) {
  const map = new Map();
  if (!have('soffice')) return map;
  const dir = join(work, label, 'lo');
  mkdirSync(dir, { recursive: true });
  for (const { sample, kind } of docs) copyFileSync(join(out, sample, `${kind}.docx`), join(dir, `${sample}-${kind}.docx`));
  spawnSync('sh', ['-c', `cd '${dir}' && timeout 900 soffice -env:UserInstallation=file://${dir}/profile --headless --convert-to pdf *.docx`], {
    encoding: 'utf8',
    env: { ...process.env, FONTCONFIG_FILE: thSarabunSizedFontconfig(ROOT, work) },
  });
  for (const { sample, kind } of docs) {
    const pdf = join(dir, `${sample}-${kind}.pdf`);
    if (existsSync(pdf)) map.set(`${sample}/${kind}`, pdf);
  }
  return map;
}

// ------------------------------------------------------------------ measures
/** Body lines of each page: text lines between the top and bottom margins, with the page's geometry. */
function pagesOf(file) {
  return tracePdf(file).map((page, index) => {
    const lines = textLines(page).filter((l) => l.text.trim());
    const verticals = page.segments.filter((s) => Math.abs(s.x1 - s.x2) < 0.2 && Math.abs(s.y1 - s.y2) > 3);
    const inTable = (l) => verticals.some((v) => Math.min(v.y1, v.y2) - 1 < l.y && l.y < Math.max(v.y1, v.y2) + 1);
    return { index, page, lines, verticals, inTable };
  });
}

/** 2: the widest gap between two Thai letter clusters of one dictionary word in a line. */
function letterSpacing(pages) {
  let max = 0;
  for (const { lines } of pages) {
    for (const line of lines) {
      const breaks = new Set(words.opportunities(line.text).breaks);
      const advancing = line.glyphs.map((g, i) => ({ g, i })).filter(({ g }) => g.adv > 0.01);
      for (let k = 0; k + 1 < advancing.length; k++) {
        const a = advancing[k];
        const b = advancing[k + 1];
        const at = line.offsets[b.i];
        if (!isThaiLetter(line.text.charCodeAt(at - 1)) || !isThaiLetter(line.text.charCodeAt(at)) || breaks.has(at)) continue;
        max = Math.max(max, b.g.x - (a.g.x + a.g.adv));
      }
    }
  }
  return max;
}

/** 3: page 1's first image top, in cm from the page's top edge. */
function emblemTop(pages) {
  const image = pages[0]?.page.images[0];
  return image ? image.y / CM : undefined;
}

/** 3: body lines above "ขอแสดงความนับถือ" on its page (header lines excluded). */
function closingBodyAbove(pages) {
  for (const { lines, page } of pages) {
    const closing = lines.find((l) => l.text.replace(/\s/g, '').includes('ขอแสดงความนับถือ'));
    if (!closing) continue;
    return lines.filter((l) => l.y < closing.y - 1 && l.y > 60 && l.y < page.height - 50).length;
  }
  return undefined;
}

/** 3: the distance from the page foot of the last line of the letter's contact block (โทร./โทรสาร/e-mail), in cm. */
function contactFooter(pages) {
  const last = pages.at(-1);
  if (!last) return undefined;
  const contact = last.lines.filter((l) => /^(โทร|โทรสาร|ไปรษณีย์อิเล็กทรอนิกส์|e-mail|E-mail)/u.test(l.text.trim()));
  if (contact.length === 0) return undefined;
  const lowest = Math.max(...contact.map((l) => l.y));
  return (last.page.height - lowest) / CM;
}

/** 4: one-line widows and orphans, and bold lines ending a page, from paragraph-line geometry (heuristic). */
function pageFlow(pages) {
  const out = { widows: 0, orphans: 0, headings: 0, where: [] };
  const paragraphLines = (p) => {
    const { lines, page, inTable } = p;
    const body = lines.filter((l) => l.y > 65 && l.y < page.height - 50 && !inTable(l));
    // Lines alone at their height (tab columns and table cells share one).
    return body.filter((l) => body.filter((m) => Math.abs(m.y - l.y) < 1).length === 1).sort((a, b) => a.y - b.y);
  };
  for (let i = 0; i + 1 < pages.length; i++) {
    const here = paragraphLines(pages[i]);
    const there = paragraphLines(pages[i + 1]);
    const allHere = pages[i].lines.filter((l) => l.y > 65 && l.y < pages[i].page.height - 50);
    const allThere = pages[i + 1].lines.filter((l) => l.y > 65 && l.y < pages[i + 1].page.height - 50);
    const last = here.at(-1);
    const first = there[0];
    if (!last || !first) continue;
    // Only when these are the page's last and the next page's first text lines.
    const lastOfPage = allHere.every((l) => l.y <= last.y + 1);
    const firstOfPage = allThere.every((l) => l.y >= first.y - 1);
    if (!lastOfPage) continue;
    const right = pages[i].page.width - 56.7;
    const full = (l) => l.x2 >= right - 3;
    const left = Math.min(...here.map((l) => l.x1));
    const previous = here.at(-2);
    const startsParagraph = (l, before) => l.x1 > left + 20 || !before || l.y - before.y > 26;
    if (last.bold && !full(last)) {
      out.headings++;
      out.where.push(`p${i + 1} ends with bold "${last.text.trim().slice(0, 30)}"`);
    } else if (full(last) && startsParagraph(last, previous)) {
      out.orphans++;
      out.where.push(`p${i + 1} ends with a paragraph's first line "${last.text.trim().slice(0, 30)}"`);
    }
    if (firstOfPage && full(last) && !full(first) && !first.bold) {
      const next = there[1];
      if (!next || next.y - first.y > 26 || next.x1 > first.x1 + 20) {
        out.widows++;
        out.where.push(`p${i + 2} starts with a paragraph's last line "${first.text.trim().slice(0, 30)}"`);
      }
    }
  }
  return out;
}

/** 5: table rows at least one empty line taller than their text (bordered tables). */
function inflatedRows(pages) {
  let rows = 0;
  let inflated = 0;
  for (const { page, lines, verticals } of pages) {
    const horizontals = page.segments.filter((s) => Math.abs(s.y1 - s.y2) < 0.2 && Math.abs(s.x1 - s.x2) > 5);
    const ys = [...new Set(horizontals.map((s) => Math.round(s.y1 * 2) / 2))].sort((a, b) => a - b);
    const gaps = [];
    const cellsOf = [];
    for (let k = 0; k + 1 < ys.length; k++) {
      const [top, bottom] = [ys[k], ys[k + 1]];
      if (bottom - top < 4) continue;
      const walls = [...new Set(verticals.filter((v) => Math.min(v.y1, v.y2) <= top + 1 && Math.max(v.y1, v.y2) >= bottom - 1).map((v) => Math.round(v.x1)))].sort((a, b) => a - b);
      if (walls.length < 2) continue;
      const inside = lines.filter((l) => l.y > top && l.y < bottom);
      let most = 0;
      for (let w = 0; w + 1 < walls.length; w++) {
        const cell = inside.filter((l) => l.x1 >= walls[w] - 1 && l.x1 < walls[w + 1]);
        const baselines = [...new Set(cell.map((l) => Math.round(l.y)))].sort((a, b) => a - b);
        most = Math.max(most, baselines.length);
        for (let b = 0; b + 1 < baselines.length; b++) gaps.push(baselines[b + 1] - baselines[b]);
      }
      if (most > 0) cellsOf.push({ height: bottom - top, lines: most, size: Math.max(...inside.map((l) => l.glyphs[0].size)) });
    }
    const sorted = gaps.filter((g) => g > 8 && g < 40).sort((a, b) => a - b);
    for (const row of cellsOf) {
      const line = sorted.length ? sorted[Math.floor(sorted.length / 2)] : row.size * (row.size < 12 ? 1.9 : 1.26);
      rows++;
      if (row.height - row.lines * line > 0.9 * line) inflated++;
    }
  }
  return { rows, inflated };
}

/**
 * The first text of page `page` (1-based) as a reader reads it: the topmost text of the body (below the page number)
 * with whatever lies level with it (within half a line: header cells centred vertically), left to right — a list
 * item's marker with its first line, a table's header row from its first cell, a chart's top label.
 * From pdftotext's word boxes, not its reading order, which follows the content stream (a chart's labels are drawn
 * after its scale).
 */
function firstTextOf(file, page) {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-'], { maxBuffer: 1 << 28 }).toString();
  const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([\s\S]*?)<\/word>/g)]
    .map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3].replace(/[\u200b\n]/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim() }))
    .filter((w) => w.text && !/^-\s*\S+\s*-$/u.test(w.text) && w.y > 60);
  if (words.length === 0) return undefined;
  const top = Math.min(...words.map((w) => w.y));
  return words
    // Level with the top: within half a line, as cells of a header row centred vertically lie.
    .filter((w) => w.y - top <= 12)
    .sort((a, b) => a.x - b.x)
    .map((w) => w.text)
    .join(' ');
}

/** 3/6: continuation marks at page feet, and those that are not one slash + the next page's first dictionary word. */
function continuations(file) {
  const pages = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { maxBuffer: 1 << 28 }).toString().split('\f');
  const count = pages.filter((p) => p.trim()).length;
  let marks = 0;
  const wrong = [];
  for (let p = 0; p + 1 < count; p++) {
    const lastLine = pages[p].split('\n').filter((l) => l.trim()).at(-1)?.trim() ?? '';
    const m = /(?:^|\s{2,})(\/+)(.+?)\.\.\.$/u.exec(lastLine);
    if (!m) continue;
    marks++;
    const next = firstTextOf(file, p + 2);
    const expected = next === undefined ? undefined : leadingWord(next, words);
    if (m[1] !== '/' || m[2] !== expected) wrong.push(`p${p + 1} "${m[1]}${m[2]}..." for "${expected}"`);
  }
  return { pages: count, marks, wrong };
}

/** 7: DOCX runs with a direct size, and paragraphs with Word numbering. */
function docxRuns(file) {
  const r = spawnSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const xml = r.stdout ?? '';
  const runs = xml.match(/<w:r[ >][\s\S]*?<\/w:r>/g) ?? [];
  const sized = runs.filter((run) => /<w:rPr>[\s\S]*?<w:szCs? [\s\S]*?<\/w:rPr>/.test(run)).length;
  const numbered = (xml.match(/<w:numPr>/g) ?? []).length;
  return { runs: runs.length, sized, numbered };
}

/** 8: text pdf.js reads (NFKC, white space removed), and the structure tree's elements by kind. */
async function pdfjsFacts(file) {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  let text = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str;
  }
  await doc.destroy();
  const pdf = readFileSync(file, 'latin1');
  const kinds = {};
  for (const m of pdf.matchAll(/\/S \/(\w+)\s*\n\/P \d+ 0 R/g)) kinds[m[1]] = (kinds[m[1]] ?? 0) + 1;
  return { text: text.normalize('NFKC').replace(/\s+/g, ''), kinds, tagged: /\/StructTreeRoot/.test(pdf) };
}

function mupdfText(file) {
  if (!have('mutool')) return undefined;
  const r = spawnSync('mutool', ['draw', '-q', '-F', 'txt', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return r.stdout.normalize('NFKC').replace(/\s+/g, '');
}

function pageCount(file) {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(r.stdout)?.[1] ?? 0);
}

// ------------------------------------------------------------------ run
const results = {};
for (const checkout of checkouts) {
  process.stderr.write(`${checkout.label}: rendering ${checkout.dir} …\n`);
  const { out, samples, pdfa } = renderCheckout(checkout);
  const docs = [];
  for (const sample of samples) {
    for (const f of readdirSync(join(out, sample)).filter((f) => f.endsWith('.pdf')).sort()) docs.push({ sample, kind: basename(f, '.pdf') });
  }
  process.stderr.write(`${checkout.label}: LibreOffice lays out ${docs.length} DOCX …\n`);
  const lo = libreOfficePdfs(checkout.label, out, docs);
  const perDoc = {};
  for (const { sample, kind } of docs) {
    const pdf = join(out, sample, `${kind}.pdf`);
    const pages = pagesOf(pdf);
    const loPdf = lo.get(`${sample}/${kind}`);
    const splits = lineEndSplits(pdf, compounds);
    const js = await pdfjsFacts(pdf);
    const mu = mupdfText(pdf);
    const key = (w) => w.normalize('NFKC');
    // The words the document holds, as poppler reads it (it follows /ActualText).
    const poppler = pdfLines(pdf).join('').replace(/\s+/g, '');
    const needs = ['น้ำหนัก', 'ดำเนินการ', 'ที่'].filter((w) => poppler.includes(w));
    perDoc[`${sample}/${kind}`] = {
      kind,
      splits: splits.splits.length,
      junctions: splits.junctions,
      spacing: letterSpacing(pages),
      emblem: emblemTop(pages),
      closing: kind === 'letter' ? closingBodyAbove(pages) : undefined,
      contact: kind === 'letter' ? contactFooter(pages) : undefined,
      flow: pageFlow(pages),
      rows: inflatedRows(pages),
      loRows: loPdf ? inflatedRows(pagesOf(loPdf)) : undefined,
      cont: continuations(pdf),
      docx: docxRuns(join(out, sample, `${kind}.docx`)),
      pdfjs: needs.filter((w) => js.text.includes(key(w))),
      pdfjsNeeds: needs,
      mupdf: mu === undefined ? undefined : needs.filter((w) => mu.includes(key(w))),
      kinds: js.kinds,
      tagged: js.tagged,
      pages: pageCount(pdf),
      loPages: loPdf ? pageCount(loPdf) : undefined,
    };
  }
  results[checkout.label] = { docs: perDoc, pdfa };
}

// ------------------------------------------------------------------ report
const labels = checkouts.map((c) => c.label);
const docKeys = [...new Set(labels.flatMap((l) => Object.keys(results[l].docs)))].sort();
const notDone = new Map();
const miss = (item, why) => {
  if (!notDone.has(item)) notDone.set(item, []);
  notDone.get(item).push(why);
};
const cell = (label, key, f) => {
  const d = results[label].docs[key];
  return d === undefined ? '—' : f(d);
};
function table(title, item, f, check) {
  console.log(`\n## ${item}. ${title}\n`);
  console.log(`| document | ${labels.join(' | ')} |`);
  console.log(`|---|${labels.map(() => '---').join('|')}|`);
  for (const key of docKeys) {
    const values = labels.map((l) => cell(l, key, f));
    if (values.every((v) => v === '')) continue;
    console.log(`| ${key} | ${values.join(' | ')} |`);
    const after = results.after.docs[key];
    if (after && check) {
      const problem = check(after, key);
      if (problem) miss(`${item}. ${title}`, `${key}: ${problem}`);
    }
  }
}
const pt = (n) => (n === undefined ? '' : `${n.toFixed(2)} pt`);
const cm = (n) => (n === undefined ? '' : `${n.toFixed(2)} cm`);

console.log(`# Typography report (issue 13)\n\n${labels.map((l) => `- ${l}: ${checkouts.find((c) => c.label === l).dir}`).join('\n')}`);

table('Compound splits at line ends (never-split + ITA lists; target 0)', 1, (d) => `${d.splits} of ${d.junctions}`, (d) => (d.splits > 0 ? `${d.splits} splits` : ''));
table('Largest letter spacing between Thai clusters of one word (target ≤ 1 pt)', 2, (d) => pt(d.spacing), (d) => (d.spacing > 1 ? pt(d.spacing) : ''));
table(
  'Emblem top on page 1 (memo and letter; target ≈ 1.5 cm)',
  3,
  (d) => (['memo', 'letter'].includes(d.kind) ? cm(d.emblem) || 'no image' : ''),
  (d) => (['memo', 'letter'].includes(d.kind) && (d.emblem === undefined || Math.abs(d.emblem - 1.5) > 0.3) ? cm(d.emblem) || 'no emblem drawn' : ''),
);
table(
  'Letter: body lines above the closing on its page (target ≥ 2); contact block from the page foot',
  3,
  (d) => (d.kind === 'letter' ? `${d.closing ?? '?'} lines; contact ${cm(d.contact) || '?'}` : ''),
  (d) => (d.kind === 'letter' && !(d.closing >= 2) ? `${d.closing ?? 'no'} body lines above the closing` : d.kind === 'letter' && !(d.contact < 3.5) ? `contact block ${cm(d.contact) || 'not found'} from the foot` : ''),
);
table(
  'One-line widows / orphans / bold lines ending a page (heuristic; target 0)',
  4,
  (d) => `${d.flow.widows} / ${d.flow.orphans} / ${d.flow.headings}`,
  (d) => (d.flow.widows + d.flow.orphans + d.flow.headings > 0 ? d.flow.where.join('; ') : ''),
);
table(
  'Table rows at least one empty line taller than their text: PDF, DOCX in LibreOffice (target: PDF no more than DOCX)',
  5,
  (d) => (d.rows.rows ? `${d.rows.inflated} of ${d.rows.rows}, ${d.loRows ? `${d.loRows.inflated} of ${d.loRows.rows}` : 'no LibreOffice'}` : ''),
  (d) => (d.rows.rows && (!d.loRows || d.rows.inflated > d.loRows.inflated) ? `PDF ${d.rows.inflated}, DOCX ${d.loRows?.inflated ?? '?'}` : ''),
);
table(
  'Continuation marks on every page but the last, the letter and form included: marks / pages − 1 (target: all)',
  3,
  (d) => `${d.cont.marks} / ${d.cont.pages - 1}`,
  (d) => (d.cont.marks < d.cont.pages - 1 ? `${d.cont.pages - 1 - d.cont.marks} page(s) without a mark` : ''),
);
table(
  'Continuation words that are not one "/" + the next page’s first dictionary word (target: none)',
  6,
  (d) => (d.cont.marks ? `${d.cont.wrong.length} of ${d.cont.marks}${d.cont.wrong.length ? `: ${d.cont.wrong.join(', ')}` : ''}` : ''),
  (d) => (d.cont.wrong.length ? d.cont.wrong.join(', ') : ''),
);
table(
  'DOCX runs with a direct w:sz or w:szCs (target ≤ 10 %); paragraphs with Word numbering',
  7,
  (d) => `${d.docx.sized} of ${d.docx.runs} (${((100 * d.docx.sized) / Math.max(1, d.docx.runs)).toFixed(0)} %); numbered ${d.docx.numbered}`,
  (d) => (d.docx.sized > 0.1 * d.docx.runs ? `${((100 * d.docx.sized) / d.docx.runs).toFixed(0)} % of runs` : ''),
);
table(
  'Words pdf.js and MuPDF extract as written (of น้ำหนัก, ดำเนินการ, ที่ where the document has them)',
  8,
  (d) => `pdf.js ${d.pdfjs.length}/${d.pdfjsNeeds.length}, MuPDF ${d.mupdf === undefined ? '?' : `${d.mupdf.length}/${d.pdfjsNeeds.length}`}`,
  (d) => (d.pdfjsNeeds.some((w) => !d.pdfjs.includes(w)) || (d.mupdf && d.pdfjsNeeds.some((w) => !d.mupdf.includes(w))) ? 'missing words' : ''),
);
table(
  'Structure elements by kind (target: tagged, with headings, paragraphs, and tables/lists where the document has them)',
  8,
  (d) => (d.tagged ? Object.entries(d.kinds).sort().map(([k, n]) => `${k} ${n}`).join(', ') : 'not tagged'),
  (d) => (!d.tagged || !(d.kinds.P > 0) ? 'no structure tree' : ''),
);
table('Page count: PDF, DOCX in LibreOffice (target: within one)', '4/7', (d) => `${d.pages}, ${d.loPages ?? '?'}`, (d) => (d.loPages === undefined || Math.abs(d.pages - d.loPages) > 1 ? `${d.pages} vs ${d.loPages ?? '?'}` : ''));
console.log(`\n## 8. PDF/A option\n\n${labels.map((l) => `- ${l}: ${results[l].pdfa ? '--pdfa writes files that declare PDF/A' : 'no --pdfa'}`).join('\n')}`);
if (!results.after.pdfa) miss('8. PDF/A option', '--pdfa not accepted or the file does not declare PDF/A');

console.log('\n## Deliverables not done (the "after" column misses its target)\n');
if (notDone.size === 0) console.log('None.');
for (const [item, why] of notDone) console.log(`- NOT DONE ${item}: ${why.join('; ')}`);
if (!keep) rmSync(work, { recursive: true, force: true });
else console.log(`\nFiles kept in ${work}`);
