/**
 * Emphasis in user text: a small Markdown subset, the only markup a clerk can type.
 *
 *   **ตัวหนา**  → bold        *ตัวเอียง*  → italic        __ขีดเส้นใต้__  → underline
 *   \* \_ \\   → the character itself
 *
 * A marker opens only before a non-space character and closes only after one, and only when its closer follows in
 * the same text; anything else — a lone "*", "2*3", an e-mail with "_" — stays as typed. Everything else in the text
 * is escaped, so user text can never become markup (tests/pipeline/build-tree.test.ts, injection tests).
 */

/** The markers, longest first, and the markup element each becomes. */
const MARKERS = [
  { marker: '**', tag: 'b' },
  { marker: '__', tag: 'u' },
  { marker: '*', tag: 'i' },
] as const;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };

/** Escapes text for the markup, as Handlebars' `{{ }}` does. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => ESCAPES[c]!);
}

const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);

/** The markup of `text`: escaped, with its emphasis markers as `<b>`, `<i>`, `<u>`. */
export function emphasisMarkup(text: string): string {
  // Most text has no marker at all (every question and score of a measures document goes through here).
  if (!/[*_\\]/.test(text)) return escapeMarkup(text);
  type Piece = { text: string } | { tag: string; marker: string; close: boolean; partner?: Piece };
  const pieces: Piece[] = [];
  /** Markers opened and not yet closed, innermost last. */
  const open: Extract<Piece, { tag: string }>[] = [];
  let plain = '';
  const flush = () => {
    if (plain) pieces.push({ text: plain });
    plain = '';
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (c === '\\' && /[*_\\]/.test(text[i + 1] ?? '')) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    const before = i > 0 ? text[i - 1] : undefined;
    // Close the innermost open marker when it stands here after a non-space character and some text ("***" closes
    // "*" first).
    const top = open.at(-1);
    if (top && !isSpace(before) && (plain !== '' || pieces.at(-1) !== top) && text.startsWith(top.marker, i)) {
      flush();
      const closer: Piece = { tag: top.tag, marker: top.marker, close: true, partner: top };
      top.partner = closer;
      pieces.push(closer);
      open.pop();
      i += top.marker.length;
      continue;
    }
    const found = MARKERS.find((m) => {
      const after = text[i + m.marker.length];
      return text.startsWith(m.marker, i) && !isSpace(after) && after !== m.marker[0] && text.indexOf(m.marker, i + m.marker.length + 1) > 0;
    });
    if (found) {
      flush();
      const opener: Extract<Piece, { tag: string }> = { tag: found.tag, marker: found.marker, close: false };
      pieces.push(opener);
      open.push(opener);
      i += found.marker.length;
      continue;
    }
    plain += c;
    i++;
  }
  flush();
  // Markers left open had no closer: they print as typed.
  return pieces
    .map((p) => ('text' in p ? escapeMarkup(p.text) : !p.partner ? escapeMarkup(p.marker) : p.close ? `</${p.tag}>` : `<${p.tag}>`))
    .join('');
}
