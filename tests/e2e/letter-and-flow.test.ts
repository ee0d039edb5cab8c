/**
 * What a reviewer checks on the rendered files (issue 13, items 3, 4 and 7): the letter's closing and signature
 * have body text above them on their page; the contact lines sit at the bottom left of the last page; the emblem's
 * top is 1.5 cm from the page's edge with the urgency beside it; multi-page letters and forms carry continuation
 * words; no sample PDF leaves one line of a paragraph alone at a page's top or foot, or a heading or bold lead-in at
 * its foot; DOCX runs carry a size only where it differs from their style, and lists are Word numbering.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { CM } from '../../src/document/typography.js';
import { ROOT, SAMPLES, png, runCli } from '../helpers.js';
import { bodyLines, flowProblems, textLines } from './page-flow.js';
import { requireTools } from './tools.js';

const ok = requireTools('mutool', 'pdftotext', 'pdfinfo');
const out = mkdtempSync(join(tmpdir(), 'itadoc-flow-'));


/** Image placements of page 1: [top, left] in points from the top-left corner (mutool trace). */
function imageTops(pdf: string): { top: number; left: number }[] {
  const trace = spawnSync('mutool', ['trace', pdf, '1'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
  return [...trace.matchAll(/<fill_image [^>]*transform="([^"]+)"/g)].map((m) => {
    const [, , , d, e, f] = m[1]!.trim().split(/\s+/).map(Number);
    return { top: f! + Math.min(0, d!), left: e! };
  });
}

function docxPart(file: string, part: string): string | undefined {
  const bytes = unzipSync(new Uint8Array(readFileSync(file)), { filter: (f) => f.name === part })[part];
  return bytes && strFromU8(bytes);
}

