import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';
import { availableDocuments, buildDocument } from '../../src/document/build-documents.js';
import type { DocumentNode } from '../../src/document/nodes.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { loadPdfRenderer } from '../../src/render/pdf-renderer.js';
import { loadSample } from '../helpers.js';

const SAMPLES = ['pathumthani-2563', 'pruyai-2565', 'nakhonpathom-2564', 'tak-2568'];

function trees(name: string): DocumentNode[] {
  const loaded = loadSample(name);
  const analysis = analyze(loaded.input, loaded.framework);
  return availableDocuments(loaded).map((kind) => buildDocument(loaded, kind, {}, analysis));
}

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
  // renderInput hands one tree to both renderers without copying it.
  it('neither renderer changes the tree: both render every sample from a frozen one', async () => {
    const pdf = await loadPdfRenderer();
    for (const name of SAMPLES) {
      for (const doc of trees(name).map(deepFreeze)) {
        expect((await renderDocx(doc)).length).toBeGreaterThan(0);
        expect((await pdf(doc)).subarray(0, 5).toString()).toBe('%PDF-');
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
