/**
 * One handler per inline node type: text runs, line breaks and tabs → docx runs. Word and LibreOffice break Thai
 * lines themselves, so no break mark (ZWSP) or manual break is ever put inside Thai text (FORMAT.md).
 */
import { Tab, TextRun, UnderlineType, type IRunOptions, type ParagraphChild } from 'docx';
import type { InlineNode, InlineType, TextNode } from '../../document/nodes.js';
import type { DocxContext } from './docx-context.js';
import { sizeStyleId } from './docx-styles.js';

/**
 * Run properties for one style; the complex-script twins (`w:szCs`, `w:bCs`) are always set with the Latin ones.
 * The size is the paragraph style's (body, table text, title …: docx-styles.ts), so a run carries one only where its
 * text differs from its style — a clerk restyles the document by changing the styles.
 */
export function runOptions(node: Omit<TextNode, 'type' | 'value'>, ctx: DocxContext): IRunOptions {
  const styleSize = ctx.styleSize ?? ctx.size ?? ctx.doc.size;
  const size = node.size !== undefined && node.size !== styleSize ? node.size : undefined;
  return {
    ...(node.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(node.italic ? { italics: true, italicsComplexScript: true } : {}),
    // A size of its own is a character style ("Text 20 pt", docx-styles.ts), not a direct property.
    ...(size !== undefined ? { style: sizeStyleId(size) } : {}),
    ...(node.color ? { color: node.color } : {}),
    ...(node.dotted ? { underline: { type: UnderlineType.DOTTED } } : node.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  };
}

type InlineHandler<T extends InlineType> = (node: Extract<InlineNode, { type: T }>, ctx: DocxContext) => ParagraphChild;

/** The handlers, by inline type; a new inline type fails to compile until it is handled here. */
export const inlineHandlers = {
  text: (node, ctx) => new TextRun({ text: node.value, ...runOptions(node, ctx) }),
  break: (_node, ctx) => new TextRun({ break: 1, ...runOptions({}, ctx) }),
  // A dotted tab carries the memo's dotted line on to the tab stop.
  tab: (node, ctx) => new TextRun({ children: [new Tab()], ...runOptions({ dotted: node.dotted }, ctx) }),
} satisfies { [T in InlineType]: InlineHandler<T> };

/** Converts inline content. */
export function inlines(nodes: InlineNode[], ctx: DocxContext): ParagraphChild[] {
  return nodes.map((n) => (inlineHandlers[n.type] as InlineHandler<InlineType>)(n as never, ctx));
}
