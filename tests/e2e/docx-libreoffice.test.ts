/**
 * End to end: the CLI renders every sample's DOCX, LibreOffice opens and converts them, and pdftotext finds each
 * seed's facts in what LibreOffice laid out (the reviewer's docxcheck does the same).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { SAMPLE_FACTS } from '../sample-facts.js';
import { pdfFlatText, requireTools, sofficeProfileArg } from './tools.js';

const ok = requireTools('soffice', 'pdftotext');
const out = mkdtempSync(join(tmpdir(), 'itadoc-e2e-docx-'));
const pdfDir = join(out, 'pdf');

describe.skipIf(!ok)('DOCX through LibreOffice', () => {
  beforeAll(() => {
    const samples = Object.keys(SAMPLE_FACTS).map((s) => `samples/${s}.json`);
    const r = runCli(['render', ...samples, '--out', out, '--format', 'docx']);
    expect(r.code, r.stderr).toBe(0);
    // One LibreOffice run converts them all (it starts slowly); each file gets a unique name.
    const files: string[] = [];
    for (const s of Object.keys(SAMPLE_FACTS)) for (const f of readdirSync(join(out, s))) files.push(join(out, s, f));
    const conv = spawnSync('sh', ['-c', `mkdir -p ${pdfDir} && for f in ${files.map((f) => `'${f}'`).join(' ')}; do b=$(basename $(dirname "$f"))-$(basename "$f"); cp "$f" ${pdfDir}/"$b"; done && cd ${pdfDir} && timeout 600 soffice ${sofficeProfileArg(out)} --headless --convert-to pdf *.docx`], {
      encoding: 'utf8',
    });
    expect(conv.status, conv.stderr).toBe(0);
  }, 900_000);

  for (const [sample, facts] of Object.entries(SAMPLE_FACTS)) {
    for (const kind of facts.documents) {
      it(`${sample} ${kind}.docx opens in LibreOffice with the seed's facts`, () => {
        const pdf = join(pdfDir, `${sample}-${kind}.pdf`);
        expect(existsSync(pdf), `LibreOffice did not convert ${sample}/${kind}.docx`).toBe(true);
        const text = pdfFlatText(pdf);
        for (const fact of facts.text[kind] ?? []) expect(text, `${sample} ${kind}: ${fact}`).toContain(fact.replace(/\s+/g, ''));
      });
    }
  }
});
