/**
 * Golden files: readable intermediates checked in under tests/fixtures/. A test compares what it made with the file;
 * `UPDATE=1 npm test` rewrites the files (review the diff before committing). A missing golden file fails — it is
 * never written silently, so a renamed sample or document cannot pass unchecked.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** Compares `text` with the golden file `tests/fixtures/<name>`, or writes it under UPDATE=1. */
export function expectGolden(name: string, text: string): void {
  const file = fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
  if (process.env.UPDATE) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return;
  }
  expect(existsSync(file), `golden file tests/fixtures/${name} is missing: run UPDATE=1 npm test and review it`).toBe(true);
  expect(text).toBe(readFileSync(file, 'utf8'));
}
