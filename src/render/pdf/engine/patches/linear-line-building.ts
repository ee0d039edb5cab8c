/**
 * Patch of pdfmake 0.3.11 src/LayoutBuilder.js: `buildNextLine`, with the same lines, in time linear in the number of
 * words of a paragraph.
 *
 * pdfmake asks, for every word it puts on a line, whether the word fits together with the words glued to it
 * (`noNewLine`), and hands `Line.hasEnoughSpaceForInline` a copy of EVERY word still to be set
 * (`_inlines.slice(1)`) although it reads only that glued chain. A paragraph of 100,000 words (100,000 emoji, each
 * a place to break) was copied once per word: 66 s for one field (issue 12). This version passes the glued chain
 * only. It also takes the words off a short array: V8 removes the first element of a long array (over about 16,000
 * elements) by moving all the others, so a paragraph of more than {@link LONG_PARAGRAPH} words is set from a window
 * of {@link WINDOW} words, refilled from the rest as it empties. Everything else is pdfmake 0.3.11's code (pinned in
 * package.json), statement for statement.
 */
import { createRequire } from 'node:module';
import type { Patch } from './patch.js';

const require = createRequire(import.meta.url);

interface Inline {
  text: string;
  width: number;
  noWrap?: boolean;
  noNewLine?: boolean;
}
interface LineInstance {
  hasEnoughSpaceForInline(inline: Inline, nextInlines?: Inline[]): boolean;
  getAvailableWidth(): number;
  addInline(inline: Inline): void;
  lastLineInParagraph?: boolean;
}
interface TextNode {
  _inlines?: Inline[];
}
interface Builder {
  writer: { context(): { availableWidth: number } };
}

const NO_INLINES: Inline[] = [];
const LONG_PARAGRAPH = 8_192;
const WINDOW = 4_096;

/** The words of a long paragraph not yet in its window: the paragraph's own array, and the next word to take. */
const reserves = new WeakMap<Inline[], { rest: Inline[]; next: number }>();

/** The node's words to set, its window refilled to `needed` words while words remain in reserve. */
function wordsOf(textNode: TextNode, needed = WINDOW / 2): Inline[] | undefined {
  let inlines = textNode._inlines;
  if (!inlines) return inlines;
  if (inlines.length > LONG_PARAGRAPH && !reserves.has(inlines)) {
    const window = inlines.slice(0, WINDOW);
    reserves.set(window, { rest: inlines, next: WINDOW });
    textNode._inlines = inlines = window;
  }
  const reserve = reserves.get(inlines);
  if (reserve && inlines.length < needed) {
    const target = Math.max(needed, WINDOW);
    while (inlines.length < target && reserve.next < reserve.rest.length) inlines.push(reserve.rest[reserve.next++]!);
    if (reserve.next === reserve.rest.length) reserves.delete(inlines);
  }
  return inlines;
}

/** The words `hasEnoughSpaceForInline` reads after `inlines[0]`: those glued to it, and the first one that is not. */
function gluedChain(textNode: TextNode): Inline[] {
  let inlines = textNode._inlines!;
  if (!inlines[0]!.noNewLine) return NO_INLINES;
  let end = 1;
  for (;;) {
    while (end < inlines.length && inlines[end]!.noNewLine) end++;
    if (end < inlines.length || !reserves.has(inlines)) break;
    inlines = wordsOf(textNode, inlines.length + WINDOW)!;
  }
  return inlines.slice(1, end + 1);
}

/**
 * Installed for every layout (it bounds the time of pathological input, not only speed); guarded by
 * tests/render/pdf/engine/contract.test.ts, differential.test.ts (the same lines) and pathological-text.test.ts.
 */
export const linearLineBuilding: Patch = {
  name: 'linear-line-building',
  install() {
    const builder = (require('pdfmake/js/LayoutBuilder.js') as { default: { prototype: { buildNextLine: unknown } } }).default;
    const original = builder.prototype.buildNextLine;
    builder.prototype.buildNextLine = buildNextLine;
    return () => {
      builder.prototype.buildNextLine = original;
    };
  },
};

/** pdfmake's buildNextLine, statement for statement, with the word list read as a window and the glued chain only. */
function defineBuildNextLine() {
  const LineClass = (require('pdfmake/js/Line.js') as { default: new (maxWidth: number) => LineInstance }).default;
  const TextInlinesClass = (
    require('pdfmake/js/TextInlines.js') as { default: new (pdfDocument: null) => { widthOfText(text: string, inline: Inline): number } }
  ).default;
  function cloneInline(inline: Inline): Inline {
    const newInline = (inline.constructor as () => Inline)();
    for (const key in inline) (newInline as unknown as Record<string, unknown>)[key] = (inline as unknown as Record<string, unknown>)[key];
    return newInline;
  }
  function findMaxFitLength(text: string, maxWidth: number, measureFn: (text: string) => number): number {
    let low = 1;
    let high = text.length;
    let bestFit = 1;
    while (low <= high) {
      const mid = Math.floor((low + high) / 2);
      const width = measureFn(text.substring(0, mid));
      if (width <= maxWidth) {
        bestFit = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return bestFit;
  }

  return function buildNextLine(this: Builder, textNode: TextNode): LineInstance | null {
    if (!wordsOf(textNode) || textNode._inlines!.length === 0) return null;
    const line = new LineClass(this.writer.context().availableWidth);
    const textInlines = new TextInlinesClass(null);
    let isForceContinue = false;
    while (
      wordsOf(textNode) &&
      textNode._inlines!.length > 0 &&
      (line.hasEnoughSpaceForInline(textNode._inlines![0]!, gluedChain(textNode)) || isForceContinue)
    ) {
      let isHardWrap = false;
      const inline = textNode._inlines!.shift()!;
      if (!inline.noWrap && inline.text.length > 1 && inline.width > line.getAvailableWidth()) {
        const maxChars = findMaxFitLength(inline.text, line.getAvailableWidth(), (txt) => textInlines.widthOfText(txt, inline));
        if (maxChars < inline.text.length) {
          const newInline = cloneInline(inline);
          newInline.text = inline.text.substr(maxChars);
          inline.text = inline.text.substr(0, maxChars);
          newInline.width = textInlines.widthOfText(newInline.text, newInline);
          inline.width = textInlines.widthOfText(inline.text, inline);
          textNode._inlines!.unshift(newInline);
          isHardWrap = true;
        }
      }
      line.addInline(inline);
      isForceContinue = Boolean(inline.noNewLine) && !isHardWrap;
    }
    line.lastLineInParagraph = wordsOf(textNode)!.length === 0;
    return line;
  };
}

const buildNextLine = defineBuildNextLine();
