/** Which documents an input can have: each is written only when the input holds its data. */
import type { LoadedInput } from '../input/index.js';

/** The documents itadoc writes, in the order a provincial office sends them. */
export const DOCUMENT_KINDS = ['memo', 'letter', 'o42', 'o43', 'form'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What each document needs in the input, for messages. */
const NEEDS: Record<DocumentKind, string> = {
  memo: 'letter (kind "memo")',
  letter: 'letter (kind "external")',
  o42: 'measures or scores',
  o43: 'progress',
  form: 'measures and letter (kind "external")',
};

/** Which documents an input has data for. */
export function availableDocuments(loaded: LoadedInput): DocumentKind[] {
  const { input } = loaded;
  const kinds: DocumentKind[] = [];
  if (input.letter?.kind === 'memo') kinds.push('memo');
  if (input.letter?.kind === 'external') kinds.push('letter');
  if (input.measures?.length || input.scores) kinds.push('o42');
  if (input.progress) kinds.push('o43');
  // The blank reporting form goes with a circular letter that asks agencies to report (seed 003).
  if (input.measures?.length && input.letter?.kind === 'external') kinds.push('form');
  return kinds;
}

/** Thrown when a requested document needs data the input does not have. */
export class MissingDataError extends Error {
  constructor(
    readonly kind: DocumentKind,
    readonly needs: string = NEEDS[kind],
  ) {
    super(`เอกสาร ${kind} ต้องมีข้อมูล ${needs} ในไฟล์ / the ${kind} document needs ${needs} in the input`);
    this.name = 'MissingDataError';
  }
}
