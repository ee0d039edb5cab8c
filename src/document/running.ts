/**
 * The text of page-level elements, decided once for every renderer: the page number "- ๒ -" and the continuation
 * word (คำต่อหน้า) "/ลำดับที่...". A renderer that knows where its pages end (the PDF) asks these functions; one that
 * does not (Word lays out pages itself) says so in its handler.
 */
import { withDigits } from '../thai/digits.js';
import { isThaiLetter, type ThaiWordBreaker } from '../thai/words.js';
import type { PageNumberNode } from './nodes.js';

/** The page number of page `page` as printed at the top centre: "- ๒ -" (FORMAT.md), in the node's digits. */
export function pageNumberText(node: PageNumberNode, page: number): string {
  return `- ${withDigits(String(page), node.digits)} -`;
}

/** The text before and after the page number, for a renderer that draws the number itself (a Word PAGE field). */
export const PAGE_NUMBER_AFFIXES = { before: '- ', after: ' -' } as const;

const WORDS = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * The continuation mark at the foot of a page, given the text of the next page's first line: one slash, its first
 * word, and "..." (seed 000: "/จะต่อ...", "/ระดับ...", "/การคำนวณ..."). Words are the dictionary's (`words`), so a
 * compound is never cut ("/ตัวชี้วัด...", not "/ตัวชี้..."). Undefined when that line holds no word.
 */
export function continuationText(nextPageFirstLine: string, words: ThaiWordBreaker): string | undefined {
  const word = leadingWord(nextPageFirstLine, words);
  return word === undefined ? undefined : `/${word}...`;
}

/** Shorter than this, a first word is a grammatical word (จะ, การ, ที่) that the clerk writes with the next one. */
const SHORT_WORD = 4;

/**
 * The first word of `text` as a clerk would copy it for a continuation mark. Words are the dictionary's (`words`):
 * a compound stays whole (ตัวชี้วัด, ผู้มีส่วนได้ส่วนเสีย), and a first word shorter than four characters takes the
 * word right after it, as seed 000 writes "/จะต่อ..." and "/การคำนวณ...". A numbered heading or item ("๑. ความเป็นมา",
 * "(๒) การ…") announces its number with its first word. Punctuation before the word (a slash, a dash) is left out —
 * the mark has one slash of its own — and so is punctuation after it ("มาตรการ/โครงการ" gives มาตรการ), but brackets
 * around it stay ("(IIT)"). Undefined when `text` holds no word.
 */
export function leadingWord(text: string, words: ThaiWordBreaker): string | undefined {
  // A numbered heading or item announces its number and its first word.
  const marker = /^\s*(\(?[0-9\u0e50-\u0e59]+(?:\.[0-9\u0e50-\u0e59]+)*[.)]?)(?:\s+(?=\S)|\s*$)/u.exec(text);
  if (marker) {
    const next = leadingWord(text.slice(marker[0].length), words);
    return next === undefined ? marker[1] : `${marker[1]} ${next}`;
  }
  const start = /^[\s\p{P}\p{S}]*?([(\[“"‘']?)(?=[\p{L}\p{N}])/u.exec(text);
  if (!start) return undefined;
  const open = start[1]!;
  const rest = text.slice(start[0].length);
  const word = firstWord(rest, words);
  if (!word) return undefined;
  const close = { '(': ')', '[': ']', '“': '”', '"': '"', '‘': '’', "'": "'" }[open];
  const closed = close !== undefined && rest.startsWith(close, word.length);
  return `${open}${word}${closed ? close : ''}`;
}

/** The first word of `text`, which starts with a letter or digit; with the next word when it is short (SHORT_WORD). */
function firstWord(text: string, words: ThaiWordBreaker): string {
  if (isThaiLetter(text.charCodeAt(0))) {
    const [first, second] = words.words(text.slice(0, 200));
    if (!first) return '';
    const end = first.end - first.start < SHORT_WORD && second && second.start === first.end ? second.end : first.end;
    return text.slice(0, end);
  }
  // A Latin word or a number: ICU's first segment.
  for (const segment of WORDS.segment(text.slice(0, 200))) return segment.isWordLike ? segment.segment : '';
  return '';
}
