/** Types of thai-line-ends.mjs, for the tests that import it. */
export interface LineEndSplit {
  line: number;
  before: string;
  after: string;
  word: string;
}
export declare const DEFAULT_LISTS: string[];
export declare function readWordLists(files?: string[]): Set<string>;
export declare function pdfLines(file: string): string[];
export declare function splitWords(lines: string[], words: Set<string>): { junctions: number; splits: LineEndSplit[] };
export declare function lineEndSplits(file: string, words?: Set<string>): { junctions: number; splits: LineEndSplit[] };
