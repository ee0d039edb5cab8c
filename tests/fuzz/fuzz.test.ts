/**
 * Seeded fuzz test (issue 12): 1,200 mutations of the samples through the library. Every mutated input is either
 * refused with a user error (InputError: bilingual, a screenful at most, no stack) or renders files that open:
 * the DOCX's document.xml and core.xml are well-formed XML 1.0 (saxes, a strict parser), the PDF is complete.
 * Never an internal error, and nothing printed that the input did not hold ("undefined", "NaN", "∞", "()").
 *
 * To keep CI within minutes, each accepted input renders one of its documents (in turn) as DOCX, and every eighth
 * also as PDF. Set FUZZ_SEED to try other mutations locally.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { InputError, availableDocuments, createRenderers, loadInputBytes, loadResources, renderDocuments } from '../../src/index.js';
import { PRINTED_PROBLEMS } from '../../src/input/problems.js';
import { ROOT, seededRandom } from '../helpers.js';
import { mutate } from './mutate.js';

const MUTATIONS = 1_200;
const SEED = Number(process.env.FUZZ_SEED ?? 12);
const SAMPLES = ['pathumthani-2563', 'pruyai-2565', 'nakhonpathom-2564', 'tak-2568'].map(
  (name) => JSON.parse(readFileSync(`${ROOT}samples/${name}.json`, 'utf8')) as Parameters<typeof mutate>[0],
);
/** Text no document may print unless the input itself holds it. */
const NEVER_PRINTED = ['undefined', 'NaN', 'Infinity', '∞', '()', '[object Object]'];

/** The first well-formedness error of an XML text, or undefined. */
function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser();
  let error: string | undefined;
  parser.on('error', (e: Error) => {
    error ??= e.message;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= (e as Error).message;
  }
  return error;
}

describe(`${MUTATIONS} seeded mutations of the samples (seed ${SEED})`, () => {
  it('each renders valid files or is refused with a user error, never an internal one', { timeout: 600_000 }, async () => {
    const random = seededRandom(SEED);
    const resources = loadResources();
    const renderers = createRenderers(['docx', 'pdf']);
    const outcomes = { refused: 0, rendered: 0, pdfs: 0 };
    for (let i = 0; i < MUTATIONS; i++) {
      const mutation = mutate(SAMPLES[i % SAMPLES.length]!, random);
      const what = `mutation ${i} (${mutation.description})`;
      const typed = new TextDecoder().decode(mutation.bytes);
      let loaded;
      try {
        loaded = loadInputBytes(mutation.bytes, 'mutated.json');
      } catch (error) {
        if (!(error instanceof InputError)) throw new Error(`${what}: internal error ${(error as Error).stack}`);
        outcomes.refused++;
        const { message } = error;
        expect(message, what).toContain('ต้องเป็น:');
        expect(message, what).toContain('expected:');
        expect(message, what).not.toMatch(/\n\s+at /);
        // A screenful: at most PRINTED_PROBLEMS problems of a few lines each, then a count.
        expect(message.split('\n').length, what).toBeLessThanOrEqual(2 + PRINTED_PROBLEMS * 5);
        continue;
      }
      const kinds = availableDocuments(loaded);
      const kind = kinds[i % kinds.length]!;
      const withPdf = outcomes.rendered % 8 === 0;
      let files;
      try {
        files = await renderDocuments(loaded, { formats: withPdf ? ['docx', 'pdf'] : ['docx'], documents: [kind] }, resources, renderers);
      } catch (error) {
        throw new Error(`${what}: accepted, but rendering ${kind} failed: ${(error as Error).stack}`);
      }
      outcomes.rendered++;
      for (const file of files) {
        if (file.format === 'docx') {
          const zip = unzipSync(new Uint8Array(file.bytes));
          const xml = strFromU8(zip['word/document.xml']!);
          expect(xmlError(xml), `${what}: ${kind}.docx document.xml`).toBeUndefined();
          expect(xmlError(strFromU8(zip['docProps/core.xml']!)), `${what}: ${kind}.docx core.xml`).toBeUndefined();
          for (const token of NEVER_PRINTED) {
            if (!typed.includes(token)) expect(xml.includes(token), `${what}: ${kind}.docx prints "${token}"`).toBe(false);
          }
        } else {
          outcomes.pdfs++;
          expect(Buffer.from(file.bytes.subarray(0, 5)).toString('latin1'), what).toBe('%PDF-');
          expect(Buffer.from(file.bytes.subarray(-8)).toString('latin1'), what).toContain('%%EOF');
        }
      }
    }
    // The mutations reach both outcomes in earnest.
    expect(outcomes.refused).toBeGreaterThan(MUTATIONS / 4);
    expect(outcomes.rendered).toBeGreaterThan(MUTATIONS / 4);
    expect(outcomes.pdfs).toBeGreaterThan(MUTATIONS / 40);
  });
});
