/**
 * `--help` wraps at word boundaries (issue 14: the ES build of yargs split English words mid-word at 80 columns),
 * for the whole program and for each command.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

/** Every Latin word itadoc's CLI sources and yargs' English messages hold: a word split in two is in neither. */
function knownWords(): Set<string> {
  const texts = readdirSync(join(ROOT, 'src/cli')).map((f) => readFileSync(join(ROOT, 'src/cli', f), 'utf8'));
  texts.push(readFileSync(join(ROOT, 'node_modules/yargs/locales/en.json'), 'utf8'));
  return new Set(texts.flatMap((t) => t.replace(/\\n/g, ' ').match(/[A-Za-z]+/g) ?? []));
}

const commandsOf = (help: string) => [...help.matchAll(/^ {2}itadoc (\w+)/gm)].map((m) => m[1]!);

describe('--help', () => {
  const words = knownWords();
  const main = runCli(['--help']);

  it('lists the commands', () => {
    expect(main.code).toBe(0);
    expect(commandsOf(main.stdout)).toEqual(expect.arrayContaining(['validate', 'analyze', 'render', 'batch']));
  });

  for (const command of ['', ...commandsOf(main.stdout)]) {
    it(`${command || 'itadoc'} --help keeps every English word whole within 80 columns`, () => {
      const r = command ? runCli([command, '--help']) : main;
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n');
      // Columns as a terminal counts them: Thai vowel and tone marks above and below take none.
      const width = (l: string) => [...l.replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/gu, '')].length;
      expect(lines.filter((l) => width(l) > 80)).toEqual([]);
      const split = [...r.stdout.matchAll(/[A-Za-z]+/g)].map((m) => m[0]).filter((w) => !words.has(w));
      expect(split).toEqual([]);
    });
  }
});
