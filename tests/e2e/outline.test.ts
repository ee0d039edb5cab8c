/**
 * The outline fixture end to end, in both formats: the PDF renders clean (no missing glyph, nothing past the margin,
 * words whole) with the radar chart's labels as searchable text; the DOCX holds the charts and pictures as images and
 * LibreOffice opens it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { PDFCHECK, hasPdfcheck, pdfFlatText, requireTools, sofficeProfileArg } from './tools.js';

const ok = requireTools('pdftotext', 'mutool');
const out = mkdtempSync(join(tmpdir(), 'itadoc-outline-'));

describe.skipIf(!ok)('outline fixture, PDF and DOCX', () => {
  beforeAll(() => {
    const r = runCli(['render', 'tests/fixtures/outline/every-block.json', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
  }, 120_000);

  it('PDF: clean, with the charts’ labels, scores and the pictures’ captions as text', () => {
    const pdf = join(out, 'o42.pdf');
    const trace = spawnSync('mutool', ['trace', pdf], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
    expect(trace).not.toMatch(/glyph="(0|\.notdef)"/);
    // Two raster images (the PNG picture) or vector paths (the SVG picture, the charts) are drawn.
    expect(trace).toContain('<fill_image');
    expect((trace.match(/<fill_path/g) ?? []).length).toBeGreaterThan(40);
    const text = pdfFlatText(pdf);
    for (const expected of ['การปฏิบัติหน้าที่', 'การป้องกันการทุจริต', '๙๗.๘๑', 'ภาพที่๑การประชุมคณะทำงาน', 'แผนภูมิที่๒', 'ปี๒๕๖๕']) {
      expect(text, expected).toContain(expected);
    }
    if (hasPdfcheck) {
      const r = spawnSync(process.execPath, [PDFCHECK, pdf, '--expect', 'การปฏิบัติหน้าที่'], { encoding: 'utf8' });
      expect(r.status, r.stdout).toBe(0);
    }
  });

  it('DOCX: charts and pictures as images (SVG with a PNG beside it), and LibreOffice opens it', () => {
    const docx = join(out, 'o42.docx');
    const media = Object.keys(unzipSync(new Uint8Array(readFileSync(docx)))).filter((f) => f.startsWith('word/media/'));
    expect(media.filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(4);
    expect(media.filter((f) => f.endsWith('.svg')).length).toBeGreaterThanOrEqual(3);
    if (!requireTools('soffice')) return;
    const r = spawnSync('soffice', [sofficeProfileArg(out), '--headless', '--convert-to', 'pdf', '--outdir', join(out, 'lo'), docx], { encoding: 'utf8', timeout: 180_000 });
    expect(r.status, r.stderr).toBe(0);
    const text = pdfFlatText(join(out, 'lo', 'o42.pdf'));
    expect(text).toContain('ภาพที่๒ขั้นตอนการติดตามผล');
    expect(text).toContain('๖.มาตรการ');
  }, 240_000);
});
