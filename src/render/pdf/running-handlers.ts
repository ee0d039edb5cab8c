/**
 * One handler per running (page-level) node type: what the PDF draws on its pages once they are laid out — the page
 * number at the top centre, the continuation word at the bottom right. Their text is decided in the document stage
 * (document/running.ts); these handlers only place it.
 */
import type { RunningNode, RunningType } from '../../document/nodes.js';
import { continuationText, pageNumberText } from '../../document/running.js';
import { PAGE_NUMBER_TOP } from '../../document/typography.js';
import type { ThaiWordBreaker } from '../../thai/words.js';
import type { RunningContent } from './engine/index.js';
import type { PdfDefinition } from './pdf-definition.js';
import type { PdfFonts } from './pdf-fonts.js';

/** Where running elements are placed: the definition's page margins and the body's line height. */
interface RunningContext {
  definition: PdfDefinition;
  fonts: PdfFonts;
  /** The words of the continuation mark: the dictionary and the document's own words. */
  words: ThaiWordBreaker;
}

type RunningHandler<T extends RunningType> = (node: Extract<RunningNode, { type: T }>, ctx: RunningContext) => RunningContent;

/** The handlers, by running type; a new running type fails to compile until it is handled here. */
export const runningHandlers = {
  'page-number': (node, { definition, fonts }) => {
    const [left, top, right] = definition.pageMargins;
    const lineHeight = (definition.defaultStyle.fontSize / fonts.sizeScale) * fonts.lineSpacing;
    // At Word's header distance, but never into the body of a page whose top margin is small.
    const distance = Math.max(2, Math.min(PAGE_NUMBER_TOP, top - lineHeight - 2));
    return {
      header: (page) => (page >= node.from ? { text: pageNumberText(node, page), alignment: 'center', margin: [left, distance, right, 0] } : null),
    };
  },
  continuation: (_node, { definition, words }) => {
    const [left, , right] = definition.pageMargins;
    return {
      footer: (page, pageCount, nextPageFirstLine) => {
        const text = page < pageCount && nextPageFirstLine !== undefined ? continuationText(nextPageFirstLine, words) : undefined;
        return text ? { text, alignment: 'right', margin: [left, 0, right, 0] } : null;
      },
    };
  },
} satisfies { [T in RunningType]: RunningHandler<T> };

/** The page furniture of a document's running nodes, merged for the engine. */
export function runningContent(nodes: RunningNode[], ctx: RunningContext): RunningContent {
  const out: RunningContent = {};
  for (const node of nodes) Object.assign(out, (runningHandlers[node.type] as RunningHandler<RunningType>)(node as never, ctx));
  return out;
}
