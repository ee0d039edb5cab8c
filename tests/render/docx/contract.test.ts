/**
 * Contract tests of what the DOCX renderer relies on in docx 9.15.2 beyond its documented options: a `Paragraph`
 * subclass whose `prepForXml` answers from a cache (block-handlers.ts), and `Packer.toBuffer`'s file overrides
 * (docx-styles.ts replaces word/styles.xml). An upgrade that breaks either fails here.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

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
});
