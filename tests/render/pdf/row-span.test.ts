/**
 * Rows follow their content: a cell spanning rows (the O42 results table's tool cell, IIT over indicators 1–5) does
 * not make its last row taller when it is shorter than the rows it spans — on any page, with its first row kept with
 * the repeated header (engine/patches/row-keeping-tables.ts). The DOCX leaves row heights to Word.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PdfDefinition } from '../../../src/render/pdf/pdf-definition.js';
import { fontsFor, pdfEngine } from '../../helpers.js';

const fonts = fontsFor();

/** Line positions of a definition's indicator rows in the results table: page and y of each row. */
function indicatorRows(definition: PdfDefinition): { page: number; y: number }[] {
  const lines = pdfEngine.describeLayout(definition, {}, fonts.engine);
  const start = lines.findIndex((l) => / IIT$/.test(l));
  return lines
    .slice(start, start + 40)
    .filter((l) => /^\d+ 162\.\d+ [\d.]+ ตัวชี้วัดที่ [๐-๙]+ /.test(l))
    .map((l) => ({ page: Number(l.split(' ')[0]), y: Number(l.split(' ')[2]) }));
}

describe('rows under a cell spanning rows', () => {
  for (const sample of ['pathumthani-2563', 'pruyai-2565', 'nakhonpathom-2564']) {
    it(`${sample}: every indicator row of the results table is one line high, the tool's last row too`, () => {
      const definition = JSON.parse(readFileSync(new URL(`../../fixtures/pdf-definitions/${sample}.o42.json`, import.meta.url), 'utf8'));
      const rows = indicatorRows(definition);
      expect(rows.length).toBeGreaterThanOrEqual(7);
      const pitches = rows.slice(1).flatMap((r, i) => (r.page === rows[i]!.page ? [r.y - rows[i]!.y] : []));
      // One line of 16 pt text and the cell's padding and rule: 22.6 pt; the IIT row was 45.7.
      for (const pitch of pitches) expect(pitch).toBeCloseTo(pitches[0]!, 1);
    });
  }
});
