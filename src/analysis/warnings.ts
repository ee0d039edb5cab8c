/**
 * Everything a clerk should look at in an input that is still usable: how its file was read (not UTF-8) and what
 * the analysis warns of (a published figure that the input says stands although it disagrees, an item code not
 * known). `validate`, `analyze`, `render` and `batch` print them all, and batch records them in summary.json; a
 * warning never changes the exit code (issue 12).
 */
import type { Bilingual, LoadedInput } from '../input/index.js';
import { analyze } from './analyze.js';
import type { Analysis } from './types.js';

/** The warnings of a loaded input: its decoding notes, then the analysis's warnings. */
export function inputWarnings(loaded: LoadedInput, analysis: Analysis = analyze(loaded.input, loaded.framework)): Bilingual[] {
  return [...(loaded.notes ?? []), ...analysis.warnings.map(({ th, en }) => ({ th, en }))];
}

/** Warnings as printed on a terminal: one "!" line in Thai and its English below, under the input's name. */
export function formatWarnings(file: string, warnings: Bilingual[]): string {
  if (warnings.length === 0) return '';
  return [`คำเตือน / warnings: ${file}`, ...warnings.map((w) => `  ! ${w.th}\n    ${w.en}`)].join('\n');
}
