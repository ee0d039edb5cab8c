/**
 * Document stage: the templates' markup (docs/markup.md) → the typed document tree.
 *
 * The markup is XML-like and parsed with htmlparser2 in XML mode. Unknown elements or attributes are errors that name
 * the template and the line; the templates are also checked before rendering (`checkTemplateMarkup`), so a typo in
 * a template is reported at its own line rather than at a line of the rendered output.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { DigitStyle } from '../thai/digits.js';
import { listMarker } from './list-marker.js';
import { placeCells } from './table-grid.js';
import { CM, FIRST_LINE_INDENT, SHORT_TABLE_ROWS } from './typography.js';
import type {
  Align,
  BlockNode,
  CellNode,
  DocumentNode,
  ImageData,
  InlineNode,
  ListItemNode,
  ListNode,
  ParagraphFormat,
  RowNode,
  ChartNode,
  ChartPoint,
  RunningNode,
  TableNode,
  TextNode,
} from './nodes.js';

/** A mistake in a template's markup, with where it is. */
export class MarkupError extends Error {
  constructor(
    readonly template: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`แม่แบบ ${template} บรรทัด ${line}: ${detail} / template ${template}, line ${line}: ${detail}`);
    this.name = 'MarkupError';
  }
}

const PARAGRAPH_ATTRS = ['align', 'indent', 'left', 'hanging', 'before', 'after', 'keep-next', 'tabs', 'size', 'bold', 'style', 'color'];

/** Every element of the markup with the attributes it takes. */
export const MARKUP_VOCABULARY: Record<string, string[]> = {
  document: ['kind', 'title', 'subject', 'keywords', 'numbers-from', 'continuation', 'top'],
  title: PARAGRAPH_ATTRS,
  h1: PARAGRAPH_ATTRS,
  h2: PARAGRAPH_ATTRS,
  h3: PARAGRAPH_ATTRS,
  p: PARAGRAPH_ATTRS,
  b: [],
  i: [],
  u: [],
  dotted: [],
  span: ['size', 'color', 'bold'],
  br: [],
  tab: [],
  ol: ['marker', 'start', 'indent'],
  li: [],
  table: ['widths', 'size', 'borders'],
  tr: ['header', 'cant-split', 'keep-next'],
  td: ['colspan', 'rowspan', 'align', 'valign', 'shade'],
  th: ['colspan', 'rowspan', 'align', 'valign', 'shade'],
  signature: ['space', 'axis'],
  salutation: ['left'],
  line: [],
  emblem: ['height', 'align', 'src'],
  image: ['src', 'width', 'align', 'source'],
  chart: ['kind', 'pass-mark', 'height', 'legend-current', 'legend-previous'],
  point: ['label', 'value', 'text', 'previous'],
  space: ['lines'],
  'page-break': [],
  'page-foot': [],
};

const INLINE = new Set(['b', 'i', 'u', 'dotted', 'span', 'br', 'tab']);

/**
 * Loads an image given its path (relative to the input file) and, for messages, the JSON path of the input field
 * that names it; throws a user error when it is missing or not an image.
 */
export type ImageLoader = (src: string, source?: string) => ImageData;

/** Defaults the templates do not set. */
export interface DocumentDefaults {
  font: string;
  size: number;
  author: string;
  created: string;
  language: string;
  /** Digits of the page numbers; the text's digits are converted afterwards (apply-digits.ts). */
  digits: DigitStyle;
}

interface Context {
  template: string;
  lineOf: (index: number | null) => number;
  loadImage?: ImageLoader;
}

