/**
 * Contract tests of what the DOCX renderer relies on in docx 9.15.2 beyond its documented options: a `Paragraph`
 * subclass whose `prepForXml` answers from a cache (block-handlers.ts), `Packer.toBuffer`'s file overrides
 * (docx-styles.ts replaces word/styles.xml), `Packer.compiler`, whose parts zip-package.ts zips itself, and an
 * ImageRun's data object reaching those parts as it was given (zip-package.ts's media stand-ins). An upgrade that
 * breaks any of them fails here.
 */
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mediaStandIn, packDocx, zipFiles } from '../../../src/render/docx/zip-package.js';
import { encodePng } from '../../../src/render/chart/png-encoding.js';

const xmlOf = async (doc: Document, overrides?: { path: string; data: string }[]) =>
  unzipSync(new Uint8Array(await Packer.toBuffer(doc, false, overrides)));

describe('docx 9.15.2', () => {
  it('a Paragraph subclass overriding prepForXml is written from what it returns', async () => {
    const source = new Paragraph({ children: [new TextRun({ text: 'ข้อความต้นฉบับ' })] });
    class Replaying extends Paragraph {
      override prepForXml(context: Parameters<Paragraph['prepForXml']>[0]) {
        return source.prepForXml(context);
      }
    }
    const files = await xmlOf(new Document({ sections: [{ children: [new Replaying({})] }] }));
    expect(strFromU8(files['word/document.xml']!)).toContain('ข้อความต้นฉบับ');
  });

  it('Packer.toBuffer replaces a part given as an override', async () => {
    const files = await xmlOf(new Document({ sections: [{ children: [] }] }), [{ path: 'word/styles.xml', data: '<w:styles>แทน</w:styles>' }]);
    expect(strFromU8(files['word/styles.xml']!)).toBe('<w:styles>แทน</w:styles>');
  });

  it('Packer.compiler gives the parts Packer.toBuffer zips, in its order, overrides in place', async () => {
    const png = encodePng(2, 2, new Uint8Array(16).fill(200));
    const doc = () =>
      new Document({
        sections: [{ children: [new Paragraph({ children: [new TextRun('ภาพ'), new ImageRun({ type: 'png', data: png, altText: { id: '1', name: 'Picture 1' }, transformation: { width: 2, height: 2 } })] })] }],
      });
    const overrides = [{ path: 'word/styles.xml', data: '<w:styles>แทน</w:styles>' }];
    const theirs = unzipSync(new Uint8Array(await Packer.toBuffer(doc(), false, overrides)));
    const ours = unzipSync(new Uint8Array(packDocx(doc(), overrides, new Date('2024-01-02T03:04:06Z'))));
    expect(Object.keys(ours)).toEqual(Object.keys(theirs));
    for (const path of Object.keys(theirs)) {
      // core.xml holds the wall clock in docx's own packing (document-date.ts overrides it in a render).
      if (path !== 'docProps/core.xml') expect(Buffer.from(ours[path]!).equals(Buffer.from(theirs[path]!)), path).toBe(true);
    }
    expect(Object.keys(ours)).toContain('word/media/image1.png');
    expect(strFromU8(ours['word/styles.xml']!)).toBe('<w:styles>แทน</w:styles>');
  });

  it('ImageRun passes its data object on to the compiled media part: a stand-in is packed as the image it stands for', () => {
    const red = encodePng(2, 2, new Uint8Array(16).fill(200));
    const blue = encodePng(3, 1, new Uint8Array(12).fill(50));
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="3" height="1"/>');
    const picture = (data: Buffer, id: string) =>
      new ImageRun({ type: 'png', data: mediaStandIn(data), altText: { id, name: `Picture ${id}` }, transformation: { width: 2, height: 2 } });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                picture(red, '1'),
                // The same image again is stored once, as docx does with the bytes themselves.
                picture(Buffer.from(red), '2'),
                new ImageRun({
                  type: 'svg',
                  data: mediaStandIn(svg),
                  fallback: { type: 'png', data: mediaStandIn(blue) },
                  altText: { id: '3', name: 'Picture 3' },
                  transformation: { width: 3, height: 1 },
                }),
              ],
            }),
          ],
        },
      ],
    });
    const files = unzipSync(new Uint8Array(packDocx(doc, [], new Date('2024-01-02T03:04:06Z'))));
    const media = Object.keys(files).filter((path) => path.startsWith('word/media/')).sort();
    expect(media).toEqual(['word/media/image1.png', 'word/media/image1.svg', 'word/media/image2.png']);
    expect(Buffer.from(files['word/media/image1.png']!).equals(red)).toBe(true);
    expect(Buffer.from(files['word/media/image2.png']!).equals(blue)).toBe(true);
    expect(Buffer.from(files['word/media/image1.svg']!).equals(svg)).toBe(true);
    expect(Object.values(files).some((bytes) => strFromU8(bytes).includes('itadoc-media:'))).toBe(false);
  });
});

describe('zipFiles', () => {
  const files = new Map<string, string | Uint8Array>([
    ['word/document.xml', '<w:document>'.padEnd(5000, 'ก')],
    ['word/media/image1.png', new Uint8Array([137, 80, 78, 71, 1, 2, 3])],
    ['ชื่อ.xml', 'ไทย'],
  ]);
  const zip = zipFiles(files, new Date('2024-01-02T03:04:06Z'));
  const headers = (() => {
    const out: { name: string; method: number; flags: number }[] = [];
    let at = zip.readUInt32LE(zip.length - 22 + 16);
    for (let i = 0; i < zip.readUInt16LE(zip.length - 22 + 10); i++) {
      const nameLength = zip.readUInt16LE(at + 28);
      out.push({ name: zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'), method: zip.readUInt16LE(at + 10), flags: zip.readUInt16LE(at + 8) });
      at += 46 + nameLength;
    }
    return out;
  })();

  it('holds every file, in order, as another zip reader reads it back', () => {
    const back = unzipSync(new Uint8Array(zip));
    expect(Object.keys(back)).toEqual([...files.keys()]);
    for (const [path, data] of files) expect(Buffer.from(back[path]!).equals(Buffer.from(typeof data === 'string' ? Buffer.from(data) : data)), path).toBe(true);
  });

  it('deflates text, stores images, and marks a UTF-8 file name', () => {
    expect(headers).toEqual([
      { name: 'word/document.xml', method: 8, flags: 0 },
      { name: 'word/media/image1.png', method: 0, flags: 0 },
      { name: 'ชื่อ.xml', method: 8, flags: 0x0800 },
    ]);
    expect(zip.length).toBeLessThan(5000);
  });
});

