#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (the "prepare" script).
import('../dist/cli/main.js').then((m) => m.main(process.argv.slice(2))).catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('itadoc is not built yet: run `npm install` (or `npm run build`) in the itadoc folder.');
  } else {
    console.error(err && err.message ? err.message : err);
  }
  process.exit(70);
});
