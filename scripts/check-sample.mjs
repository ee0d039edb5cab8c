// Validates one input file against the itadoc schema and prints the problems, or "ok".
// Usage: node scripts/check-sample.mjs samples/x.json   (run `npm run build` first)
import { readFileSync } from 'node:fs';
import { loadInputText } from '../dist/input/index.js';
const file = process.argv[2];
try {
  const { input } = loadInputText(readFileSync(file, 'utf8'), file);
  console.log(`ok: ${input.agency.name}, FY ${input.fiscalYear}, ${input.measures?.length ?? 0} measures`);
} catch (e) {
  console.log(e.message);
  process.exit(2);
}
