/**
 * yargs, loaded through its CommonJS entry. Its ES module entry lays out help with cliui's ES build, which wraps text
 * every N characters — English words split mid-word at 80 columns — and counts Thai combining marks as columns. The
 * CommonJS build wraps at spaces with wrap-ansi and measures with string-width, in which Thai marks take no column
 * (issue 14).
 */
import { createRequire } from 'node:module';
import type yargsType from 'yargs';

const require = createRequire(import.meta.url);

/** The yargs factory (the same API as `import yargs from 'yargs'`). */
export const yargs = require('yargs') as typeof yargsType;