function lineIndex(text: string): (index: number | null) => number {
  const breaks: number[] = [];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) breaks.push(i);
  return (index) => {
    if (index === null) return 0;
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

function fail(ctx: Context, el: Element | ChildNode, detail: string): never {
  throw new MarkupError(ctx.template, ctx.lineOf(el.startIndex), detail);
}

function checkElement(ctx: Context, el: Element): void {
  const allowed = MARKUP_VOCABULARY[el.name];
  if (!allowed) {
    fail(ctx, el, `ไม่รู้จักองค์ประกอบ <${el.name}> / unknown element <${el.name}> (see docs/markup.md)`);
  }
  for (const attr of Object.keys(el.attribs)) {
    if (!allowed.includes(attr)) {
      fail(ctx, el, `<${el.name}> ไม่มีแอตทริบิวต์ ${attr} / <${el.name}> takes no attribute "${attr}" (allowed: ${allowed.join(', ') || 'none'})`);
    }
  }
}

/** Reads a length: "2.5cm", "12pt"; a bare number is points. */
function length(ctx: Context, el: Element, name: string): number | undefined {
  const v = el.attribs[name];
  if (v === undefined) return undefined;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(cm|pt)?\s*$/.exec(v);
  if (!m) fail(ctx, el, `${name}="${v}" ไม่ใช่ความยาว / is not a length such as "2.5cm" or "12pt"`);
  return Number(m[1]) * (m[2] === 'cm' ? CM : 1);
}

function number(ctx: Context, el: Element, name: string): number | undefined {
  const v = el.attribs[name];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) fail(ctx, el, `${name}="${v}" ไม่ใช่ตัวเลข / is not a number`);
  return n;
}

function oneOf<T extends string>(ctx: Context, el: Element, name: string, values: readonly T[]): T | undefined {
  const v = el.attribs[name];
  if (v === undefined) return undefined;
  if (!values.includes(v as T)) fail(ctx, el, `${name}="${v}" ต้องเป็น / must be one of ${values.join(', ')}`);
  return v as T;
}

const flag = (el: Element, name: string) => el.attribs[name] !== undefined && el.attribs[name] !== 'false';

const ALIGNS = ['left', 'center', 'right', 'justify', 'thai'] as const;

function paragraphFormat(ctx: Context, el: Element): ParagraphFormat {
  const indent = el.attribs.indent;
  const format: ParagraphFormat = {
    align: oneOf(ctx, el, 'align', ALIGNS),
    // "first" is the regulation's 2.5 cm first-line indent of body paragraphs.
    firstLine: indent === 'first' ? FIRST_LINE_INDENT : length(ctx, el, 'indent'),
    indent: length(ctx, el, 'left'),
    hanging: length(ctx, el, 'hanging'),
    before: length(ctx, el, 'before'),
    after: length(ctx, el, 'after'),
    keepNext: flag(el, 'keep-next') || undefined,
    tabs: el.attribs.tabs
      ? el.attribs.tabs.split(',').map((t) => {
          const m = /^\s*(\d+(?:\.\d+)?)\s*(cm|pt)?\s*(?::(left|center|right))?\s*$/.exec(t);
          if (!m) fail(ctx, el, `tabs="${el.attribs.tabs}" ไม่ถูกต้อง / must list stops such as "8cm,16cm:right"`);
          return { position: Number(m[1]) * (m[2] === 'cm' ? CM : 1), align: (m[3] ?? 'left') as 'left' | 'center' | 'right' };
        })
      : undefined,
  };
  for (const k of Object.keys(format) as (keyof ParagraphFormat)[]) if (format[k] === undefined) delete format[k];
  return format;
}

/** Collapses white space as HTML does: runs become one space. */
const collapse = (s: string) => s.replace(/[ \t\r\n]+/g, ' ');

function inlines(ctx: Context, nodes: ChildNode[], style: Omit<TextNode, 'type' | 'value'>): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      const value = collapse(node.data);
      if (value) out.push({ type: 'text', value, ...style });
    } else if (node.type === 'tag') {
      const el = node as Element;
      checkElement(ctx, el);
      if (!INLINE.has(el.name)) fail(ctx, el, `<${el.name}> ใช้ในข้อความไม่ได้ / <${el.name}> cannot stand inside a line of text`);
      if (el.name === 'br') out.push({ type: 'break' });
      else if (el.name === 'tab') out.push(style.dotted ? { type: 'tab', dotted: true } : { type: 'tab' });
      else {
        const next = { ...style };
        if (el.name === 'b') next.bold = true;
        if (el.name === 'i') next.italic = true;
        if (el.name === 'u') next.underline = true;
        if (el.name === 'dotted') next.dotted = true;
        if (el.name === 'span') {
          const size = number(ctx, el, 'size');
          if (size !== undefined) next.size = size;
          if (el.attribs.color) next.color = el.attribs.color.replace(/^#/, '');
          if (flag(el, 'bold')) next.bold = true;
        }
        out.push(...inlines(ctx, el.children, next));
      }
    }
  }
  return trimInlines(out);
}

