/**
 * The workbook stage as the rest of itadoc sees it: what is needed without a workbook (the file-name test, the error
 * class) is here, and every function that reads or writes one loads the stage on its first call. The stage is a
 * dozen modules, and exceljs on top of them when a workbook is opened; a run that reads JSON (most runs) loads none
 * of it, which saves about 15 ms of every start.
 */
import type * as Stage from './index.js';

/** The workbook stage, loaded once. */
const stage = (): Promise<typeof Stage> => import('./index.js');

/** Whether a file name is a workbook itadoc reads (.xlsx). */
export const isWorkbookFile = (file: string) => /\.xlsx$/i.test(file);

/** Raised when a value cannot be held by a workbook (too long for a cell, or not read back the same). */
export class WorkbookLimitError extends Error {
  constructor(
    readonly paths: { path: string; why: { th: string; en: string } }[],
  ) {
    super(
      [
        'แปลงเป็นไฟล์ Excel ไม่ได้ เพราะบางข้อมูลเก็บในเซลล์ไม่ได้ตรงตามเดิม / the workbook cannot hold these values exactly:',
        ...paths.map((p) => `  ✗ ${p.path}: ${p.why.th} / ${p.why.en}`),
        'วิธีแก้: ย่อหรือแบ่งข้อความนั้น หรือใช้ไฟล์ JSON ต่อไป / fix: shorten or split that text, or keep using the JSON file',
      ].join('\n'),
    );
    this.name = 'WorkbookLimitError';
  }
}

/** {@link Stage.readWorkbook}: a workbook's content, each value with the cell it came from. */
export async function readWorkbook(...args: Parameters<typeof Stage.readWorkbook>): ReturnType<typeof Stage.readWorkbook> {
  return (await stage()).readWorkbook(...args);
}

/** {@link Stage.writeWorkbook}: an input (or a province file) as a workbook. */
export async function writeWorkbook(...args: Parameters<typeof Stage.writeWorkbook>): ReturnType<typeof Stage.writeWorkbook> {
  return (await stage()).writeWorkbook(...args);
}

/** {@link Stage.loadInputWorkbook}: a workbook read and validated as an input. */
export async function loadInputWorkbook(...args: Parameters<typeof Stage.loadInputWorkbook>): ReturnType<typeof Stage.loadInputWorkbook> {
  return (await stage()).loadInputWorkbook(...args);
}

/** {@link Stage.jsonToWorkbook}: an input file's JSON text as a workbook. */
export async function jsonToWorkbook(...args: Parameters<typeof Stage.jsonToWorkbook>): ReturnType<typeof Stage.jsonToWorkbook> {
  return (await stage()).jsonToWorkbook(...args);
}

/** {@link Stage.workbookToJson}: a workbook as an input file's JSON text. */
export async function workbookToJson(...args: Parameters<typeof Stage.workbookToJson>): ReturnType<typeof Stage.workbookToJson> {
  return (await stage()).workbookToJson(...args);
}

/** The whole stage, for a caller that needs several of its synchronous parts (the batch's workbook sources and jobs). */
export const workbookStage = stage;
