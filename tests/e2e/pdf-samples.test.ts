/**
 * End to end: every sample and document kind as PDF, checked as the reviewer does — no missing glyph (mutool),
 * nothing past the right margin, line ends on word boundaries (pdfcheck's ICU judge, and no compound of the
 * never-split and ITA lists cut at a line end: scripts/thai-line-ends.mjs), the seed's facts in the extracted text,
 * identical bytes on a second render, and a page count within one page of the same DOCX laid out by LibreOffice.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';
import { thSarabunSizedFontconfig } from '../../scripts/lib/stand-in-fontconfig.mjs';
import { lineEndSplits, readWordLists } from '../../scripts/thai-line-ends.mjs';
import { SAMPLE_FACTS } from '../sample-facts.js';
import { PDFCHECK, hasPdfcheck, pdfFlatText, pdfPages, requireTools, sofficeProfileArg } from './tools.js';

const ok = requireTools('pdftotext', 'mutool', 'pdfinfo');
const withLibreOffice = ok && requireTools('soffice');
const work = mkdtempSync(join(tmpdir(), 'itadoc-e2e-pdf-'));
const first = join(work, 'first');
const second = join(work, 'second');
const samples = Object.keys(SAMPLE_FACTS).map((s) => `samples/${s}.json`);
/** Compounds a reader never splits: tests/fixtures/thai/never-split.txt and data/thai-words/ita-words.txt. */
const compounds = readWordLists();


describe.skipIf(!ok)('PDF of every sample', () => {
  beforeAll(() => {
    for (const out of [first, second]) {
      const r = runCli(['render', ...samples, '--out', out, '--format', 'pdf,docx']);
      expect(r.code, r.stderr).toBe(0);
    }
  }, 600_000);

  for (const [sample, facts] of Object.entries(SAMPLE_FACTS)) {
    for (const kind of facts.documents) {
      const pdf = () => join(first, sample, `${kind}.pdf`);

      it(`${sample} ${kind}.pdf: no missing glyph, nothing past the margin, words whole, facts present`, () => {
        const trace = spawnSync('mutool', ['trace', pdf()], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout;
        expect(trace).toContain('<g ');
        expect(trace).not.toMatch(/glyph="(0|\.notdef)"/);
        const text = pdfFlatText(pdf());
        for (const fact of facts.text[kind] ?? []) expect(text, `${sample} ${kind}: ${fact}`).toContain(fact.replace(/\s+/g, ''));
        // Sara am survives extraction: "ดำเนิน", never the decomposed "ดำาเนิน".
        expect(text).not.toContain('\u0e4d\u0e32');
        if (hasPdfcheck) {
          const args = [PDFCHECK, pdf(), ...(facts.text[kind] ?? []).flatMap((f) => ['--expect', f])];
          const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
          expect(r.status, r.stdout).toBe(0);
        }
      });

      it(`${sample} ${kind}.pdf: no dictionary word split at a line end`, () => {
        const { junctions, splits } = lineEndSplits(pdf(), compounds);
        expect(junctions).toBeGreaterThan(0);
        expect(splits.map((s) => `${s.before}|${s.after} (${s.word})`)).toEqual([]);
      });

      it(`${sample} ${kind}.pdf: a second render gives identical bytes`, () => {
        expect(readFileSync(join(second, sample, `${kind}.pdf`)).equals(readFileSync(pdf()))).toBe(true);
      });
    }
  }

  it.skipIf(!withLibreOffice)('page counts are within one page of the DOCX laid out by LibreOffice', () => {
    const conf = thSarabunSizedFontconfig(ROOT, work);
    const loDir = join(work, 'lo');
    mkdirSync(loDir);
    const pairs: [string, string][] = [];
    for (const [sample, facts] of Object.entries(SAMPLE_FACTS)) {
      for (const kind of facts.documents) {
        copyFileSync(join(first, sample, `${kind}.docx`), join(loDir, `${sample}-${kind}.docx`));
        pairs.push([join(first, sample, `${kind}.pdf`), join(loDir, `${sample}-${kind}.pdf`)]);
      }
    }
    const r = spawnSync('sh', ['-c', `cd '${loDir}' && timeout 600 soffice ${sofficeProfileArg(work)} --headless --convert-to pdf *.docx`], {
      encoding: 'utf8',
      env: { ...process.env, FONTCONFIG_FILE: conf },
    });
    expect(r.status, r.stderr).toBe(0);
    const counts = pairs.map(([ours, lo]) => ({ file: ours.slice(first.length + 1), pdf: pdfPages(ours), libreoffice: pdfPages(lo) }));
    expect(counts.every((c) => c.pdf > 0 && Math.abs(c.pdf - c.libreoffice) <= 1), JSON.stringify(counts)).toBe(true);
  }, 600_000);
});