/** Drops white space at the start and end of a line of text, and around breaks. */
function trimInlines(nodes: InlineNode[]): InlineNode[] {
  const out = nodes.slice();
  const trimEdge = (i: number, side: 'start' | 'end') => {
    const n = out[i];
    if (n?.type !== 'text') return;
    n.value = side === 'start' ? n.value.replace(/^ +/, '') : n.value.replace(/ +$/, '');
    if (!n.value) out.splice(i, 1);
  };
  trimEdge(0, 'start');
  trimEdge(out.length - 1, 'end');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i]!.type === 'break') {
      trimEdge(i + 1, 'start');
      trimEdge(i - 1, 'end');
    }
  }
  return out;
}

function textStyle(ctx: Context, el: Element): Omit<TextNode, 'type' | 'value'> {
  const style: Omit<TextNode, 'type' | 'value'> = {};
  const size = number(ctx, el, 'size');
  if (size !== undefined) style.size = size;
  if (flag(el, 'bold')) style.bold = true;
  if (el.attribs.color) style.color = el.attribs.color.replace(/^#/, '');
  return style;
}

function elements(nodes: ChildNode[]): Element[] {
  return nodes.filter((n): n is Element => n.type === 'tag');
}

function checkNoText(ctx: Context, parent: Element): void {
  for (const n of parent.children) {
    if (n.type === 'text' && n.data.trim()) {
      fail(ctx, n, `ข้อความ "${n.data.trim().slice(0, 20)}" อยู่นอกย่อหน้าใน <${parent.name}> / text directly inside <${parent.name}>: wrap it in <p>`);
    }
  }
}

function list(ctx: Context, el: Element): ListNode {
  checkNoText(ctx, el);
  const marker = oneOf(ctx, el, 'marker', ['thai', 'paren', 'close-paren', 'dash', 'bullet', 'none'] as const) ?? 'thai';
  const start = number(ctx, el, 'start') ?? 1;
  const items: ListItemNode[] = elements(el.children).map((li, i) => {
    checkElement(ctx, li);
    if (li.name !== 'li') fail(ctx, li, `<ol> มีได้เฉพาะ <li> / <ol> holds only <li>, found <${li.name}>`);
    // An item's text, then at most one nested list after it.
    const nested = elements(li.children).filter((c) => c.name === 'ol');
    if (nested.length > 1 || (nested[0] && li.children.slice(li.children.indexOf(nested[0]) + 1).some((c) => c.type === 'tag' || (c.type === 'text' && c.data.trim())))) {
      fail(ctx, nested[1] ?? nested[0]!, '<li> มี <ol> ซ้อนได้หนึ่งรายการท้ายข้อความ / an <li> holds one nested <ol>, after its text');
    }
    const item: ListItemNode = {
      type: 'list-item',
      label: listMarker(marker, start + i),
      children: inlines(ctx, li.children.filter((c) => c !== nested[0]), {}),
    };
    if (nested[0]) {
      checkElement(ctx, nested[0]);
      item.list = list(ctx, nested[0]);
    }
    return item;
  });
  return { type: 'list', marker, start, indent: length(ctx, el, 'indent') ?? 0, items };
}

function cellBlocks(ctx: Context, el: Element, header: boolean): BlockNode[] {
  const hasBlocks = el.children.some((c) => c.type === 'tag' && !INLINE.has((c as Element).name));
  if (!hasBlocks) {
    const children = inlines(ctx, el.children, header ? { bold: true } : {});
    return [{ type: 'paragraph', children }];
  }
  checkNoText(ctx, el);
  return blocks(ctx, el.children, header);
}

function table(ctx: Context, el: Element): TableNode {
  checkNoText(ctx, el);
  const rowElements = elements(el.children);
  const rows: RowNode[] = rowElements.map((tr) => {
    checkElement(ctx, tr);
    if (tr.name !== 'tr') fail(ctx, tr, `<table> มีได้เฉพาะ <tr> / <table> holds only <tr>, found <${tr.name}>`);
    checkNoText(ctx, tr);
    const header = flag(tr, 'header');
    const cells: CellNode[] = elements(tr.children).map((td) => {
      checkElement(ctx, td);
      if (td.name !== 'td' && td.name !== 'th') fail(ctx, td, `<tr> มีได้เฉพาะ <td> หรือ <th> / <tr> holds only <td> or <th>`);
      const isTh = td.name === 'th';
      const span = (name: string) => {
        const n = number(ctx, td, name) ?? 1;
        if (!Number.isInteger(n) || n < 1) fail(ctx, td, `${name}="${td.attribs[name]}" ต้องเป็นจำนวนเต็มบวก / must be a whole number from 1`);
        return n;
      };
      const cell: CellNode = {
        type: 'cell',
        column: 0,
        colspan: span('colspan'),
        rowspan: span('rowspan'),
        align: oneOf(ctx, td, 'align', ALIGNS) ?? (isTh ? 'center' : undefined),
        valign: oneOf(ctx, td, 'valign', ['top', 'middle', 'bottom'] as const) ?? (isTh ? 'middle' : undefined),
        children: cellBlocks(ctx, td, isTh),
      };
      if (td.attribs.shade) cell.shade = td.attribs.shade.replace(/^#/, '');
      if (cell.align === undefined) delete cell.align;
      if (cell.valign === undefined) delete cell.valign;
      return cell;
    });
    const row: RowNode = { type: 'row', header, cantSplit: flag(tr, 'cant-split') || header, cells };
    if (flag(tr, 'keep-next')) row.keepWithNext = true;
    return row;
  });
  const widths = (el.attribs.widths ?? '').split(',').filter(Boolean).map(Number);
  if (widths.length === 0) {
    widths.push(...Array<number>(Math.max(0, ...rows.map((r) => r.cells.reduce((a, c) => a + c.colspan, 0)))).fill(1));
  }
  if (widths.some((w) => !Number.isFinite(w) || w <= 0)) {
    fail(ctx, el, `widths="${el.attribs.widths ?? ''}" ต้องเป็นค่าบวก / must give positive weights, one per column`);
  }
  const overflowing = placeCells(rows, widths.length);
  if (overflowing !== undefined) {
    fail(ctx, rowElements[overflowing] ?? el, `แถวนี้มีเซลล์เกิน ${widths.length} คอลัมน์ของตาราง / this row's cells run past the table's ${widths.length} columns (widths="${el.attribs.widths ?? ''}")`);
  }
  // A short table of short rows (a paragraph per cell) is kept on one page: every row but the last stays with the
  // next. Tall rows (the form's blank rows) may still split between them, or the table would leave a page empty.
  const shortRows = rows.every((r) => r.cells.every((c) => c.children.length <= 1 && c.children.every((b) => b.type === 'paragraph')));
  if (shortRows && rows.filter((r) => !r.header).length <= SHORT_TABLE_ROWS) for (const r of rows.slice(0, -1)) r.keepWithNext = true;
  const node: TableNode = { type: 'table', widths, borders: oneOf(ctx, el, 'borders', ['all', 'none'] as const) ?? 'all', rows };
  const size = number(ctx, el, 'size');
  if (size !== undefined) node.size = size;
  return node;
}

function blocks(ctx: Context, nodes: ChildNode[], inHeader = false): BlockNode[] {
  const out: BlockNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.data.trim()) {
        fail(ctx, node, `ข้อความ "${node.data.trim().slice(0, 20)}" อยู่นอกย่อหน้า / text outside a paragraph: wrap it in <p>`);
      }
      continue;
    }
    if (node.type !== 'tag') continue;
    const el = node as Element;
    checkElement(ctx, el);
    switch (el.name) {
      case 'p': {
        const style = el.attribs.style;
        out.push({
          type: 'paragraph',
          ...(style ? { style } : {}),
          ...paragraphFormat(ctx, el),
          children: inlines(ctx, el.children, { ...(inHeader ? { bold: true } : {}), ...textStyle(ctx, el) }),
        });
        break;
      }
      case 'title':
      case 'h1':
      case 'h2':
      case 'h3':
        out.push({
          type: 'heading',
          level: el.name === 'title' ? 0 : (Number(el.name[1]) as 1 | 2 | 3),
          ...paragraphFormat(ctx, el),
          children: inlines(ctx, el.children, textStyle(ctx, el)),
        });
        break;
      case 'ol':
        out.push(list(ctx, el));
        break;
      case 'table':
        out.push(table(ctx, el));
        break;
      case 'signature': {
        checkNoText(ctx, el);
        let salutation: { indent: number; children: InlineNode[] } | undefined;
        const lines: InlineNode[][] = [];
        for (const child of elements(el.children)) {
          checkElement(ctx, child);
          if (child.name === 'salutation' && !salutation && lines.length === 0) {
            salutation = { indent: length(ctx, child, 'left') ?? 0, children: inlines(ctx, child.children, {}) };
          } else if (child.name === 'line') {
            lines.push(inlines(ctx, child.children, {}));
          } else {
            fail(ctx, child, `<signature> มีได้เฉพาะ <salutation> หนึ่งบรรทัดแรก และ <line> / <signature> holds one leading <salutation> and <line>s`);
          }
        }
        out.push({
          type: 'signature',
          space: number(ctx, el, 'space') ?? 3,
          axis: number(ctx, el, 'axis') ?? 0.6,
          ...(salutation ? { salutation } : {}),
          lines,
        });
        break;
      }
      case 'emblem': {
        const src = el.attribs.src?.trim();
        const image = src && ctx.loadImage ? ctx.loadImage(src) : undefined;
        out.push({
          type: 'emblem',
          height: length(ctx, el, 'height') ?? 1.5 * CM,
          align: oneOf(ctx, el, 'align', ['left', 'center'] as const) ?? 'left',
          ...(image ? { image } : {}),
        });
        break;
      }
      case 'image': {
        const src = el.attribs.src?.trim();
        if (!src) fail(ctx, el, '<image> ต้องมี src / <image> needs a src');
        if (!ctx.loadImage) fail(ctx, el, '<image> ใช้ได้เมื่อมีไฟล์ข้อมูลนำเข้า / <image> needs an input to load from');
        const image = ctx.loadImage(src, el.attribs.source);
        // Scaled to the width asked for, never wider than the text, the height in proportion.
        const width = Math.min(length(ctx, el, 'width') ?? TEXT_WIDTH, TEXT_WIDTH);
        out.push({
          type: 'image',
          width,
          height: (width * image.height) / image.width,
          align: oneOf(ctx, el, 'align', ['left', 'center'] as const) ?? 'center',
          image,
        });
        break;
      }
      case 'chart':
        out.push(chart(ctx, el));
        break;
      case 'space':
        out.push({ type: 'space', lines: number(ctx, el, 'lines') ?? 1 });
        break;
      case 'page-break':
        out.push({ type: 'page-break' });
        break;
      case 'page-foot':
        checkNoText(ctx, el);
        out.push({ type: 'page-foot', children: blocks(ctx, el.children, inHeader) });
        break;
      default:
        fail(ctx, el, `<${el.name}> ใช้ได้เฉพาะในบรรทัดข้อความ / <${el.name}> belongs inside a paragraph`);
    }
  }
  return out;
}

