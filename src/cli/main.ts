/**
 * The `itadoc` command line: a thin layer over the library that reads files, calls the stages, writes files and maps
 * errors to exit codes (see errors.ts).
 */
import { analyze, expandInputPatterns, formatWarnings } from '../index.js';
import { EXIT, UsageError, reportError } from './errors.js';
import { formatAnalysis } from './print-analysis.js';
import { readInputFile } from './read-input.js';
import { runBatchCommand } from './batch-command.js';
import { runConvert } from './convert-command.js';
import { runInit } from './init-command.js';
import { runRender } from './render-command.js';
import { runSchema } from './schema-command.js';
import { runValidate } from './validate-command.js';
import { yargs } from './yargs.js';

/** Options shared by `render` and `batch`: where the documents go, which ones, in which formats and digits. */
const OUTPUT_OPTIONS = {
  out: { type: 'string', demandOption: true, describe: 'โฟลเดอร์ผลลัพธ์ / output folder' },
  format: { type: 'string', default: 'docx,pdf', describe: 'docx, pdf หรือ docx,pdf' },
  doc: { type: 'string', describe: 'เอกสาร / documents: memo, letter, o42, o43, form' },
  templates: { type: 'string', describe: 'โฟลเดอร์แม่แบบของหน่วยงาน / folder of template overrides' },
  digits: { choices: ['thai', 'arabic'] as const, describe: 'เลขไทย (ค่าเริ่มต้น) หรืออารบิก / Thai (default) or Arabic digits' },
  'font-dir': { type: 'string', describe: "โฟลเดอร์ฟอนต์ TTF ของหน่วยงาน / folder of the agency's TTF fonts (PDF)" },
  pdfa: { type: 'boolean', default: false, describe: 'PDF แบบ PDF/A-2b สำหรับเก็บถาวร / PDFs as PDF/A-2b, for archiving' },
} as const;

/** The one file a pattern given to validate or analyze matches (render and batch take several). */
function oneInput(arg: string): string {
  const files = expandInputPatterns([arg]);
  if (files.length > 1) {
    throw new UsageError(`"${arg}" ตรงกับ ${files.length} ไฟล์ ระบุไฟล์เดียว / "${arg}" matches ${files.length} files: give one (render and batch take several)`);
  }
  return files[0]!;
}

