/**
 * Workbook stage: an input (or a province file) ⇄ an Excel workbook a clerk fills in Excel or LibreOffice Calc.
 *
 *   const bytes = await writeWorkbook(input);                          // every field in its sheet and cell
 *   const loaded = await loadInputWorkbook(bytes, 'agency.xlsx');      // validated; errors name "มาตรการ!C7"
 *
 * The layout of the sheets is in layout.ts and docs/workbook.md; no file is read or written here. The rest of itadoc
 * reaches the stage through on-demand.ts, which loads it on first use.
 */
export { writeWorkbook } from './write-workbook.js';
export { readWorkbook, locatorOf, agencyLocatorOf, type WorkbookContent } from './read-workbook.js';
export { loadInputWorkbook, loadWorkbookValue, provinceInputs } from './load-workbook.js';
export { rewriteRelativePaths } from './relative-paths.js';
export { jsonToWorkbook, workbookToJson, isProvince } from './convert.js';
export { isWorkbookFile, WorkbookLimitError } from './on-demand.js';
