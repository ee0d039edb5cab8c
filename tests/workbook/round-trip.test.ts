/**
 * Every sample and the outline fixture: JSON → workbook → JSON gives the same input, and the documents built from the
 * workbook are the documents built from the JSON (their trees, not bytes).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { availableDocuments } from '../../src/pipeline/document-kinds.js';
import { jsonToWorkbook, loadInputWorkbook, readWorkbook, workbookToJson, writeWorkbook } from '../../src/workbook/index.js';
import { buildTree, loadSample, ROOT, SAMPLES } from '../helpers.js';
import { rawJson, workbookOf } from './helpers.js';

const FILES = [...SAMPLES.map((s) => `samples/${s}.json`), 'tests/fixtures/outline/every-block.json'];

describe('JSON → workbook → JSON', () => {
  it.each(FILES)('%s comes back the same', async (file) => {
    const original = rawJson(file);
    const { value, province } = await readWorkbook(await workbookOf(file), file.replace(/json$/, 'xlsx'));
    expect(province).toBe(false);
    expect(value).toEqual(original);
  });

  it('keeps what has no cell of its own, and what a cell would change, as JSON', async () => {
    const input = {
      ...rawJson('samples/tak-2568.json'),
      preface: ['ย่อหน้าเดียว'],
      introduction: 'JSON: ขึ้นต้นเหมือนเซลล์ JSON',
      background: ['บรรทัด\nในย่อหน้า', 'สอง'],
      conclusion: { paragraphs: 'ข้อความ _x0041_ ที่ Excel จะถอดรหัส\r\n' },
      measureGroups: [],
      developmentPoints: [{ indicator: '๗', points: ['๑'] }],
    };
    const back = await readWorkbook(await writeWorkbook(input), 'x.xlsx');
    expect(back.value).toEqual(input);
  });

  it('keeps the fields of later issues: words a line never breaks inside, which published figure stands, Thai values and keys', async () => {
    const sample = rawJson('samples/tak-2568.json') as Record<string, Record<string, unknown>>;
    const input = {
      ...sample,
      settings: { ...sample.settings, words: ['บุญเลิศ', 'แม่สอด'] },
      scores: { ...sample.scores, prefer: 'published' },
      progress: {
        ...sample.progress,
        items: (sample.progress as unknown as { items: Record<string, unknown>[] }).items.map((item, i) => (i === 0 ? { ...item, status: 'ยังไม่ดำเนินการ' } : item)),
      },
      measuresTable: { ...sample.measuresTable, labels: { มาตรการ: 'มาตรการ/แนวทาง' } },
    };
    const back = await readWorkbook(await writeWorkbook(input), 'x.xlsx');
    expect(back.value).toEqual(input);
  });
});

describe('documents from a workbook', () => {
  it.each(SAMPLES)('%s builds the same document trees from JSON and from its workbook', async (name) => {
    const fromJson = loadSample(name);
    // The workbook is read as if it lay beside the JSON file, so image paths resolve alike.
    const fromXlsx = await loadInputWorkbook(await workbookOf(`samples/${name}.json`), `samples/${name}.xlsx`);
    expect(fromXlsx.input).toEqual(fromJson.input);
    for (const kind of availableDocuments(fromJson)) {
      expect(buildTree(fromXlsx, kind), kind).toEqual(buildTree(fromJson, kind));
    }
  });
});

describe('files in other folders', () => {
  it('rewrites image and schema paths so they point at the same files, and back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'itadoc-wb-'));
    const source = 'samples/school-2568.json';
    const bytes = await jsonToWorkbook(readFileSync(join(ROOT, source), 'utf8'), join(ROOT, source), join(dir, 'school.xlsx'));
    const { value } = await readWorkbook(bytes, join(dir, 'school.xlsx'));
    const src = JSON.stringify(value).match(/"src":"([^"]+)"/)![1]!;
    expect(readFileSync(join(dir, src)).length).toBeGreaterThan(0);
    writeFileSync(join(dir, 'school.xlsx'), bytes);
    const text = await workbookToJson(bytes, join(dir, 'school.xlsx'), join(ROOT, 'samples', 'school-2568.json'));
    expect(JSON.parse(text)).toEqual(rawJson(source));
  });
});