/** Runs the CLI with `argv` (without node and script); sets process.exitCode. */
export async function main(argv: string[]): Promise<void> {
  const out = (t: string) => process.stdout.write(`${t}\n`);
  const err = (t: string) => process.stderr.write(`${t}\n`);
  /** The exit code a command that handles several inputs returns (render, batch): 1 when some failed. */
  let commandExit: number = EXIT.ok;
  try {
    await yargs(argv)
      .scriptName('itadoc')
      .usage(
        'itadoc — เอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA) / ITA measures documents\n\nเริ่มต้น / start: $0 init แล้ว / then $0 render <file> --out <folder>\nUsage: $0 <command> [options]',
      )
      .command(
        'validate <file>',
        'ตรวจไฟล์ข้อมูลนำเข้า / check an input file',
        (y) =>
          y.positional('file', {
            type: 'string',
            demandOption: true,
            describe: 'ไฟล์ JSON ไฟล์จังหวัด หรือ Excel (.xlsx) / input JSON, province file or .xlsx workbook',
          }),
        async (args) => {
          commandExit = await runValidate(oneInput(args.file), out, err);
        },
      )
      .command(
        'analyze <file>',
        'วิเคราะห์ผลคะแนน / analyse the scores',
        (y) =>
          y
            .positional('file', { type: 'string', demandOption: true, describe: 'ไฟล์ JSON หรือ Excel (.xlsx) / input JSON or .xlsx file' })
            .option('json', { type: 'boolean', default: false, describe: 'พิมพ์ผลทั้งหมดเป็น JSON / print the whole analysis as JSON' })
            .option('digits', { choices: ['arabic', 'thai'] as const, default: 'arabic' as const, describe: 'เลขในผลสรุป / digits of the summary' }),
        async (args) => {
          const { input, framework, notes } = await readInputFile(oneInput(args.file));
          const analysis = analyze(input, framework);
          // The analysis's own warnings are in its summary; how the file was read is told here.
          if (notes?.length) err(formatWarnings(args.file, notes));
          if (args.json) out(JSON.stringify({ framework, analysis }, null, 2));
          else out(formatAnalysis(input, framework, analysis, args.digits));
        },
      )
      .command(
        'render <files..>',
        'สร้างเอกสาร DOCX/PDF / render documents',
        (y) =>
          y
            .positional('files', { type: 'string', array: true, demandOption: true, describe: 'ไฟล์ JSON หรือ Excel (.xlsx) / input JSON or .xlsx files' })
            .options(OUTPUT_OPTIONS),
        async (args) => {
          commandExit = await runRender({
            files: expandInputPatterns(args.files),
            out: args.out,
            format: args.format,
            doc: args.doc,
            templates: args.templates,
            digits: args.digits,
            fontDir: args['font-dir'],
            pdfa: args.pdfa,
            log: out,
            warn: err,
          });
        },
      )
      .command(
        'batch <inputs..>',
        'สร้างเอกสารของหลายหน่วยงาน โฟลเดอร์ละหน่วยงาน / render many agencies, one folder each',
        (y) =>
          y
            .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'ไฟล์ JSON หรือ .xlsx, โฟลเดอร์ หรือไฟล์จังหวัด / JSON or .xlsx files, folders, or a province file' })
            .options(OUTPUT_OPTIONS)
            .option('jobs', { type: 'number', describe: 'จำนวนงานพร้อมกัน (ค่าเริ่มต้น = จำนวนแกน) / worker threads (default: cores)' })
            .option('force', { type: 'boolean', default: false, describe: 'เขียนทับโฟลเดอร์ที่มีอยู่ / overwrite into a non-empty folder' })
            .option('resume', {
              type: 'boolean',
              default: false,
              describe: 'ข้ามข้อมูลที่สร้างไฟล์ครบแล้ว (ต่อจากครั้งที่หยุดกลางคัน) / skip inputs whose files are all there, complete and newer than the input',
            })
            .option('timeout', {
              type: 'number',
              describe: 'เวลาสูงสุดต่อข้อมูลหนึ่งรายการ (วินาที ค่าเริ่มต้น 300) / seconds one input may take (default 300)',
            })
            .option('quiet', { type: 'boolean', default: false, describe: 'พิมพ์ทีละบรรทัด ไม่มีแถบความคืบหน้า / plain lines, no progress bar' }),
        async (args) => {
          commandExit = await runBatchCommand(
            {
              inputs: args.inputs,
              out: args.out,
              jobs: args.jobs,
              format: args.format,
              doc: args.doc,
              templates: args.templates,
              digits: args.digits,
              fontDir: args['font-dir'],
              pdfa: args.pdfa,
              force: args.force,
              resume: args.resume,
              timeout: args.timeout,
              quiet: args.quiet,
            },
            out,
            err,
          );
        },
      )
      .command(
        'convert <from> <to>',
        'แปลง JSON เป็น Excel หรือกลับ / JSON ⇄ Excel workbook',
        (y) =>
          y
            .positional('from', { type: 'string', demandOption: true, describe: 'ไฟล์ต้นทาง .json หรือ .xlsx / the file to convert' })
            .positional('to', { type: 'string', demandOption: true, describe: 'ไฟล์ปลายทาง .xlsx หรือ .json / the file to write' })
            .option('force', { type: 'boolean', default: false, describe: 'เขียนทับไฟล์ที่มีอยู่ / overwrite an existing file' })
            .example('$0 convert ข้อมูล.json ข้อมูล.xlsx', 'JSON → Excel')
            .example('$0 convert ข้อมูล.xlsx ข้อมูล.json', 'Excel → JSON'),
        async (args) => {
          out(await runConvert(args.from, args.to, args.force));
        },
      )
      .command(
        'init [file]',
        'เขียนไฟล์ข้อมูลตั้งต้นพร้อมคำอธิบาย / write a starter input',
        (y) =>
          y
            .positional('file', { type: 'string', describe: 'ไฟล์ที่จะเขียน (ค่าเริ่มต้น itadoc-<ปี>.jsonc) / the file to write' })
            .option('kind', { type: 'string', describe: 'ประเภทหน่วยงาน / agency kind: province, hospital, school, … or Thai' })
            .option('year', { type: 'string', describe: 'ปีงบประมาณ พ.ศ. ของมาตรการ (2570 วิเคราะห์ ITA 2569) / fiscal year, B.E.' })
            .option('docs', { type: 'string', describe: 'เอกสาร / documents: o42, o43, memo, letter, form (default o42,o43)' })
            .option('name', { type: 'string', describe: 'ชื่อหน่วยงาน / agency name' })
            .option('force', { type: 'boolean', default: false, describe: 'เขียนทับไฟล์ที่มีอยู่ / replace an existing file' }),
        async (args) => {
          await runInit({ file: args.file, kind: args.kind, year: args.year, docs: args.docs, name: args.name, force: args.force }, out);
        },
      )
      .command(
        'schema [dir]',
        'เขียน JSON Schema ไว้ในโฟลเดอร์ / write the JSON Schemas into a folder',
        (y) =>
          y
            .positional('dir', { type: 'string', default: '.', describe: 'โฟลเดอร์ / folder' })
            .option('force', { type: 'boolean', default: false, describe: 'เขียนทับไฟล์อื่นชื่อเดียวกัน / replace another file of the same name' }),
        (args) => runSchema(args.dir, args.force, out),
      )
      .demandCommand(1, 'ระบุคำสั่ง / give a command: init, validate, analyze, render, batch, convert, schema')
      .strict()
      .help()
      .alias('h', 'help')
      .version()
      .fail((msg, e) => {
        if (e) throw e;
        throw new UsageError(`${msg}\nดูวิธีใช้ / see: itadoc --help`);
      })
      .parseAsync();
    process.exitCode = commandExit;
  } catch (e) {
    process.exitCode = reportError(e, err);
  }
}
