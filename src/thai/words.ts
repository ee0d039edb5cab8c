/**
 * Thai words: where a line may break between two Thai words, by a dictionary merged with ICU's segments.
 *
 * `Intl.Segmenter('th')` (ICU) splits compounds a Thai reader never splits — หน่วย|งาน, ตรวจ|สอบ, รับ|ผิด|ชอบ,
 * ตัว|ชี้|วัด — and sometimes cuts nonsense (แผน|งา|นบู|รณา|การ). A dictionary keeps them whole: libthai's word list
 * (data/thai-words/libthai-words.txt, LGPL-2.1-or-later, see data/thai-words/README.md), itadoc's list of official
 * and ITA compounds (ita-words.txt), and the words an input adds (`settings.words`). ICU's boundaries are kept
 * wherever the dictionary has nothing to say (names, words it lacks), and removed inside a dictionary word; the
 * removed ones are offered as a second choice for a word wider than its line (a narrow cell).
 *
 * The algorithm, for each maximal run of Thai letters (at most {@link MAX_RUN} units at a time), is a shortest path
 * over the run's positions whose edges are dictionary words and ICU's segments; it minimises, in this order,
 * characters no dictionary word covers, characters no curated word (itadoc's list, the document's words) covers,
 * path nodes that are not ICU boundaries, and the number of words, then
 * prefers the larger sum of squared word lengths (ระเบียบ|การจัดซื้อจัดจ้าง over ระเบียบการ|จัดซื้อจัดจ้าง) and the
 * longer first word. It is linear in the text's length: V8's `Intl.Segmenter` copies the whole input into every
 * segment object, so segmenting one long string costs its length squared (100,000 characters take seconds), and it
 * is only ever given one bounded run here.
 *
 * Pure: no file is read here. The word lists come as text from the resources (resources/load-resources.ts), with
 * libthai's trie compiled by the build (resources/compile-word-lists.ts) so that a start need not build it.
 */
import { createHash } from 'node:crypto';
import { BoundedCache } from '../bounded-cache.js';

/** Longest dictionary entry used, in UTF-16 units (libthai's longest is 19). */
export const MAX_WORD = 24;

/** Longest piece of a Thai run segmented at once; a longer run (no space for 1,000 letters) is cut at an ICU boundary. */
export const MAX_RUN = 1_000;

/** A Thai letter, vowel, tone mark, ฯ or ๆ (U+0E01–U+0E3A, U+0E40–U+0E4E): what a Thai word is made of. */
export function isThaiLetter(code: number): boolean {
  return (code >= 0x0e01 && code <= 0x0e3a) || (code >= 0x0e40 && code <= 0x0e4e);
}

/** Following vowels, above and below vowels, tone marks, ๅ, ๆ and ฯ: nothing breaks before them. */
function noBreakBefore(code: number): boolean {
  return (code >= 0x0e30 && code <= 0x0e3a) || code === 0x0e45 || code === 0x0e46 || (code >= 0x0e47 && code <= 0x0e4e) || code === 0x0e2f;
}

/** Leading vowels เ แ โ ใ ไ: nothing breaks after them. */
function noBreakAfter(code: number): boolean {
  return code >= 0x0e40 && code <= 0x0e44;
}

/** May a line break fall between s[p-1] and s[p] (both Thai letters)? A coarse Thai-cluster test. */
export function isClusterBoundary(s: string, p: number): boolean {
  return !noBreakBefore(s.charCodeAt(p)) && !noBreakAfter(s.charCodeAt(p - 1));
}

/** May a dictionary word end at p? As a cluster boundary, but a word may end before ฯ or ๆ (มาตรการฯ). */
function canEndWord(s: string, p: number): boolean {
  const c = s.charCodeAt(p);
  return (c === 0x0e2f || c === 0x0e46 || !noBreakBefore(c)) && !noBreakAfter(s.charCodeAt(p - 1));
}

/** First word of a compiled trie ('ITRI', format 1); a file with another is rebuilt from its word list. */
const TRIE_MAGIC = 0x49545231;

/**
 * A trie of Thai words. Nodes are integers and every edge lives in one open-addressing hash table keyed
 * node × 128 + (code − 0x0E00) (typed arrays, linear probing, at most half full): no object per node and no Map, so
 * libthai + ITA (about 73,000 nodes) is built in a few milliseconds and takes about 1.5 MB.
 */
