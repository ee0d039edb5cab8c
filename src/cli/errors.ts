/**
 * How the CLI ends: exit codes and the one place that turns errors into messages (never a stack trace,
 * unless ITADOC_DEBUG is set).
 */
import { BatchArgumentError, InputError, InputPatternError, MarkupError, MissingDataError, ResourceError, TemplateError, WorkbookLimitError } from '../index.js';

/** Exit codes: 0 done; 1 some inputs of a batch failed; 2 unusable input or arguments; 70 internal error. */
export const EXIT = { ok: 0, someFailed: 1, badInput: 2, internal: 70 } as const;

/** An error the user can fix, with a bilingual message and an exit code. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.badInput,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Prints an error for a person and returns the exit code to use. */
export function reportError(err: unknown, write: (text: string) => void): number {
  const userFixable = [InputError, UsageError, TemplateError, MarkupError, ResourceError, MissingDataError, BatchArgumentError, InputPatternError, WorkbookLimitError].some(
    (k) => err instanceof k,
  );
  if (userFixable) {
    write((err as Error).message);
    return err instanceof UsageError ? err.exitCode : EXIT.badInput;
  }
  const message = err instanceof Error ? err.message : String(err);
  write(
    `itadoc ทำงานผิดพลาดภายใน / internal error: ${message}\n` +
      'โปรดแจ้งผู้พัฒนาพร้อมไฟล์ข้อมูลนำเข้า / please report this with the input file (ITADOC_DEBUG=1 shows details)',
  );
  if (process.env.ITADOC_DEBUG && err instanceof Error && err.stack) write(err.stack);
  return EXIT.internal;
}
