/**
 * Override (speed, and Thai distributed justification) of pdfmake 0.3.11's `Renderer.renderLine` drawing through
 * pdfkit 0.19.1's `text()`: writes a laid-out line of text as ONE PDF text object, with pdfkit's private
 * `EmbeddedFont.encode`, `EmbeddedFont.ref`, `page.fonts` and `_normalizeColor`.
 *
 * pdfmake draws every inline (every word, and in Thai-distributed text every letter cluster) through pdfkit's
 * `text()`: a save/restore, a transformation, a text object, a font selection, a colour and an opacity state per
 * inline, each appended to the page as its own buffer. For a 12-page measures document that was half of the PDF
 * time (profiled in issue 6). Here a line becomes `q cm [BDC] BT (Tf Tm TJ)… ET [EMC] Q`: the font is selected
 * only when it changes, each inline is placed with a text matrix, and the whole line is appended at once.
 *
 * The glyphs, their positions and the subset bookkeeping are pdfkit's own (`font.encode`), and the TJ arrays are
 * built exactly as pdfkit's `_fragment` builds them, so what is drawn and what text extraction reads is unchanged.
 *
 * Guarded by tests/render/pdf/engine/contract.test.ts (pdfkit's members), line-writer.test.ts (exact positions with the
 * real font) and differential.test.ts (the same glyphs at the same places as pdfkit's own drawing).
 *
 * Thai distributed justification is done here too. pdfmake's 'justify' spreads a line's slack evenly between the
 * line's inlines, which are words; Word's thaiDistribute spreads it between letters, because a Thai line has one or
 * two spaces at most — which spreads the letters of a loose line visibly apart (1.8 pt at 16 pt). Here the slack
 * pdfmake found goes, in this order (see {@link JUSTIFICATION}):
 * 1. to the line's spaces, evenly, up to a third of an em each;
 * 2. to its Thai word boundaries (where a break mark lets the line break), evenly, up to 0.12 em each — a Thai reader
 *    takes a wider gap for a space;
 * 3. between Thai letter clusters (a letter with its marks), evenly, up to 0.071 em (0.75 pt at the body's 16 pt);
 *    Latin letters never move apart;
 * 4. what is left to the spaces and word boundaries, evenly, without limit. A line with neither (one long word cut
 *    in a narrow cell) stops short rather than spread its letters further.
 * A line with no Thai keeps pdfmake's spacing (all at the spaces). Line breaking is untouched: only positions within
 * the line change.
 */
import { BoundedCache } from '../../../../bounded-cache.js';
import { segmentsOf } from '../../../../thai/segments.js';
import { CLUSTER_SEGMENTER, isSpace, isThaiCodePoint } from '../../thai-text.js';
import type { EncodingFont, GlyphPlacement, LaidOutLine } from '../pdfmake-modules.js';

/** An inline as pdfmake lays it out, with the properties the writer reads. */
export interface WritableInline {
  text: string;
  x: number;
  width: number;
  font: EncodingFont;
  fontSize: number;
  color?: string | null;
  justifyShift?: number;
  decoration?: unknown;
  background?: unknown;
  link?: unknown;
  linkToPage?: unknown;
  linkToDestination?: unknown;
  sup?: boolean;
  sub?: boolean;
  characterSpacing?: number;
  fontFeatures?: unknown;
  opacity?: number;
  /** Width of the trailing spaces, which the line's width leaves out. */
  trailingCut?: number;
  _pageNodeRef?: unknown;
}

/** The parts of pdfkit's document this writer uses. */
export interface LineWriterDocument {
  page: { height: number; fonts: Record<string, unknown>; markings: unknown[] };
  addContent(data: string): unknown;
  endMarkedContent(): unknown;
  _normalizeColor(color: string): number[] | null;
}

/**
 * Opens a marked-content span whose /ActualText is `text`, as pdfkit 0.19.1's `markContent('Span', { actual })` does —
 * the marking pushed on the page (pdfkit closes what is left open when the page ends, and `endMarkedContent` pops it),
 * then the BDC operator — with the text written as a UTF-16BE hex string by Node's buffers rather than by pdfkit's
 * object serialiser, which escaped and byte-swapped it in JavaScript for every line (about 3 ms an agency). The same
 * PDF string either way; guarded by tests/render/pdf/engine/contract.test.ts.
 */
