/**
 * Segmentation of long texts in linear time. `Intl.Segmenter` is right but slow on long input: V8 copies the input
 * into every segment it yields, so one call on a 100,000-letter text is quadratic. Every segmentation of user text in
 * itadoc that may be long goes through {@link segmentsOf}.
 */

/** One segment of a text, as `Intl.Segmenter` gives it. */
export interface TextSegment {
  segment: string;
  index: number;
  isWordLike?: boolean;
}

/** Texts up to this long are segmented in one go; longer ones in pieces (see {@link segmentsOf}). */
const WHOLE_SEGMENTATION_LIMIT = 10_000;
const SEGMENTATION_CHUNK = 2_000;
/** Segments ending this close to a piece's end may be cut short by it, and are found again in the next piece. */
const SEGMENTATION_MARGIN = 400;

/**
 * The segments of `text`, as `segmenter.segment(text)` gives them. V8's segment iterator takes longer for each step
 * the longer the text is (100,000 Thai letters took 16 s, issue 12), so a long text is segmented in pieces of about
 * {@link SEGMENTATION_CHUNK} units: each piece keeps the segments that end well before its end, and the next piece
 * starts at the first segment it did not keep. A segment longer than a piece (one letter with thousands of marks)
 * doubles the piece until it ends. Texts of ordinary length are segmented whole, exactly as before.
 */
export function* segmentsOf(segmenter: Intl.Segmenter, text: string): Generator<TextSegment> {
  if (text.length <= WHOLE_SEGMENTATION_LIMIT) {
    yield* segmenter.segment(text);
    return;
  }
  let start = 0;
  let size = SEGMENTATION_CHUNK;
  while (start < text.length) {
    const end = Math.min(text.length, start + size);
    const pieces = [...segmenter.segment(text.slice(start, end))];
    let keep = pieces.length;
    if (end < text.length) {
      const certainEnd = end - start - SEGMENTATION_MARGIN;
      keep = pieces.findIndex((p) => p.index + p.segment.length > certainEnd);
      if (keep <= 0) {
        size *= 2;
        continue;
      }
    }
    for (let i = 0; i < keep; i++) {
      const p = pieces[i]!;
      yield { segment: p.segment, index: start + p.index, isWordLike: p.isWordLike };
    }
    start = keep < pieces.length ? start + pieces[keep]!.index : end;
    size = SEGMENTATION_CHUNK;
  }
}