class Trie {
  private keys: Int32Array<ArrayBufferLike> = new Int32Array(1 << 10).fill(-1);
  private values: Int32Array<ArrayBufferLike> = new Int32Array(1 << 10);
  private mask = (1 << 10) - 1;
  private edgeCount = 0;
  private terminal = new Uint8Array(1 << 10);
  private nodes = 1;
  words = 0;

  /** Adds a word of Thai letters (NFC) up to {@link MAX_WORD} long; returns false for anything else. */
  add(word: string): boolean {
    const n = word.length;
    if (n < 1 || n > MAX_WORD) return false;
    for (let i = 0; i < n; i++) if (!isThaiLetter(word.charCodeAt(i))) return false;
    let node = 0;
    for (let i = 0; i < n; i++) {
      const key = node * 128 + (word.charCodeAt(i) - 0x0e00);
      let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
      let probe = this.keys[slot]!;
      while (probe !== -1 && probe !== key) {
        slot = (slot + 1) & this.mask;
        probe = this.keys[slot]!;
      }
      if (probe === key) {
        node = this.values[slot]!;
        continue;
      }
      const next = this.nodes++;
      this.keys[slot] = key;
      this.values[slot] = next;
      if (next >= this.terminal.length) {
        const grown = new Uint8Array(this.terminal.length * 2);
        grown.set(this.terminal);
        this.terminal = grown;
      }
      if (++this.edgeCount * 2 > this.mask) this.grow();
      node = next;
    }
    if (this.terminal[node]) return true;
    this.terminal[node] = 1;
    this.words++;
    return true;
  }

