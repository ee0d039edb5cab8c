/** Shared test helpers: load a sample, run the built CLI. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BlockNode, DocumentNode, InlineNode } from '../src/document/nodes.js';
import { loadInputText, type LoadedInput } from '../src/input/index.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Loads and validates samples/<name>.json. */
export function loadSample(name: string): LoadedInput {
  const file = `samples/${name}.json`;
  return loadInputText(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'), file);
}

/** Runs the built CLI (bin/itadoc.js) and returns its exit code and output. */
export function runCli(args: string[], options: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [`${ROOT}bin/itadoc.js`, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    input: options.input,
    env: { ...process.env, ITADOC_DEBUG: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** All text of a tree, joined. */
export function treeText(doc: DocumentNode): string {
  const inl = (n: InlineNode[]) => n.map((i) => (i.type === 'text' ? i.value : ' ')).join('');
  const blk = (b: BlockNode): string => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        return inl(b.children);
      case 'list':
        return b.items.map((i) => inl(i.children)).join('\n');
      case 'table':
        return b.rows.map((r) => r.cells.map((c) => c.children.map(blk).join('\n')).join('\n')).join('\n');
      case 'signature':
        return b.lines.map(inl).join('\n');
      default:
        return '';
    }
  };
  return doc.children.map(blk).join('\n');
}


/** A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence in every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
