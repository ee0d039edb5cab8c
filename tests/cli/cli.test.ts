import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

describe('itadoc CLI', () => {
  it('prints help', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('validate <file>');
    expect(r.stdout).toContain('analyze <file>');
  });

  it('validates a sample', () => {
    const r = runCli(['validate', 'samples/tak-2568.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('จังหวัดตาก');
  });

  it('analyze prints the total, level, weighted parts and weak questions of seed 000', () => {
    const r = runCli(['analyze', 'samples/pathumthani-2563.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('92.69');
    expect(r.stdout).toMatch(/ระดับ \/ level: A/);
    for (const part of ['28.93', '24.26', '39.50']) expect(r.stdout).toContain(part);
    expect(r.stdout).toContain('EIT: 11 จาก / of 15 ข้อ');
  });

  it('analyze --json gives the whole analysis', () => {
    const r = runCli(['analyze', 'samples/pruyai-2565.json', '--json']);
    expect(r.code).toBe(0);
    const { analysis } = JSON.parse(r.stdout);
    expect(analysis.total).toBe(65.66);
    expect(analysis.level.code).toBe('C');
  });

  it('a bad input exits 2 with the field named and no stack trace', () => {
    const r = runCli(['validate', 'tests/fixtures/bad-inputs/score-above-100.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('scores.indicators.1');
    expect(r.stderr).toContain('197.81');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('malformed JSON exits 2 with line and column', () => {
    const r = runCli(['validate', 'tests/fixtures/bad-inputs/malformed-truncated.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('malformed-truncated.json:2:47');
  });

  it('a missing file exits 2 with a clear message', () => {
    const r = runCli(['analyze', 'no-such-file.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file: no-such-file.json');
  });

  it('an unknown command exits 2', () => {
    const r = runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a font folder missing a style is a clear error (exit 2), not a crash', () => {
    const r = runCli(['render', 'samples/tak-2568.json', '--out', '/tmp/itadoc-never', '--format', 'pdf', '--font-dir', 'fonts/../docs']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('font folder');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('asking for a document the input has no data for names what is missing (exit 2)', () => {
    const r = runCli(['render', 'samples/tak-2568.json', '--out', '/tmp/itadoc-never', '--doc', 'letter', '--format', 'docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('letter (kind "external")');
  });

  it('--pdfa writes PDF/A-2b files (render and batch)', async () => {
    const { mkdtempSync, readFileSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'itadoc-pdfa-'));
    const r = runCli(['render', 'samples/tak-2568.json', '--out', join(dir, 'r'), '--format', 'pdf', '--doc', 'o43', '--pdfa']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'r', 'o43.pdf'), 'latin1')).toContain('<pdfaid:part>2</pdfaid:part>');
    const b = runCli(['batch', 'samples/tak-2568.json', '--out', join(dir, 'b'), '--format', 'pdf', '--doc', 'o43', '--pdfa', '--quiet']);
    expect(b.code, b.stderr).toBe(0);
    const [agency] = readdirSync(join(dir, 'b')).filter((f) => !f.endsWith('.json'));
    expect(readFileSync(join(dir, 'b', agency!, 'o43.pdf'), 'latin1')).toContain('<pdfaid:part>2</pdfaid:part>');
    const plain = runCli(['render', 'samples/tak-2568.json', '--out', join(dir, 'p'), '--format', 'pdf', '--doc', 'o43']);
    expect(plain.code).toBe(0);
    expect(readFileSync(join(dir, 'p', 'o43.pdf'), 'latin1')).not.toContain('pdfaid');
  });

  it('render with two inputs of the same file name writes two folders', async () => {
    const { mkdtempSync, mkdirSync, copyFileSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'itadoc-same-'));
    for (const sub of ['a', 'b']) {
      mkdirSync(join(dir, sub));
      copyFileSync('samples/tak-2568.json', join(dir, sub, 'x.json'));
    }
    const r = runCli(['render', join(dir, 'a', 'x.json'), join(dir, 'b', 'x.json'), '--out', join(dir, 'out'), '--format', 'docx', '--doc', 'o42']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['x', 'x-2']);
  });
});
