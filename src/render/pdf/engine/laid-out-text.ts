/** The text of pdfmake's laid-out lines and pages, as a reader sees it. */
import type { LaidOutLine, LaidOutPage } from './pdfmake-modules.js';

/** Each laid-out line's text, read once: a pass reads its pages, the footers and the renderer read them again. */
const texts = new WeakMap<LaidOutLine, string>();

/** The text of a laid-out line without break marks; no-break spaces read as plain spaces. */
export function lineText(line: LaidOutLine): string {
  let text = texts.get(line);
  if (text === undefined) texts.set(line, (text = readLineText(line)));
  return text;
}

function readLineText(line: LaidOutLine): string {
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

/**
 * The text of the topmost line of a page's body, read left to right: with the lines level with it (a list item's
 * marker and its first line, a table row's cells), so that a page starting with "๓) แบบตรวจ…" reads as such rather
 * than as the lone marker. Undefined when the page's body holds no text.
 */
export function firstTextOfPage(page: LaidOutPage | undefined): string | undefined {
  if (!page) return undefined;
  const lines = bodyLines(page);
  if (lines.length === 0) return undefined;
  const top = Math.min(...lines.map((l) => l.y));
  return lines
    .filter((l) => Math.abs(l.y - top) <= 0.5)
    .sort((a, b) => a.x - b.x)
    .map(lineText)
    .join(' ');
}