/**
 * A chart: its points (`<point label value text previous/>`), its scale's ticks and pass mark as text, and its size —
 * the text width, and a height for its kind (a radar's circle and labels; a bar per indicator).
 */
function chart(ctx: Context, el: Element): ChartNode {
  const kind = oneOf(ctx, el, 'kind', ['radar', 'bar'] as const);
  if (!kind) fail(ctx, el, '<chart> ต้องมี kind="radar" หรือ "bar" / <chart> needs kind="radar" or "bar"');
  const passMark = number(ctx, el, 'pass-mark') ?? 85;
  checkNoText(ctx, el);
  const points: ChartPoint[] = elements(el.children).map((p) => {
    checkElement(ctx, p);
    if (p.name !== 'point') fail(ctx, p, `<chart> มีได้เฉพาะ <point> / <chart> holds only <point>, found <${p.name}>`);
    const value = p.attribs.value ? number(ctx, p, 'value') : undefined;
    const previous = p.attribs.previous ? number(ctx, p, 'previous') : undefined;
    return {
      label: collapse(p.attribs.label ?? '').trim(),
      ...(value !== undefined ? { value } : {}),
      text: collapse(p.attribs.text ?? '').trim(),
      ...(previous !== undefined ? { previous } : {}),
    };
  });
  const withPrevious = points.some((p) => p.previous !== undefined);
  const height = length(ctx, el, 'height') ?? (kind === 'radar' ? 0.72 * TEXT_WIDTH : (withPrevious ? 30 : 22) * points.length + 60);
  return {
    type: 'chart',
    kind,
    width: TEXT_WIDTH,
    height,
    passMark,
    ticks: [20, 40, 60, 80, 100].map((value) => ({ value, text: String(value) })),
    passMarkText: String(passMark),
    // The series' names when last year's scores are drawn too: worded by the template ("ปี ๒๕๖๕").
    ...(withPrevious ? { legend: { current: el.attribs['legend-current'] ?? '', previous: el.attribs['legend-previous'] ?? '' } } : {}),
    points,
  };
}

