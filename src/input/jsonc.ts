/**
 * JSON with comments (JSONC): every input may hold `// …` and `/* … *\/` comments and trailing commas, as the
 * starters `itadoc init` writes do (issue 14). A clerk's notes in the file are kept there; itadoc reads past them.
 *
 * The text is read as plain JSON after {@link toStrictJson} blanks the comments and trailing commas with spaces: every
 * other character keeps its offset, so lines and columns in messages are those of the file as typed.
 */
import { createScanner, SyntaxKind } from 'jsonc-parser';

/** Options for jsonc-parser's `parseTree` and `visit`: comments and trailing commas allowed, as itadoc reads them. */
export const JSONC_OPTIONS = { disallowComments: false, allowTrailingComma: true, allowEmptyContent: false } as const;

/** `text` with comments and trailing commas replaced by spaces (line breaks kept), so `JSON.parse` reads it. */
export function toStrictJson(text: string): string {
  const scanner = createScanner(text, false);
  const blanks: [number, number][] = [];
  /** The comma seen last, while only trivia followed it. */
  let comma = -1;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const offset = scanner.getTokenOffset();
    switch (kind) {
      case SyntaxKind.LineCommentTrivia:
      case SyntaxKind.BlockCommentTrivia:
        blanks.push([offset, offset + scanner.getTokenLength()]);
        break;
      case SyntaxKind.Trivia:
      case SyntaxKind.LineBreakTrivia:
        break;
      case SyntaxKind.CommaToken:
        comma = offset;
        break;
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken:
        if (comma >= 0) blanks.push([comma, comma + 1]);
        comma = -1;
        break;
      default:
        comma = -1;
    }
  }
  if (blanks.length === 0) return text;
  let out = '';
  let at = 0;
  // A trailing comma is found after the comments that follow it.
  blanks.sort((a, b) => a[0] - b[0]);
  for (const [start, end] of blanks) {
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}
