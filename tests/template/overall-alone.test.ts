/**
 * An overall score given alone — no indicator or tool scores — is printed in the O42's results section with its
 * level (issue 14: it used to vanish without a word).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';
import { loadInputText } from '../../src/input/index.js';
import { ROOT, buildTree, treeText } from '../helpers.js';

/** The Tak sample (measures, no scores) with `scores` and a fiscal year. */
function withScores(scores: Record<string, unknown>, fiscalYear = 2568) {
  const input = JSON.parse(readFileSync(`${ROOT}samples/tak-2568.json`, 'utf8'));
  return loadInputText(JSON.stringify({ ...input, fiscalYear, assessmentYear: fiscalYear - 1, scores }), 'tak.json');
}

describe('an overall score given alone', () => {
  it('is printed in the O42 with its grade (2562–2565 rules)', () => {
    const text = treeText(buildTree(withScores({ overall: 88.22 }, 2564), 'o42'));
    expect(text).toContain('ได้คะแนนรวม ๘๘.๒๒ คะแนน อยู่ในระดับ A (ผ่าน)');
    // No indicator table follows, so the sentence does not announce one.
    expect(text).not.toContain('โดยมีคะแนนรายตัวชี้วัด ดังนี้');
  });

  it('is printed with the published level when the rules need tool means it lacks (from 2566)', () => {
    const text = treeText(buildTree(withScores({ overall: 95.81, level: 'ผ่านดี' }), 'o42'));
    expect(text).toContain('ได้คะแนนรวม ๙๕.๘๑ คะแนน อยู่ในระดับ ผ่านดี');
  });

  it('without a published level, prints "ผ่านเกณฑ์" and warns that the level needs the tool means', () => {
    const loaded = withScores({ overall: 95.81 });
    const text = treeText(buildTree(loaded, 'o42'));
    expect(text).toContain('ได้คะแนนรวม ๙๕.๘๑ คะแนน อยู่ในระดับ ผ่านเกณฑ์');
    const warning = analyze(loaded.input, loaded.framework).warnings.find((w) => w.code === 'level-undetermined');
    expect(warning?.en).toContain('may be ผ่านดีเยี่ยม or ผ่านดี or ผ่าน');
  });

  it('a failing total alone has its level by the rules', () => {
    const text = treeText(buildTree(withScores({ overall: 72.4 }), 'o42'));
    expect(text).toContain('ได้คะแนนรวม ๗๒.๔๐ คะแนน อยู่ในระดับ ต้องปรับปรุง');
  });
});
