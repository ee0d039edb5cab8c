/**
 * File patterns given on the command line, expanded by itadoc itself (issue 14): Windows' command prompt and
 * PowerShell pass `samples\*.json` to the program as it is typed, as does a Unix shell for a quoted `'samples/*.json'`,
 * so a pattern that reaches itadoc is expanded here (tinyglobby: `*`, `?`, `[…]`, `{a,b}`, `**`). A path that exists
 * is never read as a pattern (a folder may be named "[2568]"). Thai file and folder names match like any others.
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute } from 'node:path';

const require = createRequire(import.meta.url);

/** tinyglobby, loaded for the first argument that is not an existing path (about 15 ms a run of paths need not spend). */
let glob: typeof import('tinyglobby') | undefined;

/** A pattern that matches no file: the user's mistake, told with the pattern (exit 2). */
export class InputPatternError extends Error {
  constructor(readonly pattern: string) {
    super(`ไม่มีไฟล์ที่ตรงกับ "${pattern}" / no file matches the pattern "${pattern}"`);
    this.name = 'InputPatternError';
  }
}

const exists = (path: string) => {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
};

/** The files and folders `pattern` matches, sorted; [] when it matches none; undefined when it is not a pattern. */
export function matchPattern(pattern: string, cwd: string = process.cwd()): string[] | undefined {
  if (exists(pattern)) return undefined;
  // On Windows a path is written with backslashes, which glob patterns read as escapes.
  const globPattern = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
  glob ??= require('tinyglobby') as typeof import('tinyglobby');
  if (!glob.isDynamicPattern(globPattern)) return undefined;
  return glob.globSync(globPattern, { cwd, absolute: isAbsolute(pattern), onlyFiles: false, expandDirectories: false, dot: false }).sort();
}

/** `args` with every pattern replaced by what it matches; a pattern that matches nothing is an {@link InputPatternError}. */
export function expandInputPatterns(args: string[], cwd: string = process.cwd()): string[] {
  return args.flatMap((arg) => {
    const matches = matchPattern(arg, cwd);
    if (matches === undefined) return [arg];
    if (matches.length === 0) throw new InputPatternError(arg);
    return matches;
  });
}
