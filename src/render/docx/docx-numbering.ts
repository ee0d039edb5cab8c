/**
 * Lists as Word numbering (word/numbering.xml, `w:numPr`): the marker the tree decided ("๑.", "(๑)", "๑)", "-", "•")
 * becomes a level whose format and text give the same marker, so that Word renumbers the list when a clerk inserts
 * an item. Digits follow the tree's: a label in Thai digits gives `thaiNumbers`, one in Arabic digits `decimal`.
 * Each list is a numbering instance of its own, so it counts from its `start`.
 */
import { AlignmentType, LevelFormat, LevelSuffix, type INumberingOptions } from 'docx';
import type { ListNode } from '../../document/nodes.js';

/** The numbering reference of a list's marker and digits, or undefined for a list without markers. */
export function numberingReference(list: ListNode): string | undefined {
  if (list.marker === 'none' || list.items.length === 0) return undefined;
  if (list.marker === 'dash' || list.marker === 'bullet') return `itadoc-${list.marker}`;
  const thai = list.items.some((item) => /[\u0e50-\u0e59]/u.test(item.label));
  return `itadoc-${list.marker}-${thai ? 'thai' : 'arabic'}-${list.start}`;
}

const TEXT = { thai: '%1.', paren: '(%1)', 'close-paren': '%1)' } as const;

/** The numbering definitions the lists of `lists` use, for the docx library's Document options. */
export function numberingConfig(lists: ListNode[]): INumberingOptions['config'][number][] {
  const seen = new Set<string>();
  const out: INumberingOptions['config'][number][] = [];
  for (const list of lists) {
    const reference = numberingReference(list);
    if (!reference || seen.has(reference)) continue;
    seen.add(reference);
    const bullet = list.marker === 'dash' || list.marker === 'bullet';
    out.push({
      reference,
      levels: [
        {
          level: 0,
          format: bullet ? LevelFormat.BULLET : reference.includes('-thai-') ? LevelFormat.THAI_NUMBERS : LevelFormat.DECIMAL,
          text: bullet ? (list.marker === 'dash' ? '-' : '\u2022') : TEXT[list.marker as keyof typeof TEXT],
          start: bullet ? 1 : list.start,
          alignment: AlignmentType.LEFT,
          suffix: LevelSuffix.TAB,
        },
      ],
    });
  }
  return out;
}

/** Every list of a block tree, tables' cells included, in document order. */
export function listsOf(blocks: readonly import('../../document/nodes.js').BlockNode[]): ListNode[] {
  const out: ListNode[] = [];
  const visit = (bs: readonly import('../../document/nodes.js').BlockNode[]) => {
    for (const b of bs) {
      if (b.type === 'list') {
        out.push(b);
        visit(b.items.flatMap((item) => (item.list ? [item.list] : [])));
      }
      else if (b.type === 'table') for (const row of b.rows) for (const cell of row.cells) visit(cell.children);
      else if (b.type === 'page-foot') visit(b.children);
    }
  };
  visit(blocks);
  return out;
}
