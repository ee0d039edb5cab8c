/**
 * `itadoc init [file]`: writes a starter input that validates and renders as it is (input/starter.ts), and the JSON
 * Schemas beside it when they are not there yet. On a terminal it asks, in Thai, what the options did not say;
 * without one (standard input not a terminal) it asks nothing. An existing file is never replaced without --force.
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { STARTER_DOCUMENTS, agencyKindOf, agencyKinds, starterText, writeFileAtomic, type StarterDocument } from '../index.js';
import { UsageError } from './errors.js';
import { parseList } from './render-command.js';
import { writeSchemaFiles } from './schema-command.js';

/** Options of the init command. */
export interface InitOptions {
  file?: string;
  kind?: string;
  year?: string;
  docs?: string;
  name?: string;
  force: boolean;
}

/** The fiscal year (B.E.) of a day: October starts the next one. */
export function fiscalYearOf(day: Date): number {
  return day.getFullYear() + 543 + (day.getMonth() >= 9 ? 1 : 0);
}

const THAI_DIGITS = /[\u0e50-\u0e59]/g;

function parseYear(text: string): number {
  const year = Number(text.trim().replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50)));
  if (!Number.isInteger(year) || year < 2550 || year > 2700) {
    throw new UsageError(`--year ต้องเป็นปีงบประมาณ พ.ศ. เช่น 2570 / --year must be a B.E. fiscal year such as 2570 (got ${text})`);
  }
  return year;
}

function parseKind(text: string) {
  const kind = agencyKindOf(text);
  if (!kind) {
    const kinds = agencyKinds().map((k) => `${k.code} (${k.thai})`).join(', ');
    throw new UsageError(`--kind ไม่รู้จัก "${text}" / unknown --kind "${text}"; use one of ${kinds}`);
  }
  return kind;
}

function parseDocuments(text: string): StarterDocument[] {
  const docs = parseList<StarterDocument>(text, STARTER_DOCUMENTS, 'docs');
  if (docs.includes('memo') && (docs.includes('letter') || docs.includes('form'))) {
    throw new UsageError(
      '--docs: memo (บันทึกข้อความ) กับ letter/form (หนังสือเวียน) ใช้หนังสือนำส่งคนละแบบ เลือกอย่างเดียว / memo and letter or form need different covering letters: choose one',
    );
  }
  return docs;
}

/** Asks, in Thai, what the options did not say. Only on a terminal; Ctrl+D or Ctrl+C stops without writing anything. */
async function ask(o: InitOptions, year: number): Promise<InitOptions> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  // Lines typed ahead of a question are kept for it, not lost.
  const lines: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let closed = false;
  rl.on('line', (line) => (waiting.length > 0 ? waiting.shift()!(line) : lines.push(line)));
  rl.on('SIGINT', () => rl.close());
  rl.on('close', () => {
    closed = true;
    for (const w of waiting.splice(0)) w(undefined);
  });
  const question = async (text: string): Promise<string> => {
    process.stdout.write(text);
    const line = lines.length > 0 ? lines.shift() : closed ? undefined : await new Promise<string | undefined>((resolve) => waiting.push(resolve));
    if (line === undefined) throw new UsageError('\nยกเลิก ไม่ได้เขียนไฟล์ / cancelled: nothing was written');
    return line.trim();
  };
  try {
    const answer = async (text: string, fallback: string) => (await question(`${text} [${fallback}]: `)) || fallback;
    const name = o.name ?? (await question('ชื่อหน่วยงาน (Enter = ชื่อตัวอย่าง): '));
    let kind = o.kind;
    if (!kind) {
      const kinds = agencyKinds();
      process.stdout.write(`${kinds.map((k, i) => `  ${i + 1}) ${k.thai}`).join('\n')}\n`);
      const picked = await answer('ประเภทหน่วยงาน (หมายเลข)', String(kinds.findIndex((k) => k.code === 'hospital') + 1));
      kind = kinds[Number(picked) - 1]?.code ?? picked;
    }
    const fiscal = o.year ?? (await answer('ปีงบประมาณ พ.ศ. ของมาตรการ', String(year)));
    const docs = o.docs ?? (await answer('เอกสาร: o42 มาตรการ, o43 รายงานผล, memo บันทึกข้อความ, letter หนังสือเวียน, form แบบรายงาน', 'o42,o43'));
    const file = o.file ?? (await answer('ชื่อไฟล์', `itadoc-${fiscal}.jsonc`));
    return { ...o, name: name || undefined, kind, year: fiscal, docs, file };
  } finally {
    rl.close();
  }
}

/** Runs `itadoc init`. */
export async function runInit(options: InitOptions, out: (t: string) => void, today: Date = new Date()): Promise<void> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !(options.kind && options.year && options.docs && options.file);
  const o = interactive ? await ask(options, fiscalYearOf(today)) : options;
  const fiscalYear = o.year ? parseYear(o.year) : fiscalYearOf(today);
  const kind = parseKind(o.kind ?? 'other');
  const documents = parseDocuments(o.docs ?? 'o42,o43');
  const file = o.file ?? `itadoc-${fiscalYear}.jsonc`;
  if (existsSync(file) && !o.force) {
    throw new UsageError(`มีไฟล์ ${file} อยู่แล้ว: ระบุชื่ออื่น หรือใช้ --force เพื่อเขียนทับ / ${file} exists: give another name, or --force to replace it`);
  }
  writeSchemaFiles(dirname(file), { onlyMissing: true });
  writeFileAtomic(file, starterText({ kind, fiscalYear, documents, name: o.name }));
  out(`เขียน / wrote ${file} (ปีงบประมาณ ${fiscalYear}, วิเคราะห์ ITA ${fiscalYear - 1}, เอกสาร ${documents.join(', ')})`);
  if (/\.json$/i.test(file)) {
    out('หมายเหตุ: ไฟล์มีหมายเหตุ // ซึ่ง itadoc อ่านได้ แต่โปรแกรมแก้ไขบางตัวแสดงเป็นข้อผิดพลาดในไฟล์ .json — ตั้งชื่อ .jsonc จะดีกว่า');
    out('note: the file holds // comments, which itadoc reads but some editors flag in a .json file; .jsonc avoids that');
  }
  out('ขั้นต่อไป / next:');
  out(`  1. แก้ค่าตัวอย่างใน ${file} เป็นข้อมูลจริง (คำอธิบายอยู่ในหมายเหตุ //) / replace the example values`);
  out(`  2. npx itadoc validate ${file}`);
  out(`  3. npx itadoc render ${file} --out ผลลัพธ์`);
}
