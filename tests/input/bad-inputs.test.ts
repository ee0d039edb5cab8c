/**
 * The corpus of bad inputs: every file under tests/fixtures/bad-inputs must be refused with a message that names
 * the JSON path (or the line and column of malformed JSON) and says what was expected, in Thai and English.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, loadInputText } from '../../src/input/index.js';

const dir = new URL('../fixtures/bad-inputs/', import.meta.url);

/** file → [JSON path (or "line:column" for malformed JSON), a fragment of the English "expected"]. */
const EXPECTED: Record<string, [string, string]> = {
  'assessment-after-fiscal': ['assessmentYear', 'not after the fiscal year'],
  'bad-question-code': ['scores.questions[0].code', 'question code'],
  'budget-negative': ['measures[0].budget', 'not negative'],
  'date-bad-format': ['letter.date', 'a date like'],
  'date-bad-month': ['letter.date', 'Thai month name'],
  'duplicate-measure-id': ['measures[1].id', 'an id no other entry uses'],
  'duplicate-question': ['scores.questions[1].code', 'each question once'],
  'empty-measure-title': ['measures[0].title', 'non-empty text'],
  'fiscal-year-gregorian': ['fiscalYear', 'Buddhist-era year'],
  'fiscal-year-text': ['fiscalYear', 'a number'],
  'impossible-date': ['letter.date', 'a day that exists'],
  'letter-bad-kind': ['letter.kind', '"memo", "external"'],
  'letter-missing-signatory': ['letter.signatory', 'required'],
  'malformed-comment': ['2:3', 'well-formed JSON'],
  'malformed-empty': ['1:1', 'well-formed JSON'],
  'malformed-single-quotes': ['2:3', 'well-formed JSON'],
  'malformed-trailing-comma': ['4:1', 'well-formed JSON'],
  'malformed-truncated': ['2:47', 'well-formed JSON'],
  'missing-agency': ['agency', 'required'],
  'missing-agency-kind': ['agency.kind', 'required'],
  'misspelt-field': ['measures[0].responsable', 'no field of this name'],
  'month-out-of-range': ['measures[0].period.end', 'a month from 1 to 12'],
  'overall-boolean': ['scores.overall', 'a number'],
  'percent-over-100': ['progress.items[0].percent', 'between 0 and 100'],
  'period-backwards': ['measures[0].period', 'start month not after the end month'],
  'progress-bad-round': ['progress.round', 'one of 6, 12'],
  'progress-bad-status': ['progress.items[0].status', '"done", "in-progress", "not-started"'],
  'progress-unknown-measure': ['progress.items[0].measure', 'the id of a measure'],
  'question-wrong-indicator': ['developmentPoints[0].questions[0]', 'belongs to that indicator'],
  'rank-beyond-count': ['scores.rank.position', 'not greater than the number ranked'],
  'recommendation-tool-mismatch': ['scores.recommendations[0].tool', 'the tool of that indicator or question'],
  'score-above-100': ['scores.indicators.1', 'a score between 0 and 100'],
  'score-negative': ['scores.indicators.2', 'a score between 0 and 100'],
  'score-thai-digits-bad': ['scores.indicators.3', 'a number'],
  'steps-not-list': ['measures[0].steps', 'a list'],
  'top-level-array': ['', 'a JSON object'],
  'unknown-agency-kind': ['agency.kind', '"province"'],
  'unknown-group': ['measures[0].group', 'the id of a group'],
  'unknown-indicator': ['scores.indicators.11', 'an indicator number of the framework'],
  'unknown-question': ['scores.questions[0].code', 'a question of the framework'],
  'urgency-unknown': ['letter.urgency', '"ด่วนที่สุด"'],
  'widths-count': ['measuresTable.widths', 'one width per column'],
  'wrong-type-agency-name': ['agency.name', 'text'],
};

const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('bad inputs', () => {
  it('has at least 25 cases, each with an expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const file of files) {
    const name = file.replace(/\.json$/, '');
    it(`refuses ${name}`, () => {
      const text = readFileSync(new URL(file, dir), 'utf8');
      let error: unknown;
      try {
        loadInputText(text, file);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      const { problems, message } = error as InputError;
      const [where, expected] = EXPECTED[name]!;
      const problem = /^\d+:\d+$/.test(where)
        ? problems.find((p) => `${p.line}:${p.column}` === where)
        : problems.find((p) => p.path === where);
      expect(problem, `${name}: problems were ${JSON.stringify(problems.map((p) => p.path))}`).toBeDefined();
      expect(problem!.expected.en).toContain(expected);
      // Every message is bilingual and names the file.
      expect(message).toContain('ต้องเป็น:');
      expect(message).toContain('expected:');
      expect(message).toContain(file);
    });
  }
});
