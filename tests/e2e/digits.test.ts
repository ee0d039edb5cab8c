/**
 * `--digits arabic` on the files themselves, not the tree: no Thai digit anywhere in any sample's PDF text (as
 * pdftotext extracts it, page numbers included) or in any part of its DOCX (word/*.xml: body, headers, numbering).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES, runCli } from '../helpers.js';
import { requireTools } from './tools.js';

const ok = requireTools('pdftotext');
const out = mkdtempSync(join(tmpdir(), 'itadoc-digits-'));
const THAI_DIGIT = /[\u0e50-\u0e59]/gu;

describe.skipIf(!ok)('--digits arabic', () => {
  beforeAll(() => {
    const r = runCli(['render', ...SAMPLES.map((s) => `samples/${s}.json`), '--out', out, '--digits', 'arabic']);
    expect(r.code, r.stderr).toBe(0);
  }, 300_000);

  for (const sample of SAMPLES) {
    it(`${sample}: no Thai digit in any PDF's text or any DOCX part`, () => {
      const dir = join(out, sample);
      const files = readdirSync(dir);
      expect(files.length).toBeGreaterThanOrEqual(2);
      for (const file of files.filter((f) => f.endsWith('.pdf'))) {
        const text = spawnSync('pdftotext', ['-enc', 'UTF-8', join(dir, file), '-'], { encoding: 'utf8' }).stdout;
        expect(text, file).toMatch(/[0-9]/);
        expect(text.match(THAI_DIGIT) ?? [], file).toEqual([]);
      }
      for (const file of files.filter((f) => f.endsWith('.docx'))) {
        const parts = unzipSync(new Uint8Array(readFileSync(join(dir, file))), { filter: (f) => /^word\/.*\.xml$/.test(f.name) });
        expect(Object.keys(parts).length).toBeGreaterThan(2);
        for (const [part, bytes] of Object.entries(parts)) expect(strFromU8(bytes).match(THAI_DIGIT) ?? [], `${file} ${part}`).toEqual([]);
      }
    });
  }
});
