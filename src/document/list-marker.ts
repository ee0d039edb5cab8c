/** List markers as Thai documents print them: decided once, in the tree, and drawn as given by every renderer. */
import type { ListNode } from './nodes.js';

/**
 * The marker of the item numbered `n`: "1.", "(1)", "1)", "-", "•" or nothing. Digits are ASCII here, like all text
 * of the markup; apply-digits.ts writes them in the document's digits with the rest of the tree.
 */
export function listMarker(marker: ListNode['marker'], n: number): string {
  switch (marker) {
    case 'thai':
      return `${n}.`;
    case 'paren':
      return `(${n})`;
    case 'close-paren':
      return `${n})`;
    case 'dash':
      return '-';
    case 'bullet':
      return '•';
    case 'none':
      return '';
  }
}