export function openActualTextSpan(doc: Pick<LineWriterDocument, 'page' | 'addContent'>, text: string): void {
  doc.page.markings.push({ tag: 'Span', options: { actual: text } });
  doc.addContent(`/Span <</ActualText <FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}>>> BDC`);
}


/**
 * True when the writer can draw every inline of `line`; lines with what only pdfmake's own renderer draws
 * (decorations, backgrounds, links, super- and subscripts, page references, letter spacing, opacity) are left to it.
 */
export function canWriteLine(line: LaidOutLine): boolean {
  const marked = line as LaidOutLine & { _outline?: unknown; _pageNodeRef?: unknown; id?: unknown };
  if (marked._outline || marked._pageNodeRef || marked.id) return false;
  for (const inline of line.inlines as unknown as WritableInline[]) {
    if (
      inline.decoration ||
      inline.background ||
      inline.link ||
      inline.linkToPage ||
      inline.linkToDestination ||
      inline.sup ||
      inline.sub ||
      inline.characterSpacing ||
      inline.fontFeatures ||
      inline._pageNodeRef ||
      (inline.opacity !== undefined && inline.opacity !== 1)
    ) {
      return false;
    }
  }
  return true;
}

/** pdfkit's number format: at most six decimals. */
function num(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

const colorCache = new Map<string, string>();

/** The fill-colour operators for a colour as pdfmake names it ("black", "#C00000"). */
function fillColorOps(doc: LineWriterDocument, color: string): string {
  let ops = colorCache.get(color);
  if (ops === undefined) {
    const normalized = doc._normalizeColor(color);
    if (!normalized) ops = '';
    else if (normalized.length === 4) ops = `/DeviceCMYK cs\n${normalized.join(' ')} scn`;
    else ops = `/DeviceRGB cs\n${normalized.join(' ')} scn`;
    colorCache.set(color, ops);
  }
  return ops;
}

/**
 * Draws `line` at (x, y) (pdfmake's coordinates: from the top-left corner, y the top of the line), wrapped in a
 * marked-content span with `actualText` when given (see pdf-document.ts for why lines carry /ActualText).
 */
export function writeLine(doc: LineWriterDocument, line: LaidOutLine, x: number, y: number, actualText?: string): void {
  const inlines = line.inlines as unknown as WritableInline[];
  // pdfmake sets each inline's top so that all share the line's baseline: the line's top plus its ascent.
  const baseline = doc.page.height - (y + line.getAscenderHeight());
  const ops: string[] = ['BT'];
  let font: EncodingFont | undefined;
  let size: number | undefined;
  let color: string | undefined;
  // Only a line pdfmake justified (it shifts every inline after the first) has its gaps classified.
  const justified = (inlines[1]?.justifyShift ?? 0) !== 0;
  const gaps = justified ? lineGaps(inlines) : [];
  const spread = justified ? justification(inlines, gaps) : undefined;
  const extraOf = (gap: Gap) =>
    !spread ? 0 : gap === 'space' ? spread.perSpace : gap === 'word' ? spread.perWordGap : gap === 'letter' ? spread.perLetterGap : 0;
  let extra = 0;
  inlines.forEach((inline, i) => {
    const text = inline.text.includes('\n') ? inline.text.replace(/\n/g, '') : inline.text;
    if (text.length === 0) return;
    const inlineColor = inline.color ?? 'black';
    if (inlineColor !== color) {
      const colorOps = fillColorOps(doc, inlineColor);
      if (colorOps) ops.push(colorOps);
      color = inlineColor;
    }
    if (inline.font !== font || inline.fontSize !== size) {
      font = inline.font;
      size = inline.fontSize;
      doc.page.fonts[font.id] ??= font.ref();
      ops.push(`/${font.id} ${num(size)} Tf`);
    }
    if (!spread) {
      glyphOps(ops, font, size!, text, x + inline.x, baseline);
      return;
    }
    // Where the inline would start unjustified, moved on by the extra of every gap before it; then each cluster.
    const inlineFont = font;
    let unitX = x + inline.x - i * spread.perInline;
    justificationUnits(text).forEach((unit, k) => {
      unitX += glyphOps(ops, inlineFont, size!, unit, unitX + extra, baseline);
      extra += extraOf(gaps[i]![k]!);
    });
  });
  if (ops.length === 1) return;
  ops.push('ET');
  // pdfkit's page space runs downwards; text is drawn in the PDF's own upward space, as pdfkit's _fragment does.
  doc.addContent(`q\n1 0 0 -1 0 ${num(doc.page.height)} cm`);
  if (actualText !== undefined) openActualTextSpan(doc, actualText);
  doc.addContent(ops.join('\n'));
  if (actualText !== undefined) doc.endMarkedContent();
  doc.addContent('Q');
}

/**
 * Thai justification's limits, in ems of the line's type size: a space takes up to `spaceGap` and a Thai word
 * boundary up to `wordGap` before any letter moves, and letter clusters move apart by at most `letterGap`
 * (0.071 em = 0.75 pt at Sarabun 10.56 pt, the body's 16 pt; pdfmake's even spread reached 1.8 pt on the samples).
 */
export const JUSTIFICATION = { spaceGap: 0.33, wordGap: 0.12, letterGap: 0.071 } as const;

/** How a justified line's slack is shared: what pdfmake added per inline, and the extra at each kind of gap. */
interface Spread {
  perInline: number;
  /** Extra space after an inline that ends with a space. */
  perSpace: number;
  /** Extra space after an inline that ends with a break mark (a Thai word boundary). */
  perWordGap: number;
  /** Extra space between two Thai letter clusters of a word (inside an inline, or where a word changes style). */
  perLetterGap: number;
}

/** The kind of gap between two pieces of a line: a space, a Thai word boundary, Thai letters, or none. */
type Gap = 'space' | 'word' | 'letter' | 'none';

/** The gap after `before` (an inline's text, or a cluster) when `after` follows it. */
function gapKind(before: string, after: string | undefined, inlineEnd: boolean): Gap {
  const last = before.charCodeAt(before.length - 1);
  if (inlineEnd && isSpace(last)) return 'space';
  if (inlineEnd && last === 0x200b) return 'word';
  return isThaiCodePoint(lastLetter(before)) && isThaiCodePoint(after?.codePointAt(0)) ? 'letter' : 'none';
}

/** The code point of the last character of `text` that is not a break mark. */
function lastLetter(text: string): number | undefined {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c !== 0x200b && c !== 0x2060) return c;
  }
  return undefined;
}

