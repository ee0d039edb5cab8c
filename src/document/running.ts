/**
 * The text of page-level elements, decided once for every renderer: the page number "- ๒ -" and the continuation
 * word (คำต่อหน้า) "/ลำดับที่...". A renderer that knows where its pages end (the PDF) asks these functions; one that
 * does not (Word lays out pages itself) says so in its handler.
 */
import { withDigits } from '../thai/digits.js';
import type { PageNumberNode } from './nodes.js';

/** The page number of page `page` as printed at the top centre: "- ๒ -" (FORMAT.md), in the node's digits. */
export function pageNumberText(node: PageNumberNode, page: number): string {
  return `- ${withDigits(String(page), node.digits)} -`;
}

/** The text before and after the page number, for a renderer that draws the number itself (a Word PAGE field). */
export const PAGE_NUMBER_AFFIXES = { before: '- ', after: ' -' } as const;

const WORDS = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * The continuation mark at the foot of a page, given the text of the next page's first line: "/" + its first word
 * + "..." (seed 000: "/จะต่อ...", "/ระดับ...", "/การคำนวณ..."). Undefined when that line holds no word.
 */
export function continuationText(nextPageFirstLine: string): string | undefined {
  const word = leadingWord(nextPageFirstLine);
  return word === undefined ? undefined : `/${word}...`;
}

/**
 * The first word of `text` as a clerk would copy it for a continuation mark: with the punctuation stuck to it
 * ("(๑)", "๑."), and with the next word when ICU's dictionary splits a compound the clerk writes as one word —
 * a first word shorter than four characters takes the word right after it (ภาค|ผนวก, การ|คำนวณ, จะ|ต้อง).
 * Undefined when `text` holds no word.
 */
export function leadingWord(text: string): string | undefined {
  // A numbered heading or item ("๑. ความเป็นมา", "(๒) การ…", "๒.๑ …") announces its number and its first word.
  const marker = /^\s*(\(?[0-9\u0e50-\u0e59]+(?:\.[0-9\u0e50-\u0e59]+)*[.)]?)\s+(?=\S)/u.exec(text);
  if (marker) {
    const next = leadingWord(text.slice(marker[0].length));
    return next === undefined ? marker[1] : `${marker[1]} ${next}`;
  }
  let out = '';
  let words = 0;
  for (const segment of WORDS.segment(text.trimStart())) {
    if (/^\s+$/u.test(segment.segment)) break;
    if (segment.isWordLike) {
      if (words === 2 || (words === 1 && [...out].length >= 4)) break;
      words++;
    }
    out += segment.segment;
  }
  return words > 0 ? out : undefined;
}
