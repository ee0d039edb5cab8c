/** The text of pdfmake's laid-out lines and pages, as a reader sees it. */
import type { LaidOutLine, LaidOutPage } from './pdfmake-modules.js';

/** The text of a laid-out line without break marks; no-break spaces read as plain spaces. */
export function lineText(line: LaidOutLine): string {
  return line.inlines
    .map((i) => i.text)
    .join('')
    .replace(/[\u200B\u2060\n]/gu, '')
    // No-break spaces are layout only (the handlers keep "พ.ศ." with its year): the text reads a plain space.
    .replace(/\u00a0/gu, ' ')
    .trim();
}

/** The body lines of a page that hold text (between its top and bottom margins), in the order pdfmake placed them. */
export function bodyLines(page: LaidOutPage): LaidOutLine[] {
  const top = page.pageMargins.top - 0.5;
  const bottom = page.pageSize.height - page.pageMargins.bottom;
  const lines: LaidOutLine[] = [];
  for (const { type, item } of page.items) {
    if (type !== 'line') continue;
    const line = item as LaidOutLine;
    if (line.y < top || line.y >= bottom || !lineText(line)) continue;
    lines.push(line);
  }
  return lines;
}

/** The topmost text line of a page's body (leftmost of those level with it), or undefined. */
export function firstLineOfPage(page: LaidOutPage | undefined): LaidOutLine | undefined {
  if (!page) return undefined;
  let first: LaidOutLine | undefined;
  for (const line of bodyLines(page)) {
    if (!first || line.y < first.y - 0.5 || (Math.abs(line.y - first.y) <= 0.5 && line.x < first.x)) first = line;
  }
  return first;
}