/** Each gap of a justified line in drawing order: after each cluster of each inline but the line's last. */
function lineGaps(inlines: WritableInline[]): Gap[][] {
  const units = inlines.map((inline) => justificationUnits(inline.text.replace(/\n/g, '')));
  return units.map((own, i) =>
    own.map((unit, k) => {
      if (k + 1 < own.length) return gapKind(unit, own[k + 1], false);
      const next = units.slice(i + 1).find((u) => u.length > 0)?.[0];
      if (next === undefined) return 'none';
      return gapKind(inlines[i]!.text.replace(/\n/g, ''), next, true);
    }),
  );
}

/** The spread of a line pdfmake justified (it adds the same `justifyShift` to every inline after the first). */
function justification(inlines: WritableInline[], gaps: Gap[][]): Spread | undefined {
  const perInline = inlines[1]?.justifyShift ?? 0;
  if (perInline === 0) return undefined;
  const count: Record<Gap, number> = { space: 0, word: 0, letter: 0, none: 0 };
  for (const inline of gaps) for (const gap of inline) count[gap]++;
  const size = Math.max(...inlines.map((i) => i.fontSize));
  let left = perInline * (inlines.length - 1);
  const share = (gaps: number, cap: number) => {
    const each = gaps > 0 ? Math.min(left / gaps, cap) : 0;
    left -= each * gaps;
    return each;
  };
  const thai = count.word > 0 || count.letter > 0;
  let perSpace = share(count.space, thai ? JUSTIFICATION.spaceGap * size : Infinity);
  let perWordGap = share(count.word, JUSTIFICATION.wordGap * size);
  const perLetterGap = share(count.letter, JUSTIFICATION.letterGap * size);
  const wordLevel = count.space + count.word;
  if (wordLevel > 0) {
    perSpace += left / wordLevel;
    perWordGap += left / wordLevel;
  }
  return { perInline, perSpace, perWordGap, perLetterGap };
}

