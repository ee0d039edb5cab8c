/** Problems in a workbook name the sheet and cell, what was found, what was expected and the fix, Thai first. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/input/index.js';
import { loadInputWorkbook } from '../../src/workbook/index.js';
import { columnOf, edited, rowOf, workbookOf } from './helpers.js';

async function problemsOf(bytes: Uint8Array) {
  try {
    await loadInputWorkbook(bytes, 'agency.xlsx');
  } catch (err) {
    if (err instanceof InputError) return { problems: err.problems, message: err.message };
    throw err;
  }
  throw new Error('no problem found');
}

const letter = (col: number) => String.fromCharCode(64 + col);

describe('workbook errors', () => {
  it('a score of 150 names its cell, the range and the fix', async () => {
    const bytes = await edited(await workbookOf('samples/pathumthani-2563.json'), (wb) => {
      const ws = wb.getWorksheet('ตัวชี้วัด')!;
      ws.getCell(9, columnOf(ws, 'scores.indicators.*')).value = 150;
    });
    const { problems, message } = await problemsOf(bytes);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ at: 'ตัวชี้วัด!B9', path: 'scores.indicators.7', found: '150' });
    expect(problems[0]!.expected.th).toContain('๐ ถึง ๑๐๐');
    expect(message).toContain('✗ agency.xlsx ตัวชี้วัด!B9  scores.indicators.7');
    expect(message.indexOf('วิธีแก้')).toBeLessThan(message.indexOf('fix:'));
  });

  it('a step on a row with no measure names the cell', async () => {
    const bytes = await edited(await workbookOf('samples/pathumthani-2563.json'), (wb) => {
      const ws = wb.getWorksheet('มาตรการ')!;
      // Row 3 holds measure M1 and its first step: clear the measure, keep the step.
      for (const key of ['id', 'title', 'addresses', 'responsible', 'monitoring']) ws.getCell(3, columnOf(ws, key)).value = null;
    });
    const { problems } = await problemsOf(bytes);
    const step = problems.find((p) => p.expected.en.includes('a step on the row of its measure'));
    expect(step?.at).toBe(`มาตรการ!${letter(columnOf((await sheetOf(bytes, 'มาตรการ')), 'steps[].text'))}3`);
    expect(step?.fix?.th).toContain('ย้ายขั้นตอน');
  });

  it('an unknown status typed into a drop-down column names the cell and lists the choices', async () => {
    const bytes = await edited(await workbookOf('samples/tak-2568.json'), (wb) => {
      const ws = wb.getWorksheet('ผลการดำเนินการ')!;
      ws.getCell(3, columnOf(ws, 'status')).value = 'finished';
    });
    const { problems } = await problemsOf(bytes);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ at: 'ผลการดำเนินการ!B3', path: 'progress.items[0].status', found: '"finished"' });
    expect(problems[0]!.fix!.th).toContain('"done – ดำเนินการแล้ว"');
    expect(problems[0]!.fix!.en).toContain('drop-down');
  });

  it('accepts the drop-down label, the code, and Thai digits in a number cell', async () => {
    const bytes = await edited(await workbookOf('samples/tak-2568.json'), (wb) => {
      const ws = wb.getWorksheet('ผลการดำเนินการ')!;
      const measure = columnOf(ws, 'measure');
      const second = [...Array(20).keys()].map((i) => i + 4).find((r) => ws.getCell(r, measure).value)!;
      ws.getCell(3, columnOf(ws, 'status')).value = 'in-progress';
      ws.getCell(second, columnOf(ws, 'status')).value = 'done – ดำเนินการแล้ว';
      ws.getCell(3, columnOf(ws, 'percent')).value = '๕๐';
    });
    const { input } = await loadInputWorkbook(bytes, 'agency.xlsx');
    expect(input.progress!.items.slice(0, 2).map((i) => i.status)).toEqual(['in-progress', 'done']);
    expect(input.progress!.items[0]!.percent).toBe(50);
  });

  it('an Excel date becomes a B.E. date, whether typed in B.E. or C.E.', async () => {
    const bytes = await edited(await workbookOf('samples/nakhonpathom-2564.json'), (wb) => {
      const ws = wb.getWorksheet('หนังสือ')!;
      // A clerk's cell formatted as a date: one typed in C.E., one in B.E. (Excel takes years up to 9999).
      for (const [path, date] of [['letter.date', new Date(Date.UTC(2021, 2, 31))], ['letter.reportBy', new Date(Date.UTC(2564, 4, 1))]] as const) {
        const cell = ws.getCell(rowOf(ws, path), 2);
        cell.numFmt = 'd/m/yyyy';
        cell.value = date;
      }
    });
    const { input } = await loadInputWorkbook(bytes, 'agency.xlsx');
    expect(input.letter!.date).toEqual({ year: 2021, month: 3, day: 31 });
    expect(input.letter!.reportBy).toEqual({ year: 2021, month: 5, day: 1 });
  });

  it('a required field left empty names the cell where it goes', async () => {
    const bytes = await edited(await workbookOf('samples/pathumthani-2563.json'), (wb) => {
      const ws = wb.getWorksheet('มาตรการ')!;
      ws.getCell(5, columnOf(ws, 'title')).value = null;
    });
    const { problems } = await problemsOf(bytes);
    const column = String.fromCharCode(64 + columnOf(await sheetOf(bytes, 'มาตรการ'), 'title'));
    expect(problems.map((p) => [p.at, p.path])).toContainEqual([`มาตรการ!${column}5`, 'measures[1].title']);
  });

  it('broken JSON in a JSON cell names the cell', async () => {
    const bytes = await edited(await workbookOf('samples/pathumthani-2563.json'), (wb) => {
      const ws = wb.getWorksheet('หน่วยงาน')!;
      ws.getCell(rowOf(ws, 'preface'), 2).value = 'JSON:["ไม่ปิด"';
    });
    const { problems } = await problemsOf(bytes);
    expect(problems[0]).toMatchObject({ at: `หน่วยงาน!B${rowOf(await sheetOf(bytes, 'หน่วยงาน'), 'preface')}`, path: 'preface' });
    expect(problems[0]!.fix!.th).toContain('JSON');
  });

  it('bytes that are no workbook are an input error, not a crash', async () => {
    const { problems } = await problemsOf(new TextEncoder().encode('{"agency": 1}'));
    expect(problems[0]!.expected.en).toContain('.xlsx');
  });
});

async function sheetOf(bytes: Uint8Array, name: string) {
  let sheet: import('exceljs').Worksheet | undefined;
  await edited(bytes, (wb) => (sheet = wb.getWorksheet(name)));
  return sheet!;
}