/** A4 with the regulation's margins (FORMAT.md): left 3 cm, right 2 cm, top 2.5 cm, bottom 2 cm. */
export const A4_PAGE = {
  width: 595.28,
  height: 841.89,
  top: 2.5 * CM,
  bottom: 2 * CM,
  left: 3 * CM,
  right: 2 * CM,
};

/** The text width of the page: 16 cm. */
const TEXT_WIDTH = A4_PAGE.width - A4_PAGE.left - A4_PAGE.right;

/**
 * Parses rendered markup into a document. `template` names the template in messages.
 * Throws MarkupError naming the template and the line of the markup.
 */
export function parseMarkup(
  markup: string,
  template: string,
  defaults: DocumentDefaults,
  loadImage?: ImageLoader,
): DocumentNode {
  const ctx: Context = { template, lineOf: lineIndex(markup), loadImage };
  const dom = parseDocument(markup, { xmlMode: true, withStartIndices: true, decodeEntities: true });
  const roots = elements(dom.children);
  const root = roots[0];
  if (!root || root.name !== 'document' || roots.length > 1) {
    throw new MarkupError(template, 1, 'แม่แบบต้องมี <document> เพียงหนึ่งเดียวครอบทั้งหมด / the markup must be one <document> element');
  }
  checkElement(ctx, root);
  const numbersFrom = number(ctx, root, 'numbers-from') ?? 2;
  const running: RunningNode[] = [];
  if (numbersFrom > 0) running.push({ type: 'page-number', from: numbersFrom, digits: defaults.digits });
  if (flag(root, 'continuation')) running.push({ type: 'continuation' });
  const children = blocks(ctx, root.children);
  return {
    type: 'document',
    kind: root.attribs.kind ?? template,
    meta: {
      // Without a title of its own, a document is called by its title lines (<title>), so a template words it once.
      title: root.attribs.title ?? titleText(children),
      author: defaults.author,
      subject: root.attribs.subject ?? '',
      keywords: (root.attribs.keywords ?? '').split(',').map((k) => k.trim()).filter(Boolean),
      language: defaults.language,
      created: defaults.created,
    },
    page: { ...A4_PAGE, top: length(ctx, root, 'top') ?? A4_PAGE.top },
    running,
    font: defaults.font,
    size: defaults.size,
    children,
  };
}

/** The text of the document's title lines (headings of level 0), joined by spaces. */
function titleText(children: BlockNode[]): string {
  return children
    .filter((b) => b.type === 'heading' && b.level === 0)
    .map((b) => (b.type === 'heading' ? b.children.map((c) => (c.type === 'text' ? c.value : ' ')).join('') : ''))
    .join(' ');
}

/**
 * Checks a template's own text for unknown elements and attributes, so that a typo is reported at the template's
 * line. Handlebars expressions are left as text; only tag names and attribute names are checked.
 */
export function checkTemplateMarkup(source: string, template: string): void {
  const ctx: Context = { template, lineOf: lineIndex(source) };
  const dom = parseDocument(source, { xmlMode: true, withStartIndices: true, decodeEntities: false });
  const walk = (nodes: ChildNode[]) => {
    for (const n of nodes) {
      if (n.type === 'tag') {
        checkElement(ctx, n as Element);
        walk((n as Element).children);
      }
    }
  };
  walk(dom.children);
}
