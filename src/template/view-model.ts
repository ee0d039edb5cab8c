/**
 * Template stage, part 1: input + analysis → the view model the Handlebars templates read.
 *
 * Everything a template prints is prepared here as text (scores with two decimals, B.E. dates, periods, baht in
 * words), so templates only place it. Digits are written as ASCII here; the document stage converts them to Thai
 * digits in one pass (document/apply-digits.ts), so `--digits arabic` needs no second set of templates.
 */
import type { Analysis, IndicatorResult } from '../analysis/index.js';
import type { Framework, Tool } from '../framework/index.js';
import type { Input, Measure, Person } from '../input/index.js';
import {
  fiscalYearMonths,
  formatMonthLong,
  formatPeriod,
  formatThaiDate,
  formatThaiDateShort,
  type CalendarDate,
} from '../thai/dates.js';
import { bahtText } from '../thai/baht.js';
import { formatAmount, formatScore } from '../thai/digits.js';

/** Score as printed (formatScore: two decimals, a whole 100 or 0 without them); digits become Thai later. */
export function scoreText(x: number | undefined): string {
  return x === undefined ? '–' : formatScore(x, 'arabic');
}

const STATUS_TEXT = { done: 'ดำเนินการแล้วเสร็จ', 'in-progress': 'อยู่ระหว่างดำเนินการ', 'not-started': 'ยังไม่ได้ดำเนินการ' } as const;

const COLUMN_LABELS = {
  measure: 'มาตรการ',
  weakness: 'ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน',
  steps: 'ขั้นตอน/วิธีการปฏิบัติ',
  responsible: 'ผู้รับผิดชอบ',
  period: 'ระยะเวลาดำเนินการ',
  budget: 'งบประมาณ (บาท)',
  monitoring: 'การติดตามประเมินผล',
  reportBy: 'กำหนดรายงานผล',
} as const;

/** Relative widths of each measures-table column (shared out over 16 cm). */
const COLUMN_WEIGHTS = { measure: 3.6, weakness: 3.6, steps: 6.2, responsible: 2.7, period: 2.7, budget: 2.7, monitoring: 3.0, reportBy: 2.5 } as const;

type Column = keyof typeof COLUMN_LABELS;

function signatureLines(p: Person): { name: string; position: string[]; actingFor: string[] } {
  const position = [...p.position];
  const actingFor = p.actingFor ?? [];
  // Seed 003 and FORMAT.md: "รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน" then the position signed for.
  if (actingFor.length > 0 && position.length > 0) position[position.length - 1] = `${position[position.length - 1]} ปฏิบัติราชการแทน`;
  return { name: `(${p.name})`, position, actingFor };
}

function agencyShortName(name: string): string {
  return name.replace(/^จังหวัด/, '');
}

