/**
 * The named styles clerks see in Word's style list, with Thai run properties complete in every one (FORMAT.md:
 * `w:cs`, `w:szCs`, `w:bCs`, `w:lang w:bidi="th-TH"` — without them Word shows Thai small, not bold, in a fallback
 * font), and the two table styles.
 */
import { AlignmentType, Document, LineRuleType, Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import type { DocumentNode } from '../../document/nodes.js';
import { CELL_MARGIN_X, CELL_MARGIN_Y, HEADING_SPACE_BEFORE, TABLE_RULE, TH_SARABUN_LINE_SPACING, TITLE_SIZE } from '../../document/typography.js';
import { half, twip } from './docx-context.js';

/** The ruled report tables' style. */
export const TABLE_STYLE = 'ITATable';
/** The borderless layout tables' style (the memo's emblem row, the letter's address block). */
export const LAYOUT_TABLE_STYLE = 'ITALayoutTable';
/** The paragraph style of text in tables at the body size. */
export const TABLE_TEXT_STYLE = 'TableText';
/** The paragraph style of text in dense tables (FORMAT.md: 14 pt). */
export const TABLE_TEXT_DENSE_STYLE = 'TableTextDense';
/** The size of dense tables' text (`<table size="14">`), which has a style of its own. */
export const DENSE_TABLE_SIZE = 14;

/** The two table styles, as styles.xml entries: ruled report tables, and borderless layout tables. */
function tableStylesXml(): string {
  // Border widths are in eighths of a point.
  const side = (name: string, rule: boolean) =>
    rule ? `<w:${name} w:val="single" w:sz="${TABLE_RULE * 8}" w:space="0" w:color="000000"/>` : `<w:${name} w:val="nil"/>`;
  const x = twip(CELL_MARGIN_X);
  const y = twip(CELL_MARGIN_Y);
  const style = (id: string, name: string, rule: boolean) =>
    `<w:style w:type="table" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="TableNormal"/>` +
    `<w:uiPriority w:val="59"/><w:qFormat/><w:tblPr><w:tblBorders>` +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((n) => side(n, rule)).join('') +
    `</w:tblBorders><w:tblCellMar><w:top w:w="${y}" w:type="dxa"/><w:left w:w="${x}" w:type="dxa"/>` +
    `<w:bottom w:w="${y}" w:type="dxa"/><w:right w:w="${x}" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`;
  return style(TABLE_STYLE, 'ITA Table', true) + style(LAYOUT_TABLE_STYLE, 'ITA Layout Table', false);
}

/**
 * The character style of text at `size` points inside a paragraph whose style has another size (the memo's
 * "บันทึกข้อความ" and field labels, the urgency mark): named "Text 20 pt", so a clerk restyles such text through
 * the style, and a run carries no direct size.
 */
export function sizeStyleId(size: number): string {
  return `TextSize${String(size).replace('.', '_')}`;
}

/** Every size a text run of the tree asks for, sorted: the character styles the document needs. */
export function runSizes(doc: DocumentNode): number[] {
  const sizes = new Set<number>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const node = value as { type?: unknown; size?: unknown };
    if (node.type === 'text' && typeof node.size === 'number') sizes.add(node.size);
    for (const v of Object.values(value)) if (v && typeof v === 'object') visit(v);
  };
  visit(doc.children);
  visit(doc.running);
  return [...sizes].sort((a, b) => a - b);
}

const stylesCache = new Map<string, Promise<string>>();

/**
 * styles.xml of a document: the docx library's own (document defaults, paragraph styles) with the table styles
 * added — the library has no API for table styles, and its `importedStyles` would drop the document defaults.
 * Built once per font and size, then given to every document as a file override.
 */
export function stylesXml(doc: DocumentNode): Promise<string> {
  const key = `${doc.font}\u0000${doc.size}\u0000${runSizes(doc).join(',')}`;
  let xml = stylesCache.get(key);
  if (!xml) {
    xml = Packer.toBuffer(new Document({ styles: styles(doc), sections: [{ children: [] }] })).then((zip) => {
      const own = strFromU8(unzipSync(new Uint8Array(zip), { filter: (f) => f.name === 'word/styles.xml' })['word/styles.xml']!);
      return own.replace('</w:styles>', `${tableStylesXml()}</w:styles>`);
    });
    stylesCache.set(key, xml);
  }
  return xml;
}

/** The paragraph styles and document defaults, as the docx library takes them. */
export function styles(doc: DocumentNode) {
  const font = { ascii: doc.font, hAnsi: doc.font, eastAsia: doc.font, cs: doc.font };
  const run = (size: number, bold = false) => ({
    font,
    size: half(size),
    sizeComplexScript: half(size),
    ...(bold ? { bold: true, boldComplexScript: true } : {}),
    language: { value: 'th-TH', eastAsia: 'th-TH', bidirectional: 'th-TH' },
  });
  const heading = (id: string, name: string, size: number) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: run(size, true),
    paragraph: { keepNext: true, spacing: { before: twip(HEADING_SPACE_BEFORE), after: 0 } },
  });
  return {
    default: {
      // Single spacing with a floor of TH SarabunPSK's own single line: where the font is substituted by one with
      // tighter metrics (LibreOffice on Debian draws "TH Sarabun…" with Laksaman, whose line height overlaps Thai
      // marks) lines stay apart, and pages break as in the PDF.
      document: {
        run: run(doc.size),
        paragraph: {
          spacing: { before: 0, after: 0, line: twip(doc.size * TH_SARABUN_LINE_SPACING), lineRule: LineRuleType.AT_LEAST },
          // No line of a paragraph alone at the top or foot of a page (Word's widow control).
          widowControl: true,
        },
      },
    },
    paragraphStyles: [
      { id: 'Normal', name: 'Normal', quickFormat: true, run: run(doc.size) },
      { ...heading('Title', 'Title', TITLE_SIZE), paragraph: { alignment: AlignmentType.CENTER, keepNext: true } },
      heading('Heading1', 'heading 1', doc.size),
      heading('Heading2', 'heading 2', doc.size),
      heading('Heading3', 'heading 3', doc.size),
      { id: 'ListParagraph', name: 'List Paragraph', basedOn: 'Normal', quickFormat: true, run: run(doc.size) },
      { id: TABLE_TEXT_STYLE, name: 'Table Text', basedOn: 'Normal', quickFormat: true, run: run(doc.size) },
      {
        id: TABLE_TEXT_DENSE_STYLE,
        name: 'Table Text Dense',
        basedOn: TABLE_TEXT_STYLE,
        quickFormat: true,
        run: run(DENSE_TABLE_SIZE),
        // The line floor of its own size, not the body's.
        paragraph: { spacing: { line: twip(DENSE_TABLE_SIZE * TH_SARABUN_LINE_SPACING), lineRule: LineRuleType.AT_LEAST } },
      },
    ],
    characterStyles: runSizes(doc).map((size) => ({
      id: sizeStyleId(size),
      name: `Text ${size} pt`,
      quickFormat: true,
      run: { size: half(size), sizeComplexScript: half(size) },
    })),
  };
}
