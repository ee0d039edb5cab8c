/**
 * The readable Thai summary of `itadoc analyze`: level, total, weighted table, ranking, weak items, warnings.
 * Terminal output uses Arabic digits by default (easier to compare with spreadsheets); `--digits thai` switches.
 */
import { withDigits, type Analysis, type DigitStyle, type Framework, type Input } from '../index.js';

const f2 = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(2));

/** Pads to a display width, counting Thai combining marks as zero width so columns line up. */
function pad(text: string, width: number, right = false): string {
  const visible = text.replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, '').length;
  const fill = ' '.repeat(Math.max(0, width - visible));
  return right ? fill + text : text + fill;
}

/** Returns the summary text of an analysis. */
export function formatAnalysis(input: Input, framework: Framework, a: Analysis, digits: DigitStyle = 'arabic'): string {
  const out: string[] = [];
  const line = (t = '') => out.push(t);
  line(`${input.agency.name} — ผลการประเมิน ITA ปี ${a.assessmentYear} / ITA ${a.assessmentYear} results (มาตรการปีงบประมาณ ${a.fiscalYear})`);
  if (a.total !== undefined) {
    const computed = a.computedTotal !== undefined && a.computedTotal !== a.total ? ` (คำนวณได้ / computed ${f2(a.computedTotal)})` : '';
    line(`คะแนนรวม / total: ${f2(a.total)}${computed}   ระดับ / level: ${a.level!.code}${a.level!.label !== a.level!.code ? ` (${a.level!.label})` : ''}`);
  } else {
    line('ไม่มีคะแนนการประเมิน / no scores in the input: measures only');
  }
  const rank = input.scores?.rank;
  if (rank) line(`ลำดับที่ / rank: ${rank.position} จาก / of ${rank.of}${rank.group ? ` ${rank.group}` : ''}`);
  if (a.totalChange !== undefined) line(`เปลี่ยนจากปีก่อน / change from last year: ${a.totalChange >= 0 ? '+' : ''}${f2(a.totalChange)} (ปีก่อน ${f2(a.previousTotal)})`);
  line(`เกณฑ์ผ่าน / pass mark: ${a.passMark}`);

  if (a.tools.some((t) => t.mean !== undefined)) {
    line();
    line('การคำนวณคะแนนถ่วงน้ำหนัก / weighted score');
    line(`  ${pad('เครื่องมือ', 12)}${pad('น้ำหนัก', 10, true)}${pad('คะแนนเฉลี่ย', 14, true)}${pad('ถ่วงน้ำหนัก', 14, true)}`);
    for (const t of a.tools) {
      line(`  ${pad(t.tool, 12)}${pad(String(t.weight), 10, true)}${pad(f2(t.mean), 14, true)}${pad(f2(t.weighted), 14, true)}`);
    }
    line(`  ${pad('รวม / total', 36)}${pad(f2(a.computedTotal), 14, true)}`);
  }

  if (a.ranking.length > 0) {
    line();
    line('ตัวชี้วัดเรียงตามคะแนน / indicators ranked');
    for (const n of a.ranking) {
      const ind = a.indicators.find((i) => i.number === n)!;
      const change = ind.change !== undefined ? `  (${ind.change >= 0 ? '+' : ''}${f2(ind.change)})` : '';
      const mark = ind.weak ? '  ✗ ต่ำกว่าเกณฑ์ / below pass mark' : '';
      line(`  ${pad(`${ind.rank}.`, 4)}${pad(`ตัวชี้วัดที่ ${n} ${ind.name}`, 40)} ${pad(ind.tool, 4)}${pad(f2(ind.score), 8, true)}${change}${mark}`);
    }
    line();
    line(`ต่ำกว่าเกณฑ์ / below the pass mark: ${a.weakIndicators.length} ตัวชี้วัด / indicators`);
    for (const t of a.tools) {
      if (t.lowestIndicator === undefined) continue;
      const low = a.indicators.find((i) => i.number === t.lowestIndicator)!;
      line(`  ${t.tool}: ต่ำสุด / lowest ตัวชี้วัดที่ ${low.number} ${low.name} (${f2(low.score)})`);
    }
  }

  if (a.questions.length > 0) {
    line();
    line(`ข้อคำถามต่ำกว่าเกณฑ์ ${a.passMark} / questions below ${a.passMark}`);
    for (const t of a.tools) {
      if (t.questionCount === 0) continue;
      const weak = a.questions.filter((q) => q.tool === t.tool && q.weak);
      line(`  ${t.tool}: ${t.weakQuestionCount} จาก / of ${t.questionCount} ข้อ${weak.length ? `: ${weak.map((q) => `${q.code} ${f2(q.score)}`).join(', ')}` : ''}`);
    }
  }

  if (a.suggestions.length > 0) {
    line();
    line('มาตรการที่แนะนำ (ยังไม่ได้เลือกมาตรการ) / suggested measures (the input chooses none)');
    for (const sgt of a.suggestions) {
      line(`  ตัวชี้วัดที่ ${sgt.indicator} ${sgt.indicatorName}`);
      for (const m of sgt.measures) line(`    - ${m.title}`);
    }
  } else if (input.measures?.length) {
    line();
    line(`มาตรการ / measures: ${input.measures.length}`);
  }

  const item = framework.measuresItem;
  line();
  line(`ข้อของมาตรการ / measures item: ${item.code ?? '(ไม่ทราบรหัส / code unknown)'} ${item.title}`);

  if (a.warnings.length > 0) {
    line();
    line('คำเตือน / warnings');
    for (const w of a.warnings) line(`  ! ${w.th}\n    ${w.en}`);
  }
  return withDigits(out.join('\n'), digits);
}
