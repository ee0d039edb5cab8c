/**
 * The item codes of the measures document and its report by scheme and fiscal year (docs/ita.md), the sources of the
 * year's facts, and the warnings a clerk gets when a code is not known or seen in one source only.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';
import { resolveFramework } from '../../src/framework/index.js';
import { loadInputText } from '../../src/input/index.js';

const framework = (scheme: string, fiscalYear: number) => resolveFramework({ scheme, fiscalYear, assessmentYear: fiscalYear - 1 });
const codes = (scheme: string, fiscalYear: number) => {
  const f = framework(scheme, fiscalYear);
  return [f.measuresItem.code ?? null, f.reportItem.code ?? null];
};

describe('item codes', () => {
  it.each([
    ['nacc', 2563, 'O42', 'O43'],
    ['nacc', 2565, 'O42', 'O43'],
    ['nacc', 2566, 'O42', 'O43'],
    ['nacc', 2567, null, null],
    // The report on FY2568 is checked by ITA 2569's O26, which reports on the year before.
    ['nacc', 2568, null, 'O26'],
    // FY2569's measures are ITA 2569's O25; the report on them is checked by ITA 2570, whose list is not known.
    ['nacc', 2569, 'O25', null],
    ['nacc', 2570, null, null],
    ['obec', 2566, 'O42', 'O43'],
    ['obec', 2569, null, null],
    ['ovec', 2568, 'O36', 'O37'],
    ['ovec', 2569, 'O23', null],
    ['moph', 2569, null, null],
  ])('%s FY%i: measures %s, report %s', (scheme, year, measures, report) => {
    expect(codes(scheme as string, year as number)).toEqual([measures, report]);
  });

  it('ITA 2569 names its items; the documents keep their own titles', () => {
    const f = framework('nacc', 2569);
    expect(f.measuresItem.itemTitle).toBe('การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร');
    expect(f.measuresItem.title).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    expect(f.measuresItem.source.singleSource).toBe(true);
    expect(framework('ovec', 2569).measuresItem.title).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในสถานศึกษา');
  });

  it('a code not known names the latest one known for the scheme', () => {
    const f = framework('nacc', 2570);
    expect(f.measuresItem.hint?.en).toBe('ITA 2569 used O25 "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร" (one source)');
    expect(framework('moph', 2570).measuresItem.hint?.en).toContain('MOIT 1–22');
  });

  it('the input overrides a code, and then the source is the input', () => {
    const f = resolveFramework({ scheme: 'nacc', fiscalYear: 2570, assessmentYear: 2569 }, { measuresItem: { code: 'O25' } });
    expect(f.measuresItem.code).toBe('O25');
    expect(f.measuresItem.source).toEqual({ tag: 'S', note: 'given in the input' });
  });

  it('the facts of 2569 are marked not known, those of 2566–2568 seen', () => {
    expect(framework('nacc', 2570).sources.levels!.tag).toBe('?');
    expect(framework('nacc', 2570).sources.weights!.tag).toBe('?');
    expect(framework('nacc', 2568).sources.levels!.tag).toBe('S');
    expect(framework('nacc', 2570).levelSystem).toBe('pass');
  });

  it('OVEC 2569 groups O1–O17 under indicator 9 and O18–O23 under 10', () => {
    const f = resolveFramework({ scheme: 'ovec', fiscalYear: 2570, assessmentYear: 2569 });
    expect(f.oitGroups.map((g) => [g.indicator, g.first, g.last])).toEqual([
      [9, 1, 17],
      [10, 18, 19],
      [10, 20, 23],
    ]);
  });
});

describe('item code warnings', () => {
  const input = (scheme: string, fiscalYear: number, extra: object = {}) =>
    loadInputText(
      JSON.stringify({ agency: { name: 'หน่วยงานทดสอบ', kind: 'other' }, fiscalYear, scheme, measures: [{ title: 'มาตรการ' }], ...extra }),
      'w.json',
    );
  const warnings = (scheme: string, fiscalYear: number, extra: object = {}) => {
    const loaded = input(scheme, fiscalYear, extra);
    return analyze(loaded.input, loaded.framework).warnings;
  };

  it('FY2570: the code is not known, and the clerk is told what ITA 2569 used', () => {
    const [w] = warnings('nacc', 2570);
    expect(w!.code).toBe('item-code-unknown');
    expect(w!.en).toContain('ITA 2569 used O25');
    expect(w!.th).toContain('framework.measuresItem.code');
  });

  it('FY2569: O25 is used, with a note that it comes from one source', () => {
    const [w] = warnings('nacc', 2569);
    expect(w!.code).toBe('item-code-single-source');
    expect(w!.en).toContain('item code O25 of the measures (ITA 2569) comes from one source');
  });

  it('a code given in the input silences both', () => {
    expect(warnings('nacc', 2570, { framework: { measuresItem: { code: 'O25' } } })).toEqual([]);
  });

  it('the report item is told of only when there is a progress report', () => {
    const progress = { progress: { round: 12, items: [{ measure: 'M1', status: 'done' }] } };
    expect(warnings('ovec', 2569, progress).map((w) => w.code)).toEqual(['report-code-unknown']);
  });
});
