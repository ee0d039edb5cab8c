/**
 * Every sample and document kind, at each readable intermediate of the pipeline, against golden files: the document
 * tree (tests/fixtures/trees/), the PDF renderer's pdfmake definition (tests/fixtures/pdf-definitions/) and the DOCX
 * renderer's word/document.xml (tests/fixtures/docx/). A change anywhere in the pipeline shows as a readable diff.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, it } from 'vitest';
import { toPdfDefinition } from '../../src/render/pdf/to-pdf-definition.js';
import { expectGolden } from '../golden.js';
import { SAMPLES, fontsFor, renderDocx, sampleTrees, thaiWords } from '../helpers.js';

/** document.xml with one element per line, so that a diff shows what changed. */
function readableXml(xml: string): string {
  return `${xml.replace(/></g, '>\n<')}\n`;
}

for (const sample of SAMPLES) {
  describe(sample, () => {
    for (const { kind, tree } of sampleTrees(sample)) {
      it(`${kind}: tree, pdfmake definition and document.xml match their golden files`, async () => {
        expectGolden(`trees/${sample}.${kind}.json`, `${JSON.stringify(tree, null, 1)}\n`);
        expectGolden(`pdf-definitions/${sample}.${kind}.json`, `${JSON.stringify(toPdfDefinition(tree, fontsFor(), thaiWords), null, 1)}\n`);
        const zip = unzipSync(new Uint8Array(await renderDocx(tree)), { filter: (f) => f.name === 'word/document.xml' });
        expectGolden(`docx/${sample}.${kind}.document.xml`, readableXml(strFromU8(zip['word/document.xml']!)));
      });
    }
  });
}
