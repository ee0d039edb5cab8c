/**
 * `npm run bench [-- --agencies N --jobs J --format docx,pdf --keep]`: national-scale throughput through the batch path.
 *
 * Generates N synthetic agencies (default 300) with text lengths like the seeds' (Pathum Thani's question tables and
 * measures, with a 6-month progress report per measure), renders O42 + O43 as DOCX + PDF with the worker pool, and
 * prints files/s, per-document latency percentiles and peak memory. Where LibreOffice is installed it also converts
 * some of the same DOCX files and prints how much faster itadoc is.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { WORKER_BUDGET_OLD_GENERATION_MB, WORKER_RETIRE_RSS_MB, runBatch } from '../batch/run-batch.js';
import type { Format } from '../render/renderer.js';

const { values } = parseArgs({
  options: {
    agencies: { type: 'string', default: '300' },
    jobs: { type: 'string' },
    format: { type: 'string', default: 'docx,pdf' },
    keep: { type: 'boolean', default: false },
    libreoffice: { type: 'string', default: '10' },
  },
});
const agencies = Number(values.agencies);
const formats = values.format!.split(',') as Format[];

/** A small deterministic PRNG (mulberry32) so two runs render the same inputs. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sampleFile = fileURLToPath(new URL('../../samples/pathumthani-2563.json', import.meta.url));
const base = JSON.parse(readFileSync(sampleFile, 'utf8')) as Record<string, any>;
const rnd = random(2568);
const score = (lo: number, hi: number) => Math.round((lo + rnd() * (hi - lo)) * 100) / 100;
const kinds = ['province', 'municipality', 'department', 'school', 'hospital'];

function syntheticInput(i: number) {
  const input = structuredClone(base);
  input.agency = { ...input.agency, name: `หน่วยงานทดสอบที่ ${i + 1} จังหวัดตัวอย่าง`, kind: kinds[i % kinds.length] };
  const indicators: Record<string, number> = {};
  for (let n = 1; n <= 10; n++) indicators[String(n)] = score(n === 10 ? 20 : 60, 100);
  input.scores = { ...input.scores, indicators, overall: undefined, tools: undefined, level: undefined };
  input.scores.questions = input.scores.questions.map((q: { score: number }) => ({ ...q, score: score(60, 100) }));
  input.progress = {
    round: 6,
    asOf: '2563-03-31',
    items: input.measures.map((m: { id: string }, k: number) => ({
      measure: m.id,
      status: k % 3 === 0 ? 'done' : 'in-progress',
      percent: k % 3 === 0 ? 100 : 40 + ((i + k) % 5) * 10,
      done: ['ดำเนินการตามขั้นตอนที่กำหนด ประชุมชี้แจงบุคลากรในสังกัด และเผยแพร่ข้อมูลบนเว็บไซต์ของหน่วยงานอย่างต่อเนื่อง'],
      outputs: ['บุคลากรร้อยละ ๙๐ รับทราบแนวทางปฏิบัติ'],
      problems: k % 2 ? 'none' : ['บุคลากรบางส่วนยังไม่เข้าใจขั้นตอนการปฏิบัติงานตามคู่มือ'],
      recommendations: k % 2 ? 'none' : ['ควรจัดอบรมทบทวนเป็นระยะ'],
      evidence: [{ title: 'รายงานการประชุม', url: `https://www.example.go.th/ita/${i}/${m.id}.pdf` }],
    })),
  };
  delete input.letter;
  return input;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'itadoc-bench-'));
  const inputs = join(work, 'inputs');
  const out = join(work, 'out');
  mkdirSync(inputs);
  for (let i = 0; i < agencies; i++) writeFileSync(join(inputs, `agency-${String(i).padStart(5, '0')}.json`), JSON.stringify(syntheticInput(i)));
  const jobs = values.jobs ? Number(values.jobs) : availableParallelism();
  console.log(`itadoc bench: ${agencies} agencies × (o42 + o43) × (${formats.join(' + ')}) with ${jobs} worker threads`);

  const summary = await runBatch({ inputs: [inputs], out, jobs, formats, documents: ['o42', 'o43'] });
  if (summary.failed > 0) {
    console.error(`${summary.failed} inputs failed, e.g. ${summary.entries.find((e) => e.status === 'failed')?.error}`);
    process.exitCode = 1;
  }
  const sorted = [...summary.timings].sort((a, b) => a - b);
  const rate = summary.files / summary.seconds;
  const rss = process.resourceUsage().maxRSS / 1024;
  const national = (8303 * 2 * formats.length) / rate;
  console.log(`files          ${summary.files} in ${summary.seconds.toFixed(1)} s`);
  console.log(`throughput     ${rate.toFixed(1)} files/s`);
  console.log(`latency/doc    p50 ${percentile(sorted, 50).toFixed(0)} ms   p95 ${percentile(sorted, 95).toFixed(0)} ms   max ${sorted[sorted.length - 1]?.toFixed(0)} ms (one worker)`);
  console.log(`peak RSS       ${rss.toFixed(0)} MB (whole process, all workers)`);
  console.log(
    `workers        ${jobs}; ${summary.workersRetired} retired over the ${WORKER_RETIRE_RSS_MB * jobs} MB budget, replaced with a ${WORKER_BUDGET_OLD_GENERATION_MB} MB heap limit`,
  );
  console.log(`national scale 8,303 agencies → ${(8303 * 2 * formats.length).toLocaleString('en-US')} files ≈ ${(national / 60).toFixed(1)} min at this rate`);

  const loCount = Number(values.libreoffice);
  if (formats.includes('docx') && loCount > 0 && spawnSync('sh', ['-c', 'command -v soffice']).status === 0) {
    const docx = summary.entries.slice(0, loCount).flatMap((e) => e.files.filter((f) => f.endsWith('.docx')));
    const loDir = join(work, 'lo');
    mkdirSync(loDir);
    const t0 = performance.now();
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', loDir, ...docx], { stdio: 'ignore', timeout: 900_000 });
    const loSeconds = (performance.now() - t0) / 1000;
    const loRate = docx.length / loSeconds;
    console.log(`LibreOffice    ${docx.length} of the same DOCX → PDF in ${loSeconds.toFixed(1)} s = ${loRate.toFixed(2)} files/s (one process)`);
    console.log(`ratio          itadoc is ${(rate / loRate).toFixed(0)}× LibreOffice's conversion rate`);
  }
  if (values.keep) console.log(`kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

await main();
