/** List markers as Thai documents print them, shared by every renderer. */
import { toThaiDigits } from '../thai/digits.js';
import type { ListNode } from './nodes.js';

/** The marker of the item numbered `n`, in Thai digits: "๑.", "(๑)", "๑)", "-", "•" or nothing. */
export function listMarker(marker: ListNode['marker'], n: number): string {
  const digits = toThaiDigits(String(n));
  switch (marker) {
    case 'thai':
      return `${digits}.`;
    case 'paren':
      return `(${digits})`;
    case 'close-paren':
      return `${digits})`;
    case 'dash':
      return '-';
    case 'bullet':
      return '•';
    case 'none':
      return '';
  }
}