/** Builds the view model of every document from one validated input and its analysis. */
export function buildViewModel(input: Input, framework: Framework, analysis: Analysis) {
  const agency = input.agency;
  const fy = input.fiscalYear;
  const ay = framework.assessmentYear;
  const indicator = (n: number) => analysis.indicators.find((i) => i.number === n)!;
  const hasScores = analysis.indicators.some((i) => i.score !== undefined);
  const period = fiscalYearMonths(fy);
  const itemLabel = (code: string | undefined, title: string) => (code ? `${title} (${code})` : title);

  // --- results ---------------------------------------------------------------------------------------------------
  const byTool = framework.tools.map((t) => {
    const tool = analysis.tools.find((x) => x.tool === t.tool)!;
    return {
      tool: t.tool,
      name: t.name,
      englishName: t.englishName,
      weight: String(t.weight),
      mean: scoreText(tool.printedMean),
      weighted: tool.weighted !== undefined ? tool.weighted.toFixed(2) : '–',
      indicatorCount: tool.indicators.length,
      indicators: tool.indicators.map((n) => indicatorRow(indicator(n))),
      lowest: tool.lowestIndicator !== undefined ? indicatorRow(indicator(tool.lowestIndicator)) : undefined,
      highest: tool.highestIndicator !== undefined ? indicatorRow(indicator(tool.highestIndicator)) : undefined,
      weakQuestionCount: tool.weakQuestionCount,
      questionCount: tool.questionCount,
    };
  });
  function indicatorRow(i: IndicatorResult) {
    return {
      number: i.number,
      name: i.name,
      tool: i.tool,
      score: scoreText(i.score),
      weak: i.weak,
      rank: i.rank,
      previous: i.previous !== undefined ? scoreText(i.previous) : undefined,
      change: i.change !== undefined ? `${i.change > 0 ? '+' : ''}${i.change.toFixed(2)}` : undefined,
      analysis: i.analysis,
      description: framework.indicators.find((d) => d.number === i.number)!.description,
    };
  }
  const ranked = analysis.ranking.map((n, idx) => ({ order: idx + 1, ...indicatorRow(indicator(n)) }));
  const weak = analysis.weakIndicators.map((n) => indicatorRow(indicator(n)));
  const strengths = analysis.indicators.filter((i) => i.assessment === 'strength' && (i.analysis.length > 0 || i.score !== undefined));
  const weaknesses = analysis.indicators.filter((i) => i.assessment === 'weakness' && (i.analysis.length > 0 || i.score !== undefined));
  const withNotes = analysis.indicators.some((i) => i.analysis.length > 0);

  const questionTables = (['IIT', 'EIT', 'OIT'] as Tool[])
    .map((tool) => {
      const rows = analysis.questions.filter((q) => q.tool === tool);
      const def = framework.tools.find((t) => t.tool === tool)!;
      return {
        tool,
        name: def.name,
        rows: rows.map((q) => ({
          code: q.code,
          text: q.text ?? '',
          score: scoreText(q.score),
          weak: q.weak,
          subItems: q.subItems.map((s) => ({ text: s.text, score: scoreText(s.score), weak: s.weak })),
          answers: q.answers ? Object.entries(q.answers).map(([choice, share]) => ({ choice, share: share.toFixed(2) })) : [],
        })),
        weakCount: rows.filter((q) => q.weak).length,
        count: rows.length,
      };
    })
    .filter((t) => t.rows.length > 0);
  const answerChoices = [...new Set(analysis.questions.flatMap((q) => Object.keys(q.answers ?? {})))];

  // Development points: one row per question, the indicator cell merged across its rows, the points cell merged
  // across the questions of one entry (seed 000's table 5).
  const devRows: {
    indicatorName?: string;
    indicatorSpan?: number;
    question: string;
    score: string;
    points?: string[];
    pointsSpan?: number;
  }[] = [];
  const devEntries = input.developmentPoints ?? [];
  for (let e = 0; e < devEntries.length; e++) {
    const entry = devEntries[e]!;
    const codes = entry.questions?.length
      ? entry.questions
      : analysis.questions.filter((q) => q.indicator === entry.indicator && q.weak).map((q) => q.code);
    const rows = (codes.length ? codes : ['']).map((code, k) => {
      const q = analysis.questions.find((x) => x.code === code);
      return {
        question: q ? `${q.text ? q.text : code}` : code,
        score: q ? scoreText(q.score) : '',
        ...(k === 0 ? { points: entry.points, pointsSpan: Math.max(codes.length, 1) } : {}),
      };
    });
    const prev = devEntries[e - 1];
    if (prev && prev.indicator === entry.indicator) {
      // Same indicator as the previous entry: extend its merged indicator cell.
      const head = [...devRows].reverse().find((r) => r.indicatorSpan !== undefined)!;
      head.indicatorSpan! += rows.length;
      devRows.push(...rows);
    } else {
      devRows.push({ indicatorName: indicator(entry.indicator).name, indicatorSpan: rows.length, ...rows[0]! }, ...rows.slice(1));
    }
  }
  const devScoreLabel = `คะแนนปี ${ay}`;

  // --- measures ----------------------------------------------------------------------------------------------------
  const measures = input.measures ?? [];
  const table = input.measuresTable ?? {};
  const hasData = (c: Column) =>
    measures.some((m) =>
      c === 'measure' ? true : c === 'weakness' ? m.weakness : c === 'reportBy' ? m.reportBy : c === 'period' ? m.period : c === 'budget' ? m.budget !== undefined : (m as Record<string, unknown>)[c],
    );
  const columns: Column[] =
    table.columns ??
    (['weakness', 'measure', 'steps', 'responsible', 'period', 'budget', 'monitoring', 'reportBy'] as Column[]).filter((c) => hasData(c));
  // Grouped measures usually carry their own sub-numbers (seed 004: "(๒.๑)"), so only ungrouped ones are numbered.
  const numbering = table.numbering ?? !(input.measureGroups?.length);
  const stepMarker = table.stepStyle === 'dash' ? 'dash' : 'thai';
  const groups = input.measureGroups ?? [];
  const blocksOf = <T,>(row: (m: Measure) => T) => {
    const out: { group?: { number: number; title: string }; rows: T[] }[] = [];
    if (groups.length > 0) {
      groups.forEach((g, gi) => out.push({ group: { number: gi + 1, title: g.title }, rows: measures.filter((m) => m.group === g.id).map(row) }));
      const ungrouped = measures.filter((m) => m.group === undefined).map(row);
      if (ungrouped.length) out.push({ rows: ungrouped });
    } else out.push({ rows: measures.map(row) });
    return out;
  };
  /** Title lines of a measure, the first numbered "1." when the table numbers measures. */
  const numberedTitle = (m: Measure, n: number) => m.title.map((t, k) => (k === 0 && numbering ? `${n}. ${t}` : t));
  let number = 0;
  const measureRow = (m: Measure) => {
    number++;
    const cells = columns.map((c) => {
      switch (c) {
        case 'measure':
          return { lines: numberedTitle(m, number) };
        case 'weakness':
          return { lines: m.weakness ? [m.weakness] : [] };
        case 'steps':
          return { list: m.steps ?? [] };
        case 'responsible':
          return { lines: m.responsible ?? [] };
        case 'period':
          return { lines: m.period ? [formatPeriod(m.period.start, m.period.end, 'arabic')] : [], center: true };
        case 'budget':
          return {
            lines: m.budget !== undefined ? [formatAmount(m.budget, 'arabic', Number.isInteger(m.budget) ? 0 : 2), `(${bahtText(m.budget)})`] : [],
            center: true,
          };
        case 'monitoring':
          return { lines: m.monitoring ?? [] };
        case 'reportBy':
          return { lines: m.reportBy ? [formatThaiDateShort(m.reportBy, 'arabic')] : [], center: true };
      }
    });
    return { id: m.id, cells };
  };
  const measureBlocks = blocksOf(measureRow);
  const measuresTable = {
    columns: columns.map((c) => ({ key: c, label: table.labels?.[c] ?? COLUMN_LABELS[c], weight: COLUMN_WEIGHTS[c] })),
    widths: (table.widths && table.widths.length === columns.length ? table.widths : columns.map((c) => COLUMN_WEIGHTS[c])).join(','),
    columnCount: columns.length,
    blocks: measureBlocks,
    stepMarker,
    size: columns.length >= 5 ? 14 : 16,
  };

  // Suggested measures (from the catalogue) when the input chose none.
  const suggestions = analysis.suggestions.map((s) => ({
    indicator: s.indicator,
    indicatorName: s.indicatorName,
    measures: s.measures,
  }));

  // --- progress (O43) and the blank reporting form -------------------------------------------------------------------
  const progress = input.progress;
  const roundEnd = progress?.round === 12 ? period.end : { year: period.start.year + 1, month: 3 };
  const none = (v: 'none' | string[] | undefined) => (v === 'none' ? ['ไม่มี'] : v && v.length ? v : ['(ยังไม่ได้ระบุ)']);
  let progressNumber = 0;
  const progressRow = (m: Measure) => {
    progressNumber++;
    const item = progress?.items.find((p) => p.measure === m.id);
    const percent = item?.percent ?? (item?.status === 'done' ? 100 : item?.status === 'not-started' ? 0 : undefined);
    return {
      id: m.id,
      title: numberedTitle(m, progressNumber),
      reported: item !== undefined,
      status: item ? STATUS_TEXT[item.status] : 'ยังไม่ได้รายงาน',
      percent: percent !== undefined ? `ร้อยละ ${Number.isInteger(percent) ? percent : percent.toFixed(2)}` : undefined,
      done: item?.done ?? [],
      outputs: item?.outputs ?? [],
      problems: item ? none(item.problems) : [],
      recommendations: item ? none(item.recommendations) : [],
      evidence: item?.evidence ?? [],
    };
  };
  const progressModel = progress && (() => {
    const blocks = blocksOf(progressRow);
    const rows = blocks.flatMap((b) => b.rows);
    const count = (status: string) => progress.items.filter((i) => i.status === status).length;
    const percents = progress.items.map((i) => i.percent ?? (i.status === 'done' ? 100 : i.status === 'not-started' ? 0 : undefined)).filter((p): p is number => p !== undefined);
    return {
      round: String(progress.round),
      roundLabel: `รอบ ${progress.round} เดือน (${formatMonthLong(period.start, 'arabic')} – ${formatMonthLong(roundEnd, 'arabic')})`,
      asOf: progress.asOf ? formatThaiDate(progress.asOf, 'arabic') : undefined,
      example: progress.example ?? false,
      blocks,
      summary: {
        total: String(rows.length),
        done: String(count('done')),
        inProgress: String(count('in-progress')),
        notStarted: String(count('not-started')),
        notReported: String(rows.filter((r) => !r.reported).length),
        averagePercent: percents.length ? (percents.reduce((a, b) => a + b, 0) / percents.length).toFixed(2) : undefined,
      },
    };
  })();
  let formNumber = 0;
  const formBlocks = blocksOf((m) => ({ title: numberedTitle(m, ++formNumber) }));

  // --- letter ------------------------------------------------------------------------------------------------------
  const letter = input.letter;
  const measuresItem = framework.measuresItem;
  const reportItem = framework.reportItem;
  const defaultMemoBody = [
    `ด้วยในการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. ${fy} กำหนดให้หน่วยงานดำเนินการตามตัวชี้วัดมาตรการภายในเพื่อป้องกันการทุจริต ได้แก่ ${itemLabel(measuresItem.code, measuresItem.title)} และ${itemLabel(reportItem.code, reportItem.title)}`,
    `ในการนี้ ${agency.name}ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ${ay}${
      analysis.total !== undefined ? ` ซึ่งได้คะแนน ${scoreText(analysis.total)} คะแนน อยู่ในระดับ ${analysis.level!.code}` : ''
    } แล้ว จึงได้กำหนด${measuresItem.title}ของ${agency.name} ประจำปีงบประมาณ พ.ศ. ${fy} เพื่อให้ส่วนราชการถือปฏิบัติ และแจ้งบุคลากรในสังกัดทราบ${
      letter?.reportBy ? ` โดยรายงานผลการดำเนินงานภายในวันที่ ${formatThaiDate(letter.reportBy, 'arabic')}` : ''
    }${letter?.replyEmail ? ` ทาง E-mail : ${letter.replyEmail}` : ''} รายละเอียดปรากฏตามสิ่งที่ส่งมาพร้อมนี้`,
  ];
  const letterModel = letter && {
    kind: letter.kind,
    number: letter.number,
    date: formatThaiDate(letter.date, 'arabic'),
    reportBy: letter.reportBy ? formatThaiDate(letter.reportBy, 'arabic') : undefined,
    subject: letter.subject,
    to: letter.to,
    urgency: letter.urgency,
    references: letter.references ?? [],
    enclosures: (letter.enclosures ?? []).map((e, k) => ({ number: k + 1, title: e.title, quantity: e.quantity })),
    body: letter.body ?? defaultMemoBody,
    closing: letter.closing ?? 'จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ',
    signatory: signatureLines(letter.signatory),
    contact: {
      unit: letter.contact?.unit ?? (agency.owningUnit ? [agency.owningUnit] : []),
      phone: letter.contact?.phone ?? agency.phone,
      fax: letter.contact?.fax ?? agency.fax,
      email: letter.contact?.email ?? letter.replyEmail ?? agency.email,
    },
    unit: [agency.owningUnit ?? agency.name, agency.phone ? `โทร. ${agency.phone}` : ''].filter(Boolean).join(' '),
  };

  // --- sections of the O42 document, numbered in the order they appear ---------------------------------------------
  const present = {
    background: true,
    results: hasScores,
    weighted: analysis.tools.every((t) => t.mean !== undefined),
    recommendations: (input.scores?.recommendations?.length ?? 0) > 0,
    analysis: questionTables.length > 0 || withNotes || weak.length > 0,
    development: devRows.length > 0,
    measures: measures.length > 0 || suggestions.length > 0,
  };
  let sectionNo = 0;
  const section = (on: boolean) => (on ? ++sectionNo : 0);
  const sections = {
    background: section(present.background),
    results: section(present.results),
    recommendations: section(present.recommendations),
    analysis: section(present.analysis),
    development: section(present.development),
    measures: section(present.measures),
  };

  const o42Title = input.titles?.o42 ?? [measuresItem.title, `ประจำปีงบประมาณ พ.ศ. ${fy}`, agency.name];

  return {
    agency: { ...agency, shortName: agencyShortName(agency.name) },
    fiscalYear: String(fy),
    assessmentYear: String(ay),
    fiscalPeriod: `${formatMonthLong(period.start, 'arabic')} – ${formatMonthLong(period.end, 'arabic')}`,
    measuresItem: { ...measuresItem, label: itemLabel(measuresItem.code, measuresItem.title) },
    reportItem: { ...reportItem, label: itemLabel(reportItem.code, reportItem.title) },
    titles: { o42: o42Title },
    preface: input.preface ?? [],
    background: input.background,
    introduction: input.introduction ?? [],
    conclusion: input.conclusion,
    framework: {
      toolCount: framework.tools.length,
      indicatorCount: framework.indicators.length,
      tools: byTool,
      levels: framework.levels.map((l) => ({
        code: l.code,
        range: l.minEachTool !== undefined ? `${l.min.toFixed(2)} ขึ้นไป และทุกเครื่องมือไม่ต่ำกว่า ${l.minEachTool.toFixed(2)}` : `${l.min.toFixed(2)} – ${l.max === 100 ? '100' : l.max.toFixed(2)}`,
      })),
      gradeSystem: framework.levelSystem === 'grades',
    },
    passMark: Number.isInteger(analysis.passMark) ? String(analysis.passMark) : analysis.passMark.toFixed(2),
    hasScores,
    total: analysis.total !== undefined ? scoreText(analysis.total) : undefined,
    // The weighted table's total row prints the same total as every other page (reconcile.ts).
    computedTotal: analysis.computedTotal !== undefined ? (analysis.total ?? analysis.computedTotal).toFixed(2) : undefined,
    level: analysis.level,
    rank: input.scores?.rank,
    previousTotal: analysis.previousTotal !== undefined ? scoreText(analysis.previousTotal) : undefined,
    totalChange: analysis.totalChange !== undefined ? `${analysis.totalChange > 0 ? '+' : ''}${analysis.totalChange.toFixed(2)}` : undefined,
    byTool,
    ranked,
    weak,
    weakCount: weak.length,
    strengths: strengths.map(indicatorRow),
    weaknesses: weaknesses.map(indicatorRow),
    recommendations: (input.scores?.recommendations ?? []).map((r) => ({
      ...r,
      toolName: r.tool ? framework.tools.find((t) => t.tool === r.tool)!.name : undefined,
    })),
    questionTables,
    answerChoices,
    development: { rows: devRows, scoreLabel: devScoreLabel },
    measures: measuresTable,
    hasMeasures: measures.length > 0,
    suggestions,
    letter: letterModel,
    progress: progressModel,
    form: {
      blocks: formBlocks,
      // Three lines, so that no line wraps and leaves a word alone below it.
      title: input.titles?.form ?? [
        'แบบรายงานผลการดำเนินงานตาม',
        measuresItem.title,
        `ประจำปีงบประมาณ พ.ศ. ${fy} ${agency.name}`,
      ],
    },
    o43Title: input.titles?.o43 ?? [`รายงาน${reportItem.title.replace(/^รายงาน/, '')}`, `ประจำปีงบประมาณ พ.ศ. ${fy} ${agency.name}`],
    head: agency.head && signatureLines(agency.head),
    signOff: input.signOff && {
      preparedBy: input.signOff.preparedBy && signatureLines(input.signOff.preparedBy),
      approvedBy: input.signOff.approvedBy && signatureLines(input.signOff.approvedBy),
    },
    sections,
    statusText: STATUS_TEXT,
  };
}

/** The view model's type, for templates' tests. */
export type ViewModel = ReturnType<typeof buildViewModel>;

/** The date a document is dated by: the letter's date, else 1 October of the fiscal year (its first day). */
export function documentDate(input: Input): CalendarDate {
  if (input.letter) return input.letter.date;
  const { start } = fiscalYearMonths(input.fiscalYear);
  return { year: start.year, month: start.month, day: 1 };
}
