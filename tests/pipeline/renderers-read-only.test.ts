import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DocumentNode } from '../../src/document/nodes.js';
import { SAMPLES, renderDocx, renderPdf, sampleTrees } from '../helpers.js';

const trees = (name: string): DocumentNode[] => sampleTrees(name).map((t) => t.tree);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const documentXml = async (doc: DocumentNode) =>
  strFromU8(unzipSync(new Uint8Array(await renderDocx(doc)), { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!);

describe('renderers and the tree they are given', () => {
  // renderDocuments hands one tree to every renderer without copying it.
  it('neither renderer changes the tree: both render every sample from a frozen one', async () => {
    for (const name of SAMPLES) {
      for (const doc of trees(name).map(deepFreeze)) {
        expect((await renderDocx(doc)).length).toBeGreaterThan(0);
        expect((await renderPdf(doc)).subarray(0, 5).toString()).toBe('%PDF-');
      }
    }
  }, 60_000);

  it('a paragraph rendered from the DOCX cache is the same as the first time', async () => {
    const [first] = trees('pathumthani-2563');
    const fresh = await documentXml(first!);
    for (const doc of trees('pruyai-2565')) await renderDocx(doc);
    expect(await documentXml(first!)).toBe(fresh);
    // The cache is keyed by content: an edited paragraph is not served from it.
    const edited = structuredClone(first!);
    const paragraph = edited.children.find((b) => b.type === 'paragraph' && b.children.some((c) => c.type === 'text'));
    if (paragraph?.type !== 'paragraph') throw new Error('no paragraph with text');
    const text = paragraph.children.find((c) => c.type === 'text')!;
    if (text.type === 'text') text.value = `${text.value}ข้อความที่แก้ไข`;
    expect(await documentXml(edited)).toContain('ข้อความที่แก้ไข');
  });
});
