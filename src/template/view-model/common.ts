/**
 * The parts of the view model every document shares: the agency, the years, the ITA items, the people who sign.
 *
 * The view model holds data, not prose: values are prepared as text (scores with two decimals, B.E. dates, periods)
 * with ASCII digits — the document stage writes every digit in the document's digits afterwards — and every
 * sentence and label a clerk may want to reword is in a template (templates/), never here.
 */
import type { Analysis } from '../../analysis/index.js';
import type { Framework } from '../../framework/index.js';
import type { Input, Person } from '../../input/index.js';
import { fiscalYearMonths, formatMonthLong, formatThaiDate, type CalendarDate } from '../../thai/dates.js';
import { formatScore } from '../../thai/digits.js';

/** What every view-model part is built from. */
export interface ModelSource {
  input: Input;
  framework: Framework;
  analysis: Analysis;
}

/** A score as printed: two decimals, a whole 100 or 0 without them; "–" when there is none. ASCII digits. */
export function scoreText(x: number | undefined): string {
  return x === undefined ? '–' : formatScore(x, 'arabic');
}

/** A signed change with two decimals: "+1.25", "-0.50". */
export function changeText(x: number): string {
  return `${x > 0 ? '+' : ''}${x.toFixed(2)}`;
}

/** A person who signs, as the signature partial prints them. */
export function personModel(p: Person) {
  return { name: p.name, position: p.position, actingFor: p.actingFor ?? [] };
}

/** An ITA item (O42, O43 …): its code when known, the document's title, and the item as the year's list names it. */
function itemModel(item: Framework['measuresItem']) {
  return { code: item.code, title: item.title, label: item.code ? `${item.itemTitle ?? item.title} (${item.code})` : item.title };
}

/** The letter's own fields that other documents print too (the form's report-by date, the O43's signatory). */
export function letterFields(input: Input) {
  const letter = input.letter;
  return (
    letter && {
      kind: letter.kind,
      reportBy: letter.reportBy ? formatThaiDate(letter.reportBy, 'arabic') : undefined,
      replyEmail: letter.replyEmail,
      signatory: personModel(letter.signatory),
    }
  );
}

/** The view-model fields of every document. */
export function commonModel({ input, framework }: ModelSource) {
  const agency = input.agency;
  const period = fiscalYearMonths(input.fiscalYear);
  return {
    agency: { ...agency, shortName: agency.name.replace(/^จังหวัด/, '') },
    fiscalYear: String(input.fiscalYear),
    assessmentYear: String(framework.assessmentYear),
    fiscalPeriod: { start: formatMonthLong(period.start, 'arabic'), end: formatMonthLong(period.end, 'arabic') },
    measuresItem: itemModel(framework.measuresItem),
    reportItem: itemModel(framework.reportItem),
    titles: input.titles ?? {},
    head: input.agency.head && personModel(input.agency.head),
    signOff: input.signOff && {
      preparedBy: input.signOff.preparedBy && personModel(input.signOff.preparedBy),
      approvedBy: input.signOff.approvedBy && personModel(input.signOff.approvedBy),
    },
  };
}

/** The date a document is dated by: the letter's date, else 1 October of the fiscal year (its first day). */
export function documentDate(input: Input): CalendarDate {
  if (input.letter) return input.letter.date;
  const { start } = fiscalYearMonths(input.fiscalYear);
  return { year: start.year, month: start.month, day: 1 };
}
