/** The same input gives the same DOCX bytes: its dates come from the input, never from the clock (issue 12). */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { buildTree, loadSample, renderDocx } from '../../helpers.js';

/** The MS-DOS date and time of each file of a zip, from its central directory, as "YYYY-MM-DD hh:mm". */
function zipTimes(zip: Buffer): string[] {
  const end = zip.length - 22;
  const times: string[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const time = zip.readUInt16LE(at + 12);
    const date = zip.readUInt16LE(at + 14);
    const pad = (n: number) => String(n).padStart(2, '0');
    times.push(`${1980 + (date >> 9)}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}`);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return times;
}

describe('DOCX bytes', () => {
  it('are identical for two renders of the same input at different times', async () => {
    const loaded = loadSample('pathumthani-2563');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-01-02T03:04:05Z'));
      const first = await renderDocx(buildTree(loaded, 'memo'));
      vi.setSystemTime(new Date('2031-06-07T08:09:10Z'));
      const second = await renderDocx(buildTree(loaded, 'memo'));
      expect(second.equals(first)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('are identical for two renders in one process of a document with pictures (a batch worker renders many)', async () => {
    const tree = buildTree(loadSample('pathumthani-2563'), 'o42');
    const first = await renderDocx(tree);
    const second = await renderDocx(tree);
    expect(strFromU8(unzipSync(new Uint8Array(first))['word/document.xml']!)).toContain('<wp:docPr id="1" name="Picture 1"/>');
    expect(second.equals(first)).toBe(true);
  });

  it('are dated with the letter date: core properties and every file of the zip', async () => {
    const docx = await renderDocx(buildTree(loadSample('pathumthani-2563'), 'memo'));
    const core = strFromU8(unzipSync(new Uint8Array(docx))['docProps/core.xml']!);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2020-06-18T00:00:00.000Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2020-06-18T00:00:00.000Z</dcterms:modified>');
    expect(core).toContain('<dc:creator>สำนักงานจังหวัดปทุมธานี</dc:creator>');
    expect(new Set(zipTimes(docx))).toEqual(new Set(['2020-06-18 00:00']));
  });
});