describe.skipIf(!ok)('letters, memos and page flow as a reviewer reads them', () => {
  beforeAll(() => {
    // The samples as they are, and the memo and letter with an emblem and an urgency mark.
    const r = runCli(['render', ...SAMPLES.map((s) => `samples/${s}.json`), '--out', join(out, 'samples')]);
    expect(r.code, r.stderr).toBe(0);
    writeFileSync(join(out, 'garuda.png'), png(200, 220));
    for (const sample of ['pathumthani-2563', 'nakhonpathom-2564']) {
      const input = JSON.parse(readFileSync(join(ROOT, 'samples', `${sample}.json`), 'utf8'));
      input.agency.emblem = join(out, 'garuda.png');
      input.letter.urgency = 'ด่วนที่สุด';
      writeFileSync(join(out, `${sample}.json`), JSON.stringify(input));
    }
    for (const [sample, doc] of [['pathumthani-2563', 'memo'], ['nakhonpathom-2564', 'letter']] as const) {
      const e = runCli(['render', join(out, `${sample}.json`), '--out', join(out, 'emblem', doc), '--doc', doc, '--format', 'pdf']);
      expect(e.code, e.stderr).toBe(0);
    }
  }, 300_000);

  it('the page holding the letter\'s closing and signature has body text above them', () => {
    const pages = textLines(join(out, 'samples', 'nakhonpathom-2564', 'letter.pdf')).map(bodyLines);
    const p = pages.findIndex((lines) => lines.some((l) => l.text.includes('ขอแสดงความนับถือ')));
    expect(p).toBeGreaterThanOrEqual(0);
    const lines = pages[p]!;
    const closing = lines.findIndex((l) => l.text.includes('ขอแสดงความนับถือ'));
    // The "จึงเรียนมาเพื่อ…" line and at least two lines of the body before it.
    expect(lines.slice(0, closing).some((l) => l.text.includes('จึงเรียนมาเพื่อ'))).toBe(true);
    expect(closing, lines.map((l) => l.text).join('\n')).toBeGreaterThanOrEqual(3);
  });

  it('the letter\'s contact lines sit at the bottom left of its last page', () => {
    const pages = textLines(join(out, 'samples', 'nakhonpathom-2564', 'letter.pdf')).map(bodyLines);
    const last = pages.at(-1)!;
    const contact = last.filter((l) => /โทรสาร|ไปรษณีย์อิเล็กทรอนิกส์|^โทร\./u.test(l.text));
    expect(contact.length).toBeGreaterThanOrEqual(2);
    for (const l of contact) expect(l.x0).toBeCloseTo(3 * CM, 0);
    // The last of them ends at the bottom margin (2 cm), within a line's descent.
    const bottom = Math.max(...last.map((l) => l.bottom));
    expect(contact.some((l) => l.bottom === bottom)).toBe(true);
    expect(841.89 - 2 * CM - bottom).toBeLessThan(8);
    // Nothing else stands on that page below the signature but the contact lines.
    expect(pages.slice(0, -1).flat().some((l) => /โทรสาร/u.test(l.text))).toBe(false);
  });

  it('the emblem\'s top is 1.5 cm from the page\'s edge in the memo and the letter, the urgency beside it', () => {
    for (const doc of ['memo', 'letter']) {
      const dir = join(out, 'emblem', doc);
      const pdf = join(dir, readdirSync(dir).find((f) => f.endsWith('.pdf'))!);
      const [image] = imageTops(pdf);
      expect(image, `${doc}: no emblem drawn`).toBeDefined();
      expect(image!.top / CM, doc).toBeCloseTo(1.5, 1);
      // The urgency mark is on the emblem's level, not above it.
      const urgency = textLines(pdf)[0]!.find((l) => l.text.includes('ด่วนที่สุด'))!;
      expect(urgency.top, doc).toBeGreaterThanOrEqual(image!.top - 1);
      expect(urgency.top, doc).toBeLessThan(image!.top + 3 * CM);
    }
  });

  it('multi-page letters and forms carry continuation words', () => {
    for (const doc of ['letter', 'form']) {
      const pages = textLines(join(out, 'samples', 'nakhonpathom-2564', `${doc}.pdf`));
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages.slice(0, -1)) {
        expect(page.some((l) => l.top > 841.89 - 2 * CM - 1 && /^\/.+\.\.\.$/u.test(l.text.trim())), doc).toBe(true);
      }
    }
  });

  it('no sample PDF leaves one line of a paragraph alone at a page\'s top or foot, nor a heading or lead-in at its foot', () => {
    const problems = SAMPLES.flatMap((sample) =>
      readdirSync(join(out, 'samples', sample))
        .filter((f) => f.endsWith('.pdf'))
        .flatMap((f) => flowProblems(join(out, 'samples', sample, f)).map((p) => `${sample}/${f} ${p.kind} p${p.page}: ${p.text}`)),
    );
    expect(problems).toEqual([]);
  });

  it('at most 10% of DOCX runs carry a direct size; lists are Word numbering in the input\'s digits; the font table names the font', () => {
    let runs = 0;
    let sized = 0;
    for (const sample of SAMPLES) {
      for (const f of readdirSync(join(out, 'samples', sample)).filter((n) => n.endsWith('.docx'))) {
        const file = join(out, 'samples', sample, f);
        const xml = docxPart(file, 'word/document.xml')!;
        for (const m of xml.matchAll(/<w:r(?:\s[^>]*)?>([\s\S]*?)<\/w:r>/g)) {
          runs++;
          if (/<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<w:sz(?:Cs)? /.test(m[1]!)) sized++;
        }
        expect(docxPart(file, 'word/fontTable.xml'), f).toContain('w:name="TH SarabunPSK"');
        if (xml.includes('<w:numPr>')) {
          const numbering = docxPart(file, 'word/numbering.xml')!;
          // Numbered lists count in Thai digits (lists of dashes only have no number format).
          if (/<w:numFmt w:val="(decimal|thaiNumbers)"\/>/.test(numbering)) expect(numbering, `${sample}/${f}`).toContain('<w:numFmt w:val="thaiNumbers"/>');
          expect(numbering, `${sample}/${f}`).not.toContain('<w:numFmt w:val="decimal"/>');
          for (const [, id] of xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)) expect(numbering).toContain(`<w:num w:numId="${id}"`);
        }
      }
    }
    expect(sized / runs, `${sized} of ${runs} runs carry a direct size`).toBeLessThanOrEqual(0.1);
  });
});
