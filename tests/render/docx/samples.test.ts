/**
 * Every sample through the DOCX renderer: the Word XML a clerk's Word reads, and what a user checks — the facts of each
 * seed in the text, complete Thai run properties, Thai digits. (Golden files: tests/pipeline/golden.test.ts.)
 */
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { availableDocuments } from '../../../src/pipeline/document-kinds.js';
import { buildTree as buildDocument, loadSample, renderDocx, treeText } from '../../helpers.js';
import { SAMPLE_FACTS } from '../../sample-facts.js';

function docxXml(bytes: Buffer, part: string): string {
  return strFromU8(unzipSync(new Uint8Array(bytes))[part]!);
}

/** Text of document.xml: the w:t runs joined, one paragraph per line. */
function xmlText(xml: string): string {
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

for (const [sample, facts] of Object.entries(SAMPLE_FACTS)) {
  describe(sample, () => {
    const loaded = loadSample(sample);

    it('offers the documents its data allows', () => {
      expect(availableDocuments(loaded)).toEqual(expect.arrayContaining(facts.documents));
    });

    for (const kind of facts.documents) {
      it(`${kind}: DOCX holds the seed's facts with complete Thai run properties`, async () => {
        const bytes = await renderDocx(buildDocument(loaded, kind));
        const document = docxXml(bytes, 'word/document.xml');
        const styles = docxXml(bytes, 'word/styles.xml');
        const text = xmlText(document).replace(/\s+/g, '');
        for (const fact of facts.text[kind] ?? []) expect(text, `${kind} lacks ${fact}`).toContain(fact.replace(/\s+/g, ''));
        // FORMAT.md: w:cs, w:szCs and w:lang w:bidi="th-TH", else Word shows Thai small and in a fallback font.
        expect(styles).toMatch(/<w:rFonts [^>]*w:cs="TH SarabunPSK"/);
        expect(styles).toContain('w:szCs w:val="32"');
        expect(styles).toContain('w:bidi="th-TH"');
        // Document defaults (the line floor shared with the PDF) and the named table styles clerks restyle with.
        expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:line="402" w:lineRule="atLeast"/);
        expect(styles).toContain('w:styleId="ITATable"');
        if (document.includes('<w:tbl>')) expect(document).toMatch(/<w:tblStyle w:val="ITA(Layout)?Table"\/>/);
        // Bold runs carry the complex-script twin.
        expect(document.match(/<w:b\/>/g)?.length ?? 0).toBe(document.match(/<w:bCs\/>/g)?.length ?? 0);
        // No ZWSP or NBSP inside running Thai (FORMAT.md).
        expect(document).not.toMatch(/[\u200b\u00a0]/);
        // A4, left 3 cm, right 2 cm.
        expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
        expect(document).toMatch(/w:left="1701"/);
        expect(document).toMatch(/w:right="1134"/);
        if (kind === 'o42' || kind === 'o43') {
          expect(document).toContain('w:val="thaiDistribute"');
        }
        const tree = buildDocument(loaded, kind);
        if (tree.children.some((b) => b.type === 'table' && b.rows.some((r) => r.header))) {
          expect(document).toContain('<w:tblHeader/>');
        }
        // Digits: Thai throughout, except web and e-mail addresses.
        expect(text.replace(/(https?:\/\/|www\.)[^\s]*|[\w.+-]+@[\w.-]+/g, '')).not.toMatch(/[0-9]/);
      });
    }

    it('the analysis figures appear in the O42 text in order', () => {
      const text = treeText(buildDocument(loaded, 'o42'));
      for (const fact of facts.text.o42 ?? []) expect(text.replace(/\s+/g, '')).toContain(fact.replace(/\s+/g, ''));
    });
  });
}
