/**
 * The corpus of bad inputs: every file under tests/fixtures/bad-inputs must be refused with a message that names
 * the JSON path (or the line and column of malformed JSON) and says what was expected, in Thai and English. Files
 * are read as bytes, as the CLI reads them (some are not UTF-8 on purpose).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, loadInputBytes } from '../../src/input/index.js';

const dir = new URL('../fixtures/bad-inputs/', import.meta.url);

/**
 * file → [JSON path (or "line:column" for malformed JSON), a fragment of the English "expected", and optionally a
 * fragment the whole message must hold: the reconciling value, what to type instead].
 */
const EXPECTED: Record<string, [string, string, string?]> = {
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
  'letter-bad-kind': ['letter.kind', '"memo" ("บันทึกข้อความ"), "external"'],
  'letter-missing-signatory': ['letter.signatory', 'required'],
  'malformed-unclosed-comment': ['3:3', 'well-formed JSON', 'an unclosed comment'],
  'malformed-empty': ['1:1', 'well-formed JSON'],
  'malformed-single-quotes': ['2:3', 'well-formed JSON'],
  'malformed-double-comma': ['2:60', 'well-formed JSON', 'a property name in double quotes was expected'],
  'malformed-truncated': ['2:47', 'well-formed JSON'],
  'missing-agency': ['agency', 'required'],
  'missing-agency-kind': ['agency.kind', 'required'],
  'misspelt-field': ['measures[0].responsable', 'no field of this name'],
  'month-out-of-range': ['measures[0].period.end', 'a month from 1 to 12'],
  'overall-boolean': ['scores.overall', 'a number'],
  'percent-over-100': ['progress.items[0].percent', 'between 0 and 100'],
  'period-backwards': ['measures[0].period', 'start month not after the end month'],
  'progress-bad-round': ['progress.round', 'one of 6, 12'],
  'progress-bad-status': ['progress.items[0].status', '"done" ("ดำเนินการแล้ว"), "in-progress" ("อยู่ระหว่างดำเนินการ"), "not-started"', '"ยังไม่ได้ดำเนินการ" หรือ "ยังไม่ดำเนินการ"'],
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
  // Issue 12: numbers and the comma rule.
  'comma-decimal-score': ['scores.indicators.2', 'a number with a decimal point, such as 71.46', 'use a point: 71.46'],
  'comma-decimal-thai-digits': ['scores.overall', 'such as 88.22 (not a comma)', 'use a point: 88.22'],
  'comma-decimal-budget': ['measures[0].budget', 'such as 12.5 (not a comma)', 'if you meant another number, type it without the comma'],
  'comma-decimal-european': ['measures[0].budget', 'such as 1250.50', 'use a point: 1250.50'],
  'comma-decimal-percent': ['progress.items[0].percent', 'such as 50.5', 'use a point: 50.5'],
  'comma-decimal-in-json': ['8:19', 'well-formed JSON', 'looks like a decimal comma: use a point, 88.22'],
  'budget-too-large': ['measures[0].budget', 'from 0 to 999,999,999,999.99'],
  'budget-infinite': ['measures[0].budget', 'a number within the range of this field', 'Infinity'],
  'budget-fraction-of-satang': ['measures[0].budget', 'at most 2 decimal places', '99.999'],
  'budget-below-a-satang': ['measures[0].budget', 'at most 2 decimal places', '0.004'],
  'budget-in-words': ['measures[0].budget', 'a number such as 92.69'],
  'font-size-negative': ['settings.fontSize', 'a font size from 8 to 32 points'],
  'font-size-huge': ['settings.fontSize', 'a font size from 8 to 32 points', 'TH SarabunPSK 16'],
  'font-size-not-half-points': ['settings.fontSize', 'in half points'],
  'font-size-words': ['settings.fontSize', 'a number'],
  'weights-not-100': ['framework.weights', 'add up to 100', 'IIT 30, EIT 30, OIT 50 = 110'],
  'weight-negative': ['framework.weights.IIT', 'a weight in percent, from 0 to 100'],
  'rank-huge': ['scores.rank.position', 'a whole number from 1 up to 100,000'],
  'rank-fraction': ['scores.rank.position', 'a whole number'],
  'rank-zero': ['scores.rank.position', 'from 1 up to 100,000'],
  'width-zero': ['measuresTable.widths[0]', 'greater than 0'],
  'width-too-narrow': ['measuresTable.widths[0]', 'at least a thirtieth of all the widths'],
  'score-three-decimals': ['scores.indicators.3', 'at most 2 decimal places, such as 80.22'],
  'score-comma-question': ['scores.questions[0].score', 'such as 95.5 (not a comma)'],
  'subitem-score-negative': ['scores.questions[0].subItems[0].score', 'a score between 0 and 100'],
  'answers-over-100': ['scores.questions[0].answers.มากที่สุด', 'a percentage between 0 and 100'],
  'indicator-number-fraction': ['developmentPoints[0].indicator', 'an indicator number from 1 to 10'],
  'overall-in-words': ['scores.overall', 'a number such as 92.69'],
  // Issue 12: a key given twice.
  'indicator-thai-and-arabic': ['scores.indicators.๒', 'each indicator once', '"๒" = "2"'],
  'indicator-padded-twice': ['scores.indicators.02', 'each indicator once', '"02" = "2"'],
  'key-given-twice': ['scores.overall', 'each field name once in an object', 'first on line 8'],
  // Issue 12: years and dates, with what to type instead.
  'fiscal-year-range': ['fiscalYear', 'Buddhist-era year', 'one year: the fiscal year of the measures, e.g. 2565'],
  'fiscal-year-thai-range': ['fiscalYear', 'Buddhist-era year', 'e.g. 2565'],
  'fiscal-year-christian-era': ['fiscalYear', 'Buddhist-era year', 'B.E., not Gregorian'],
  'assessment-year-words': ['assessmentYear', 'Buddhist-era year', 'type the B.E. year as four digits'],
  'date-year-one': ['letter.date', 'a date in the years 2550 to 2700 B.E.'],
  'date-far-future': ['letter.date', 'a date in the years 2550 to 2700 B.E.'],
  'month-far-future': ['measures[0].period.end', 'a month in the years 2550 to 2700 B.E.'],
  // Issue 12: published figures that contradict the indicator scores, with the value that reconciles them.
  'total-contradicts-indicators': ['scores.overall', 'the total of the indicator scores (90.69', 'indicator 9 = 97.50 instead of 87.50 gives 92.69'],
  'total-contradicts-no-tools': ['scores.overall', 'the total of the indicator scores (90.69', 'ตัวชี้วัดที่ ๙ = ๙๗.๕๐ แทน ๘๗.๕๐ จะได้ ๙๒.๖๙'],
  'tool-mean-contradicts': ['scores.tools.EIT', 'the mean of its indicator scores (80.88', 'the EIT mean = 80.88'],
  'overall-digits-swapped': ['scores.overall', 'the total of the indicator scores (92.69', 'the overall = 92.69'],
  'overall-fraction': ['scores.overall', 'a score out of 100, such as 88.22 (not a fraction)', 'multiply by 100: 88.22'],
  'tool-mean-fraction': ['scores.tools.IIT', 'a score out of 100, such as 96.00'],
  'indicators-fractions': ['scores.indicators.1', 'a score out of 100, such as 85.46'],
  'indicators-two-decimal-fractions': ['scores.indicators', 'scores out of 100', 'multiply each by 100'],
  'level-contradicts-total': ['scores.level', 'the level the rules give the total: A', '"prefer": "published"'],
  'level-unknown': ['scores.level', 'a level of 2563: AA, A, B, C, D, E, F'],
  'previous-total-contradicts': ['scores.previous.overall', "last year's total of its indicator scores (80.00"],
  'prefer-unknown': ['scores.prefer', '"published" ("ที่ประกาศ"), "computed" ("ที่คำนวณ")'],
  // Issue 12: encodings and characters a document cannot hold.
  'utf32-file': ['', 'a text file saved as UTF-8', 'saved as UTF-32'],
  'latin1-file': ['3:17', 'a text file saved as UTF-8', 'Save As → Encoding: UTF-8'],
  'thai-garbled-as-latin1': ['agency.name', 'readable Thai text', 'Windows-874'],
  'replacement-characters': ['agency.name', 'Thai text with no characters lost', 'U+FFFD'],
  'control-character-nul': ['measures[0].title', 'text without control characters', 'U+0000'],
  'control-character-ffff': ['measures[0].title', 'text without control characters', 'U+FFFF'],
  'word-line-break': ['measures[0].steps[0]', 'text without control characters', 'a line break copied from Word'],
  'lone-surrogate': ['measures[0].title', 'text without control characters', 'U+D800'],
  'control-character-in-key': ['agency.\u0007', 'text without control characters', 'agency.\\u0007'],
  // Issue 12: limits.
  'nesting-too-deep': ['26:77', 'nesting at most 64 levels deep'],
  'nesting-seventy': ['1:75', 'nesting at most 64 levels deep'],
  // Issue 12: a shape told with an example of what to type.
  'signatory-as-text': ['letter.signatory', 'such as {"name": "นายพินิจ บุญเลิศ", "position"'],
  'agency-head-as-text': ['agency.head', 'such as {"name":'],
  'period-as-text': ['measures[0].period', 'such as {"start": "2567-10", "end": "2568-09"}'],
  'scores-as-list': ['scores', 'such as {"overall": 92.69'],
  'measures-as-object': ['measures', 'a list [ ... ]'],
  'indicator-named-in-words': ['scores.indicators.หนึ่ง', 'an indicator number of the framework'],
  // Issue 12: at most a screenful of problems, and how many more.
  'many-problems': ['measures[0].title', 'non-empty text', '… and 50 more: fix these and run itadoc validate again'],
};

const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('bad inputs', () => {
  it('has at least 100 cases, each with an expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(100);
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const file of files) {
    const name = file.replace(/\.json$/, '');
    it(`refuses ${name}`, () => {
      const bytes = readFileSync(new URL(file, dir));
      let error: unknown;
      try {
        loadInputBytes(bytes, file);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      const { problems, message } = error as InputError;
      const [where, expected, inMessage] = EXPECTED[name]!;
      const problem = /^\d+:\d+$/.test(where)
        ? problems.find((p) => `${p.line}:${p.column}` === where)
        : problems.find((p) => p.path === where);
      expect(problem, `${name}: problems were ${JSON.stringify(problems.map((p) => p.path))}`).toBeDefined();
      expect(problem!.expected.en).toContain(expected);
      if (inMessage) expect(message).toContain(inMessage);
      // A screenful at most: ten problems of a few lines each, then how many more.
      expect(message.split('\n').length).toBeLessThanOrEqual(52);
      // Every message is bilingual and names the file.
      expect(message).toContain('ต้องเป็น:');
      expect(message).toContain('expected:');
      expect(message).toContain(file);
    });
  }
});
