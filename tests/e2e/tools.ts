/** The system tools the end-to-end tests use; they are skipped locally when missing, never in CI. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function have(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
}

/** True when the tools are there; throws in CI (ITADOC_REQUIRE_E2E) when they are not. */
export function requireTools(...tools: string[]): boolean {
  const missing = tools.filter((t) => !have(t));
  if (missing.length && process.env.ITADOC_REQUIRE_E2E) throw new Error(`end-to-end tools missing: ${missing.join(', ')}`);
  return missing.length === 0;
}

/** The reviewer's black-box checks in ../shared/tools, when present beside the repository. */
export const SHARED_TOOLS = fileURLToPath(new URL('../../../shared/tools/', import.meta.url));
export const PDFCHECK = `${SHARED_TOOLS}pdfcheck.mjs`;
export const hasPdfcheck = existsSync(PDFCHECK);

/** Text of a PDF as pdftotext -raw reads it, with all white space removed (as pdfcheck compares). */
export function pdfFlatText(file: string): string {
  const r = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return r.stdout.replace(/[\s\u200b]+/g, '');
}

export function pdfPages(file: string): number {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(r.stdout)?.[1] ?? 0);
}

/**
 * A LibreOffice profile of the test's own: two soffice processes sharing the default profile (vitest runs test files
 * in parallel) hand work to each other or fail at start.
 */
export function sofficeProfileArg(dir: string): string {
  return `-env:UserInstallation=file://${dir}/lo-profile`;
}