  /** Doubles the table and re-inserts every edge. */
  private grow(): void {
    const { keys, values } = this;
    const size = keys.length * 2;
    this.keys = new Int32Array(size).fill(-1);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key === -1) continue;
      let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
      while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.values[slot] = values[i]!;
    }
  }

  /**
   * The trie as bytes (header, edge table, terminal flags; the platform's byte order), prefixed by `digest`:
   * read back by {@link Trie.fromBytes}.
   */
  toBytes(digest: Uint8Array): Uint8Array {
    const tableSize = this.keys.length;
    const header = new Int32Array([TRIE_MAGIC, this.nodes, this.edgeCount, this.words, tableSize, digest.length]);
    const digestBytes = Math.ceil(digest.length / 4) * 4;
    const bytes = new Uint8Array(header.byteLength + digestBytes + tableSize * 8 + this.nodes);
    bytes.set(new Uint8Array(header.buffer), 0);
    bytes.set(digest, header.byteLength);
    let at = header.byteLength + digestBytes;
    bytes.set(new Uint8Array(this.keys.buffer, 0, tableSize * 4), at);
    bytes.set(new Uint8Array(this.values.buffer, 0, tableSize * 4), (at += tableSize * 4));
    bytes.set(this.terminal.subarray(0, this.nodes), at + tableSize * 4);
    return bytes;
  }

  /**
   * The trie `bytes` hold ({@link Trie.toBytes}), when they are one written by this version with this digest on this
   * platform; otherwise undefined (the caller builds the trie from its word lists instead).
   */
  static fromBytes(bytes: Uint8Array, digest: Uint8Array): Trie | undefined {
    // Typed-array views need 4-byte alignment; a Buffer from a pool may not have it.
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    if (aligned.byteLength < 24) return undefined;
    const [magic, nodes, edgeCount, words, tableSize, digestLength] = new Int32Array(aligned.buffer, aligned.byteOffset, 6);
    const digestBytes = Math.ceil(digestLength! / 4) * 4;
    const start = 24 + digestBytes;
    if (magic !== TRIE_MAGIC || digestLength !== digest.length || aligned.byteLength !== start + tableSize! * 8 + nodes!) return undefined;
    if ((tableSize! & (tableSize! - 1)) !== 0 || !digest.every((b, i) => aligned[24 + i] === b)) return undefined;
    const trie = new Trie();
    const offset = aligned.byteOffset + start;
    trie.keys = new Int32Array(aligned.buffer, offset, tableSize);
    trie.values = new Int32Array(aligned.buffer, offset + tableSize! * 4, tableSize);
    trie.mask = tableSize! - 1;
    trie.edgeCount = edgeCount!;
    trie.nodes = nodes!;
    trie.words = words!;
    // The terminal flags are copied: add() grows them in place.
    trie.terminal = aligned.slice(start + tableSize! * 8, start + tableSize! * 8 + nodes!);
    return trie;
  }

  /** Calls `out(end)` for every word s[start, end) with end ≤ limit. */
  matches(s: string, start: number, limit: number, out: (end: number) => void): void {
    const { keys, values, mask, terminal } = this;
    let node = 0;
    for (let k = start; k < limit; k++) {
      const key = node * 128 + (s.charCodeAt(k) - 0x0e00);
      let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
      let found = -1;
      for (let probe = keys[slot]!; probe !== -1; probe = keys[slot]!) {
        if (probe === key) {
          found = values[slot]!;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (found < 0) return;
      node = found;
      if (terminal[node]) out(k + 1);
    }
  }

  has(word: string): boolean {
    let found = false;
    this.matches(word, 0, word.length, (end) => (found = end === word.length));
    return found;
  }
}

/**
 * The words of a word list: one a line, '#' starts a comment, blank lines ignored; NFC unless the list is known to
 * be (`nfc: false` for libthai's generated list: normalising its 25,000 words is a sixth of the load time).
 */
export function parseWordList(text: string, nfc = true): string[] {
  const words: string[] = [];
  for (const line of text.split('\n')) {
    const hash = line.indexOf('#');
    const trimmed = (hash >= 0 ? line.slice(0, hash) : line).trim();
    const word = nfc ? trimmed.normalize('NFC') : trimmed;
    if (word) words.push(word);
  }
  return words;
}

/** A Thai dictionary: libthai's words and itadoc's official and ITA vocabulary, built once per process. */
export interface ThaiDictionary {
  /** Number of distinct words. */
  readonly size: number;
  /** True when `word` is an entry. */
  has(word: string): boolean;
  /** True when libthai's trie was read from the build's compiled bytes, false when it was built at start. */
  readonly compiled: boolean;
}

interface DictionaryData extends ThaiDictionary {
  readonly general: Trie;
  readonly curated: Trie;
}

/**
 * Builds a dictionary from word lists given as text (see {@link parseWordList}): `general` lists (libthai's, in NFC
 * already) and `curated` ones (itadoc's official and ITA compounds). Where two segmentations cover a text equally, the one
 * whose curated words cover more of it wins, even against ICU: ช่องทาง|การ|รับฟัง, not ช่อง|ทางการ|รับฟัง.
 *
 * `compiled` is what {@link compileWordLists} made of the same `general` lists: the general trie is then read from it
 * instead of built (about 3 ms against 45 ms at start-up). Bytes made from other lists, by another format version
 * or on a platform of the other byte order are ignored and the trie is built from `general`.
 */
export function createThaiDictionary(
  general: readonly WordListText[],
  curated: readonly string[] = [],
  compiled?: Uint8Array,
): ThaiDictionary {
  const read = compiled && Trie.fromBytes(compiled, wordListsDigest(general));
  const generalTrie = read ?? buildTrie(general, false);
  const curatedTrie = buildTrie(curated, true);
  // Distinct words: the general ones, and the curated ones the general list lacks.
  let size = generalTrie.words;
  const curatedWords = new Set(curated.flatMap((list) => parseWordList(list)));
  for (const word of curatedWords) if (curatedTrie.has(word) && !generalTrie.has(word)) size++;
  const dictionary: DictionaryData = {
    general: generalTrie,
    curated: curatedTrie,
    size,
    compiled: read !== undefined,
    has: (word) => generalTrie.has(word.normalize('NFC')) || curatedTrie.has(word.normalize('NFC')),
  };
  return dictionary;
}

/**
 * A word list's text, or its UTF-8 bytes: the bytes of libthai's list are only hashed when its compiled trie is
 * there, never decoded.
 */
export type WordListText = string | Uint8Array;

const UTF8 = new TextDecoder();

/** A trie of every word of `lists` ({@link parseWordList}; `nfc` as there). */
function buildTrie(lists: readonly WordListText[], nfc: boolean): Trie {
  const trie = new Trie();
  for (const list of lists) for (const word of parseWordList(typeof list === 'string' ? list : UTF8.decode(list), nfc)) trie.add(word);
  return trie;
}

/** SHA-256 of the general word lists: ties compiled bytes to the lists they were made from. */
function wordListsDigest(lists: readonly WordListText[]): Uint8Array {
  const hash = createHash('sha256');
  for (const list of lists) hash.update(list).update('\0');
  return hash.digest();
}

/**
 * The general trie of `lists` (libthai's word list, in NFC already) as bytes for {@link createThaiDictionary}'s
 * `compiled`: written once by the build (resources/compile-word-lists.ts), read at every start.
 */
export function compileWordLists(lists: readonly WordListText[]): Uint8Array {
  return buildTrie(lists, false).toBytes(wordListsDigest(lists));
}

/** Break opportunities between Thai letters: offsets in UTF-16 units, ascending. */
export interface ThaiBreaks {
  /** Where a line may break between two Thai words. */
  breaks: number[];
  /** ICU boundaries inside dictionary words: the second choice when a word is wider than its line. */
  inWord: number[];
}

/** A word found by {@link ThaiWordBreaker.words}: [start, end) in UTF-16 units. */
export interface ThaiWord {
  start: number;
  end: number;
  /** True when the dictionary has it (false: an ICU segment, a name or a word the dictionary lacks). */
  known: boolean;
}

/**
 * Breaks Thai text into words with a dictionary and extra words. Only offsets between two Thai letters of one run
 * are given: offsets next to a space, a digit (Thai digits included), Latin text or punctuation are the Unicode line
 * breaking algorithm's.
 */
export interface ThaiWordBreaker {
  /** Identifies the dictionary and extra words, for caches keyed by text. */
  readonly key: string;
  /** The extra words (NFC, deduplicated, sorted). */
  readonly extraWords: readonly string[];
  opportunities(text: string): ThaiBreaks;
  /** The words of the Thai runs of `text`, in order. */
  words(text: string): ThaiWord[];
}

/** Bound prefixes: path words after which no break is offered (ผู้|มีส่วนได้ส่วนเสีย never ends a line at ผู้). */
const BOUND_PREFIXES = new Set(['ผู้']);

const ICU_WORDS = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * A word breaker over `dictionary` and `extraWords` (an input's `settings.words`: names, terms of its own field that
 * must never be split). Breakers are cheap to make; make one per document or reuse one.
 */
export function createThaiWordBreaker(dictionary: ThaiDictionary, extraWords: readonly string[] = []): ThaiWordBreaker {
  const { general, curated } = dictionary as DictionaryData;
  const extra = new Trie();
  const words = [...new Set(extraWords.map((w) => w.trim().normalize('NFC')).filter(Boolean))].sort();
  for (const word of words) extra.add(word);
  // A document's own words count as curated.
  const tries: Tries = { general, curated: extra.words > 0 ? [curated, extra] : [curated], runs: new BoundedCache(RUN_CACHE_ENTRIES) };
  return {
    key: words.join('\n'),
    extraWords: words,
    opportunities: (text) => scan(text, tries, null),
    words(text) {
      const out: ThaiWord[] = [];
      scan(text, tries, out);
      return out;
    },
  };
}

/** The tries a text is segmented with: general words, and curated ones (itadoc's and the document's). */
interface Tries {
  general: Trie;
  curated: readonly Trie[];
  /** Runs already segmented with these tries, by their text ({@link segmentedRun}). */
  runs: BoundedCache<string, SegmentedRun>;
}

/** A Thai run's breaks, removed ICU boundaries and words, as offsets from the run's start. */
interface SegmentedRun {
  breaks: number[];
  inWord: number[];
  /** [start, end, known (1) or not (0)] per word, flattened. */
  words: number[];
}

/**
 * Runs kept segmented per word breaker. The documents of a batch are mostly the same phrases between spaces (the
 * framework's questions, the template's sentences, a province's measures) inside texts that differ by a name or a
 * score, so a text-level cache misses where a run-level one does not. 20,000 runs of about 20 letters take a few MB.
 */
const RUN_CACHE_ENTRIES = 20_000;

/**
 * The segmentation of one Thai run `run` (2 to {@link MAX_RUN} letters, nothing else), from the cache when it was
 * segmented before. ICU's boundaries are those of the run alone: ICU's dictionary works on each maximal run of Thai
 * letters by itself (spaces, digits and punctuation end it), so they are the boundaries it finds inside a longer text.
 */
function segmentedRun(run: string, tries: Tries): SegmentedRun {
  let cached = tries.runs.get(run);
  if (!cached) {
    const icu = icuBoundaries(run);
    const found: ThaiWord[] = [];
    cached = { breaks: [], inWord: [], words: [] };
    segmentRun(run, icu, 0, run.length, tries, cached.breaks, cached.inWord, found);
    for (const word of found) cached.words.push(word.start, word.end, word.known ? 1 : 0);
    tries.runs.set(run, cached);
  }
  return cached;
}

/** Every Thai run of `text`, segmented; offsets relative to `text`. */
function scan(text: string, tries: Tries, words: ThaiWord[] | null): ThaiBreaks {
  const breaks: number[] = [];
  const inWord: number[] = [];
  const n = text.length;
  // A run up to MAX_RUN letters is segmented alone, or found in the cache (segmentedRun). For a longer one, ICU's word
  // boundaries of the whole text, found once, in bounded windows (white space delimits ICU's dictionary work, so a
  // run's boundaries are those of the run alone).
  let icu: Uint8Array | undefined;
  let i = 0;
  while (i < n) {
    if (!isThaiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isThaiLetter(text.charCodeAt(j))) j++;
    if (j - i >= 2 && j - i <= MAX_RUN) {
      const run = segmentedRun(text.slice(i, j), tries);
      for (const b of run.breaks) breaks.push(i + b);
      for (const b of run.inWord) inWord.push(i + b);
      if (words) for (let w = 0; w < run.words.length; w += 3) words.push({ start: i + run.words[w]!, end: i + run.words[w + 1]!, known: run.words[w + 2] === 1 });
      i = j;
      continue;
    }
    if (j - i >= 2) icu ??= icuBoundaries(text);
    // A run longer than MAX_RUN is segmented in pieces cut at an ICU boundary (a break in its own right).
    for (let start = i; start < j; ) {
      const end = j - start <= MAX_RUN ? j : pieceEnd(text, icu!, start, j);
      if (start > i && isClusterBoundary(text, start)) breaks.push(start);
      if (end - start >= 2) segmentRun(text, icu!, start, end, tries, breaks, inWord, words);
      else words?.push({ start, end, known: false });
      start = end;
    }
    i = j;
  }
  return { breaks, inWord };
}

/**
 * 1 at each offset of `text` where ICU starts a word segment (and at 0 and the end), found in windows of at most
 * WINDOW units cut after white space (or, with none, before the window's last segment): as `segmentsOf` (segments.ts) does for other segmenters.
 */
function icuBoundaries(text: string): Uint8Array {
  const n = text.length;
  const out = new Uint8Array(n + 1);
  out[n] = 1;
  for (let offset = 0; offset < n; ) {
    if (n - offset <= WINDOW) {
      for (const segment of ICU_WORDS.segment(offset === 0 ? text : text.slice(offset))) out[offset + segment.index] = 1;
      return out;
    }
    const piece = text.slice(offset, offset + WINDOW);
    let cut = Math.max(piece.lastIndexOf(' '), piece.lastIndexOf('\n')) + 1;
    let last = 0;
    for (const segment of ICU_WORDS.segment(cut > 0 ? piece.slice(0, cut) : piece)) {
      out[offset + segment.index] = 1;
      last = segment.index;
    }
    if (cut <= 0) {
      // No white space: the last segment may run on past the window; it is segmented again with what follows.
      cut = last > 0 ? last : WINDOW;
      for (let p = offset + cut + 1; p < offset + WINDOW; p++) out[p] = 0;
    }
    offset += cut;
  }
  return out;
}

/** Longest text given to ICU at once. */
const WINDOW = 2_000;

/** Where to cut a run longer than MAX_RUN that starts at `start`: the last ICU boundary in its first MAX_RUN units. */
function pieceEnd(text: string, icu: Uint8Array, start: number, runEnd: number): number {
  const limit = Math.min(runEnd, start + MAX_RUN);
  for (let p = limit - 1; p > start + MAX_RUN / 2; p--) if (icu[p] && isClusterBoundary(text, p)) return p;
  return limit;
}

/** Working arrays of the dynamic programme, reused from run to run (a run is at most MAX_RUN units). */
const scratch = {
  isB: new Uint8Array(MAX_RUN + 1),
  nextB: new Int32Array(MAX_RUN + 1),
  previousB: new Int32Array(MAX_RUN + 1),
  unknown: new Int32Array(MAX_RUN + 1),
  uncurated: new Int32Array(MAX_RUN + 1),
  misaligned: new Int32Array(MAX_RUN + 1),
  count: new Int32Array(MAX_RUN + 1),
  squares: new Int32Array(MAX_RUN + 1),
  next: new Int32Array(MAX_RUN + 1),
  previous: new Int32Array(MAX_RUN + 1),
  viaDictionary: new Uint8Array(MAX_RUN + 1),
  inside: new Uint8Array(MAX_RUN + 1),
  glued: new Uint8Array(MAX_RUN + 1),
  added: new Uint8Array(MAX_RUN + 1),
};

/**
 * One Thai run text[from, to) (at least two letters, at most MAX_RUN). Pushes its breaks and removed ICU boundaries
 * (absolute offsets) and, when asked, its words.
 */
function segmentRun(
  text: string,
  icu: Uint8Array,
  from: number,
  to: number,
  tries: Tries,
  breaks: number[],
  inWord: number[],
  words: ThaiWord[] | null,
): void {
  const s = text.slice(from, to);
  const n = s.length;
  const { isB, nextB, previousB, unknown, uncurated, misaligned, count, squares, next, previous, viaDictionary, inside, glued, added } =
    scratch;
  for (let p = 0; p <= n; p++) {
    isB[p] = p === 0 || p === n ? 1 : icu[from + p]!;
    next[p] = -1;
    previous[p] = -1;
    unknown[p] = 0;
    uncurated[p] = 0;
    misaligned[p] = 0;
    count[p] = 0;
    squares[p] = 0;
    viaDictionary[p] = 0;
    inside[p] = 0;
    glued[p] = 0;
    added[p] = 0;
  }
  nextB[n] = n;
  for (let p = n - 1; p >= 0; p--) nextB[p] = isB[p + 1] ? p + 1 : nextB[p + 1]!;

  // Backward dynamic programme: the best path from i to n.
  let i = 0;
  const consider = (j: number, dictionary: number, curatedWord: boolean) => {
    const u = unknown[j]! + (dictionary ? 0 : j - i);
    const k = uncurated[j]! + (curatedWord ? 0 : j - i);
    const m = misaligned[j]! + (j < n && !isB[j] ? 1 : 0);
    const c = count[j]! + 1;
    const q = squares[j]! + (j - i) * (j - i);
    const better =
      next[i]! < 0 ||
      u < unknown[i]! ||
      (u === unknown[i]! &&
        (k < uncurated[i]! ||
          (k === uncurated[i]! &&
            (m < misaligned[i]! ||
              (m === misaligned[i]! && (c < count[i]! || (c === count[i]! && (q > squares[i]! || (q === squares[i]! && j > next[i]!)))))))));
    if (better) {
      unknown[i] = u;
      uncurated[i] = k;
      misaligned[i] = m;
      count[i] = c;
      squares[i] = q;
      next[i] = j;
      viaDictionary[i] = dictionary;
    }
  };
  const onGeneralWord = (j: number) => {
    if (j === n || canEndWord(s, j)) consider(j, 1, false);
  };
  const onCuratedWord = (j: number) => {
    if (j === n || canEndWord(s, j)) consider(j, 1, true);
  };
  for (i = n - 1; i >= 0; i--) {
    consider(nextB[i]!, 0, false);
    const limit = Math.min(n, i + MAX_WORD);
    tries.general.matches(s, i, limit, onGeneralWord);
    for (const trie of tries.curated) trie.matches(s, i, limit, onCuratedWord);
  }

  // Walk the path: offsets strictly inside dictionary words, and after a bound prefix, are not breaks.
  for (let p = 0; p < n; p = next[p]!) {
    const q = next[p]!;
    previous[q] = p;
    if (viaDictionary[p]) for (let k = p + 1; k < q; k++) inside[k] = 1;
    if (q < n && q - p <= 3 && BOUND_PREFIXES.has(s.slice(p, q))) glued[q] = 1;
    words?.push({ start: from + p, end: from + q, known: viaDictionary[p] === 1 });
  }
  // Where ICU's segment straddles a dictionary word of the path (ICU cut nonsense: แผน|งา|นบู|รณา|การ, or ข้อสอบ|ถาม
  // for ข้อ|สอบถาม), the path's node between two dictionary words inside that segment is a break too. An ICU segment
  // the path merely splits into words (a name such as คมสัน = คม + สัน) is left whole.
  previousB[0] = 0;
  for (let p = 1; p <= n; p++) previousB[p] = isB[p - 1] ? p - 1 : previousB[p - 1]!;
  for (let p = next[0]!; p > 0 && p < n; p = next[p]!) {
    if (!isB[p] && viaDictionary[p] && viaDictionary[previous[p]!] && isClusterBoundary(s, p) && (inside[previousB[p]!] || inside[nextB[p]!])) {
      added[p] = 1;
    }
  }
  for (let b = 1; b < n; b++) {
    if (added[b]) breaks.push(from + b);
    else if (!isB[b]) continue;
    else if (inside[b] || glued[b] || !isClusterBoundary(s, b)) inWord.push(from + b);
    else breaks.push(from + b);
  }
}
