/**
 * What a reviewer reads off a PDF's page breaks, from MuPDF's structured text (mutool draw -F stext): body lines with
 * their position and whether they start in bold, and the page breaks that leave a single line of a paragraph alone
 * (orphan: a first line ending a page; widow: a last line starting one) or a heading or bold lead-in ending a page.
 *
 * Paragraphs are told apart by the regulation's geometry, as a reader's eye does: body text starts at the left
 * margin (3 cm) or, on a paragraph's first line, 2.5 cm further in; a line that runs to the right margin (2 cm) is
 * justified and so continues; a paragraph's lines are one line pitch apart, paragraphs further.
 */
import { spawnSync } from 'node:child_process';
import { CM } from '../../src/document/typography.js';

/** A line of text on a page, in points from the page's top-left corner. */
export interface TextLine {
  page: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  bold: boolean;
  text: string;
}

const LEFT = 3 * CM;
const FIRST = LEFT + 2.5 * CM;
const RIGHT = 595.28 - 2 * CM;
/** Lines above this (page numbers) and below that (continuation words) are page furniture, not body. */
const BODY_TOP = 50;
const BODY_BOTTOM = 841.89 - 2 * CM;

const near = (a: number, b: number, tolerance = 1.5) => Math.abs(a - b) <= tolerance;

/** The text lines of a PDF, page by page, top to bottom. */
export function textLines(pdf: string): TextLine[][] {
  const xml = spawnSync('mutool', ['draw', '-F', 'stext', '-o', '-', pdf], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout;
  const pages: TextLine[][] = [];
  for (const [p, page] of xml.split('<page ').slice(1).entries()) {
    const lines: TextLine[] = [];
    for (const m of page.matchAll(/<line bbox="([\d.-]+) ([\d.-]+) ([\d.-]+) ([\d.-]+)"[^>]*>([\s\S]*?)<\/line>/g)) {
      const body = m[5]!;
      const font = /<font name="([^"]+)"/.exec(body)?.[1] ?? '';
      const text = [...body.matchAll(/c="([^"]*)"/g)]
        .map((c) => c[1]!.replace(/&#x([0-9a-f]+);/gi, (_s, h: string) => String.fromCodePoint(parseInt(h, 16))))
        .join('');
      if (!text.trim()) continue;
      const line = { page: p, x0: Number(m[1]), top: Number(m[2]), x1: Number(m[3]), bottom: Number(m[4]), bold: /bold/i.test(font), text };
      // MuPDF may cut a line in two at a wide gap: pieces on one baseline are one line.
      const same = lines.find((l) => near(l.bottom, line.bottom, 0.5));
      if (same) {
        same.x0 = Math.min(same.x0, line.x0);
        same.x1 = Math.max(same.x1, line.x1);
        same.text += line.text;
      } else lines.push(line);
    }
    pages.push(lines.sort((a, b) => a.top - b.top));
  }
  return pages;
}

/** The lines between the page's top and bottom margins (no page number, no continuation word). */
export function bodyLines(page: TextLine[]): TextLine[] {
  return page.filter((l) => l.top >= BODY_TOP && l.bottom <= BODY_BOTTOM + 1);
}

const isBodyStart = (l: TextLine) => near(l.x0, LEFT) || near(l.x0, FIRST);
/** A justified line that runs to the right margin: its paragraph goes on. */
const continues = (l: TextLine) => l.x1 >= RIGHT - 2;

/** What is wrong at one page break. */
export interface FlowProblem {
  kind: 'orphan' | 'widow' | 'heading';
  /** The page (1-based) whose foot the break is at. */
  page: number;
  text: string;
}

/** The page breaks of a PDF that leave one line of a paragraph alone, or a heading or bold lead-in at a page's foot. */
export function flowProblems(pdf: string): FlowProblem[] {
  const pages = textLines(pdf).map(bodyLines);
  const out: FlowProblem[] = [];
  for (let p = 0; p + 1 < pages.length; p++) {
    const last = pages[p]!.at(-1);
    const next = pages[p + 1]!;
    const first = next[0];
    if (!last || !first) continue;
    const runsOn = continues(last) && isBodyStart(last) && near(first.x0, LEFT);
    // Orphan: the first line of an indented paragraph ends the page, the rest starts the next.
    if (runsOn && near(last.x0, FIRST)) out.push({ kind: 'orphan', page: p + 1, text: last.text });
    // Widow: the paragraph's last line starts the next page alone.
    const after = next[1];
    const endsParagraph = !after || !near(after.x0, LEFT) || after.top - first.top > 21.5;
    if (runsOn && endsParagraph && !continues(first)) out.push({ kind: 'widow', page: p + 2, text: first.text });
    // A heading or a bold lead-in, complete on its line, ends the page while what it introduces starts the next (a
    // run of bold-led lines, such as the indicators listed with their scores, is a list, not a heading and its text).
    const leadIn = (l: TextLine) => l.bold && isBodyStart(l) && !continues(l);
    if (leadIn(last) && !(first.bold && isBodyStart(first))) out.push({ kind: 'heading', page: p + 1, text: last.text });
  }
  return out;
}
