/**
 * A change to a library's behaviour, installed for the duration of one synchronous layout and undone after it, so
 * that nothing outside itadoc's own layouts — not even another pdfmake user in the same process — ever sees it.
 */
export interface Patch {
  /** Names the patch in tests and messages. */
  readonly name: string;
  /** Installs the patch and returns the function that undoes it. */
  install(): () => void;
}

/** Runs `work` with `patches` installed, undoing them afterwards in reverse order even when `work` throws. */
export function withPatches<T>(patches: readonly Patch[], work: () => T): T {
  const undo: (() => void)[] = [];
  try {
    for (const patch of patches) undo.push(patch.install());
    return work();
  } finally {
    for (const u of undo.reverse()) u();
  }
}
