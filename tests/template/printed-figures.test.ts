/**
 * Every page prints the same total, level and tool means (issue 12): the published figure when it is within 0.01 of
 * the computed one (the NACC's rounding) or the input says it stands, else the computed one — never both.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadInputText } from '../../src/input/index.js';
import { ROOT, buildTree, treeText } from '../helpers.js';

const sample = (name: string) => JSON.parse(readFileSync(`${ROOT}samples/${name}.json`, 'utf8'));
/**
 * The O42 of Nakhon Pathom (computed total 88.22, published 88.22 and A) with `scores` changed. (Its letter is not
 * looked at: the sample's letter body is the clerk's own text, which quotes 88.22.)
 */
function printed(scores: Record<string, unknown>): string {
  const input = sample('nakhonpathom-2564');
  input.scores = { ...input.scores, ...scores };
  return treeText(buildTree(loadInputText(JSON.stringify(input), 'np.json'), 'o42'));
}
const count = (text: string, figure: string) => text.split(figure).length - 1;

describe('the printed total', () => {
  it('is the published one everywhere when it is within 0.01 of the computed one', () => {
    const text = printed({ overall: 88.23 });
    expect(count(text, '๘๘.๒๓')).toBeGreaterThanOrEqual(2); // the results paragraph and the weighted table
    expect(text).not.toContain('๘๘.๒๒');
  });

  it('is the computed one everywhere when the input prefers it', () => {
    const text = printed({ overall: 88.5, prefer: 'computed' });
    expect(count(text, '๘๘.๒๒')).toBeGreaterThanOrEqual(2);
    expect(text).not.toContain('๘๘.๕๐');
  });

  it('is the published one everywhere when the input prefers it', () => {
    const text = printed({ overall: 88.5, prefer: 'published' });
    expect(count(text, '๘๘.๕๐')).toBeGreaterThanOrEqual(2);
    expect(text).not.toContain('๘๘.๒๒');
  });

  it('comes with the level the rules give it, unless the published level is preferred', () => {
    expect(printed({ overall: 84.5, level: undefined, prefer: 'published' })).toContain('อยู่ในระดับ B');
    expect(printed({ overall: 84.5, level: 'A', prefer: 'published' })).toContain('อยู่ในระดับ A');
    expect(printed({ overall: 84.5, level: 'A', prefer: 'computed' })).toContain('อยู่ในระดับ A');
    expect(printed({ overall: 84.5, level: 'A', prefer: 'computed' })).toContain('๘๘.๒๒');
  });
});

describe('the printed tool means', () => {
  it('are the published ones when within 0.01 of the computed ones', () => {
    const input = sample('pathumthani-2563');
    input.scores.tools.EIT = 80.89; // computed: 80.88
    const text = treeText(buildTree(loadInputText(JSON.stringify(input), 'pt.json'), 'o42'));
    expect(text).toContain('๘๐.๘๙');
    expect(text).not.toContain('๘๐.๘๘');
  });
});