const unitCache = new BoundedCache<string, string[]>(5_000);


/**
 * The pieces of a justified inline that move apart: its clusters, except that a cluster next to a space keeps the
 * space (the space stays as wide as it is) and break marks, which draw nothing, stay with the cluster before them.
 */
export function justificationUnits(text: string): string[] {
  return unitCache.getOrSet(text, () => clusterUnits(text));
}

function clusterUnits(text: string): string[] {
  const units: string[] = [];
  let current = '';
  for (const { segment } of segmentsOf(CLUSTER_SEGMENTER, text)) {
    const first = segment.charCodeAt(0);
    const previous = current.charCodeAt(current.length - 1);
    if (current && !isSpace(previous) && !isSpace(first) && first !== 0x200b && first !== 0x2060) {
      units.push(current);
      current = '';
    }
    current += segment;
  }
  if (current) units.push(current);
  return units;
}

/**
 * What drawing a text takes that depends only on its font object and the text: fontkit's positions, and the steps
 * between which the position changes — each TJ array written out, and the glyphs before which a text matrix is set.
 */
interface GlyphPlan {
  positions: GlyphPlacement[];
  /** A TJ operator as written, or the glyph index before which a Tm goes (`offset`: at the glyph's own offset). */
  steps: (string | { glyph: number; offset: boolean })[];
}

const plans = new WeakMap<EncodingFont, Map<string, GlyphPlan>>();

/**
 * The plan of `text` in `font`, once per font object and text. A font object serves one document, and its glyph
 * numbers are that document's subset's (`font.encode` adds the glyphs to the subset), so a plan is kept for the
 * document's life: a justified page draws the same few dozen letter clusters hundreds of times, and building their
 * TJ strings again was most of the writer's time and garbage.
 */
function planOnce(font: EncodingFont, text: string): GlyphPlan {
  let byText = plans.get(font);
  if (!byText) plans.set(font, (byText = new Map()));
  let plan = byText.get(text);
  if (!plan) byText.set(text, (plan = planGlyphs(...font.encode(text))));
  return plan;
}

/**
 * pdfkit's `_fragment` without its per-call state, as a plan: glyphs with a kerning or positioning adjustment end a
 * TJ segment with that adjustment; a glyph with an offset (a Thai mark placed by the font) is drawn alone at its own
 * text matrix, and the next glyph goes back to the run's.
 */
function planGlyphs(encoded: string[], positions: GlyphPlacement[]): GlyphPlan {
  const steps: GlyphPlan['steps'] = [];
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  const addSegment = (cur: number) => {
    if (last < cur) {
      const hex = encoded.slice(last, cur).join('');
      const advance = positions[cur - 1]!.xAdvance - positions[cur - 1]!.advanceWidth;
      commands.push(`<${hex}> ${num(-advance)}`);
    }
    last = cur;
  };
  const flush = (i: number) => {
    addSegment(i);
    if (commands.length > 0) {
      steps.push(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const pos = positions[i]!;
    if (pos.xOffset || pos.yOffset) {
      flush(i);
      steps.push({ glyph: i, offset: true });
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        steps.push({ glyph: i, offset: false });
        hadOffset = false;
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
    }
  }
  flush(i);
  return { positions, steps };
}

/**
 * Appends the operators that draw `text` from (x, y), as pdfkit's `_fragment` would. Returns the width drawn. The x of
 * each glyph is summed glyph by glyph from `x`, as pdfkit does, so the numbers written are the same to the last digit.
 */
function glyphOps(ops: string[], font: EncodingFont, size: number, text: string, x: number, y: number): number {
  const startX = x;
  const { positions, steps } = planOnce(font, text);
  const scale = size / 1000;
  ops.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
  let i = 0;
  for (const step of steps) {
    if (typeof step === 'string') {
      ops.push(step);
      continue;
    }
    for (; i < step.glyph; i++) x += positions[i]!.xAdvance * scale;
    const pos = positions[i]!;
    ops.push(step.offset ? `1 0 0 1 ${num(x + pos.xOffset * scale)} ${num(y + pos.yOffset * scale)} Tm` : `1 0 0 1 ${num(x)} ${num(y)} Tm`);
  }
  for (; i < positions.length; i++) x += positions[i]!.xAdvance * scale;
  return x - startX;
}
