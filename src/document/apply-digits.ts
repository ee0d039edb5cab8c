/**
 * Writes every digit of a document in one style: Thai digits by default (cabinet decision of 2000, FORMAT.md), or
 * Arabic with `--digits arabic`. Web addresses and e-mail addresses keep their digits: "hrnpt0017.5@gmail.com" with
 * Thai digits would no longer reach anyone.
 */
import { withDigits, type DigitStyle } from '../thai/digits.js';
import type { BlockNode, DocumentNode, InlineNode } from './nodes.js';

/**
 * URLs, bare www. hosts and e-mail addresses: left as typed. Linear in the length of the text: an e-mail address is
 * tried only where its local part starts (not after another local-part character), so a long run of letters or dots
 * without an "@" is scanned once instead of once from every position inside it (which took 52 s for 200,000 dots).
 * A local part can only end where its run of characters ends, so this finds what trying every position would, except
 * right after an address that ends in a local-part character: there `ADDRESS_HERE` tries the position itself.
 */
const ADDRESS = /(https?:\/\/\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g;
const ADDRESS_HERE = /(https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/y;

/** Converts the digits of `text` except inside web and e-mail addresses. */
export function convertDigits(text: string, style: DigitStyle): string {
  let out = '';
  let last = 0;
  for (;;) {
    let m: RegExpExecArray | null = null;
    if (last > 0) {
      ADDRESS_HERE.lastIndex = last;
      m = ADDRESS_HERE.exec(text);
    }
    if (!m) {
      ADDRESS.lastIndex = last;
      m = ADDRESS.exec(text);
    }
    if (!m) break;
    out += withDigits(text.slice(last, m.index), style) + m[0];
    last = m.index + m[0].length;
  }
  return out + withDigits(text.slice(last), style);
}

function inline(nodes: InlineNode[], style: DigitStyle): void {
  for (const n of nodes) if (n.type === 'text') n.value = convertDigits(n.value, style);
}

function block(node: BlockNode, style: DigitStyle): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      inline(node.children, style);
      break;
    case 'list':
      for (const item of node.items) {
        item.label = convertDigits(item.label, style);
        inline(item.children, style);
        if (item.list) block(item.list, style);
      }
      break;
    case 'table':
      for (const row of node.rows) for (const cell of row.cells) for (const b of cell.children) block(b, style);
      break;
    case 'signature':
      if (node.salutation) inline(node.salutation.children, style);
      for (const line of node.lines) inline(line, style);
      break;
    case 'chart':
      for (const point of node.points) {
        point.label = convertDigits(point.label, style);
        point.text = convertDigits(point.text, style);
      }
      for (const tick of node.ticks) tick.text = convertDigits(tick.text, style);
      node.passMarkText = convertDigits(node.passMarkText, style);
      if (node.legend) node.legend = { current: convertDigits(node.legend.current, style), previous: convertDigits(node.legend.previous, style) };
      break;
    case 'page-foot':
      for (const b of node.children) block(b, style);
      break;
    case 'emblem':
    case 'image':
    case 'space':
    case 'page-break':
      break;
    default:
      // A new block type must say here whether it holds text.
      node satisfies never;
  }
}

/** Rewrites the digits of every text of `doc` in place — list markers included — and of its title and subject. */
export function applyDigits(doc: DocumentNode, style: DigitStyle): DocumentNode {
  for (const b of doc.children) block(b, style);
  doc.meta.title = convertDigits(doc.meta.title, style);
  doc.meta.subject = convertDigits(doc.meta.subject, style);
  return doc;
}
