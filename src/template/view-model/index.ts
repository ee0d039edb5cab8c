/**
 * Template stage, part 1: input + analysis → the view model of one document, which its Handlebars template reads.
 * One builder per document kind; each builds only what its template prints.
 */
import type { Analysis } from '../../analysis/index.js';
import type { Framework } from '../../framework/index.js';
import type { Input } from '../../input/index.js';
import type { ModelSource } from './common.js';
import { letterModel } from './letter.js';
import { o42Model } from './o42.js';
import { formModel, o43Model } from './o43.js';

export { documentDate } from './common.js';

/** The builders by document kind (the names of the document templates). */
const BUILDERS = {
  memo: letterModel,
  letter: letterModel,
  o42: o42Model,
  o43: o43Model,
  form: formModel,
} satisfies Record<string, (source: ModelSource) => object>;

/** A document kind that has a view model. */
export type ModelKind = keyof typeof BUILDERS;

/** Builds the view model of document `kind` from one validated input and its analysis. */
export function buildViewModel(kind: ModelKind, input: Input, framework: Framework, analysis: Analysis): object {
  return BUILDERS[kind]({ input, framework, analysis });
}
