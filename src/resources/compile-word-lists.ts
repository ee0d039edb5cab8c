/**
 * Build step (`npm run build`, after tsc): compiles libthai's word list to the trie bytes every start reads
 * (THAI_WORD_LISTS.compiledGeneral), so that no process spends 45 ms building it. The bytes carry a digest of the
 * list, so a stale file is never used.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { compileWordLists } from '../thai/words.js';
import { THAI_WORD_LISTS } from './load-resources.js';

writeFileSync(THAI_WORD_LISTS.compiledGeneral, compileWordLists([readFileSync(THAI_WORD_LISTS.general)]));
