/**
 * The pipeline's shape, checked on the source: stages import one way, the CLI uses only the public entry, and the
 * PDF engine's patches are never installed by importing the library or rendering DOCX.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SRC = join(ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Value imports (not `import type`, not type-only specifiers) of every source file, as folders under src/. */
function valueImports(): { from: string; to: string; line: string }[] {
  const out: { from: string; to: string; line: string }[] = [];
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(import|export)\s+(type\s+)?([^;]*?)\s+from\s+'(\.[^']+)'/gms)) {
      if (m[2]) continue;
      const names = m[3]!.replace(/^\{|\}$/g, '').split(',').map((n) => n.trim()).filter(Boolean);
      if (m[1] === 'import' && m[3]!.startsWith('{') && names.every((n) => n.startsWith('type '))) continue;
      const target = resolve(dirname(file), m[4]!);
      out.push({ from: relative(SRC, file), to: relative(SRC, target), line: m[0].split('\n')[0]! });
    }
  }
  return out;
}

const stageOf = (path: string) => path.split('/')[0]!;

describe('imports point one way', () => {
  const imports = valueImports();

  it('sees value imports and skips type-only ones (the scanner itself)', () => {
    expect(imports.length).toBeGreaterThan(100);
    expect(imports.some((i) => i.from === 'pipeline/render-documents.ts' && i.to === 'analysis/index.js')).toBe(true);
    // renderer.ts imports only types.
    expect(imports.some((i) => i.from === 'render/renderer.ts')).toBe(false);
  });

  it('render/ and document/ import nothing but types from input, analysis, template, framework, pipeline, batch or cli', () => {
    const bad = imports.filter(
      (i) => ['render', 'document'].includes(stageOf(i.from)) && ['input', 'analysis', 'template', 'framework', 'pipeline', 'batch', 'cli'].includes(stageOf(i.to)),
    );
    expect(bad.map((i) => `${i.from}: ${i.line}`)).toEqual([]);
  });

  it('no earlier stage imports a value from a later one', () => {
    // analysis/ before input/: the analysis imports only types from the input, and validation refuses published
    // figures that contradict the indicator scores with the analysis's own arithmetic (analysis/reconcile.ts).
    const order = ['thai', 'framework', 'analysis', 'input', 'workbook', 'resources', 'template', 'document', 'render', 'pipeline', 'batch', 'cli'];
    const bad = imports.filter((i) => {
      const [from, to] = [order.indexOf(stageOf(i.from)), order.indexOf(stageOf(i.to))];
      return from >= 0 && to >= 0 && to > from;
    });
    expect(bad.map((i) => `${i.from}: ${i.line}`)).toEqual([]);
  });

  it('the CLI imports only the public entry (src/index.ts)', () => {
    const bad = imports.filter((i) => stageOf(i.from) === 'cli' && stageOf(i.to) !== 'cli' && i.to !== 'index.js');
    expect(bad.map((i) => `${i.from}: ${i.line}`)).toEqual([]);
  });

  it('a start loads the workbook stage, resvg and tinyglobby only when a run needs them', () => {
    // Each costs 15 ms or so of every start (docs/architecture.md, "Start-up"); a JSON input without an SVG image in
    // a DOCX and without a file pattern needs none of them.
    const onDemand = ['workbook/on-demand.js', 'workbook/relative-paths.js', 'workbook/json-path.js'];
    const bad = imports.filter((i) => stageOf(i.to) === 'workbook' && stageOf(i.from) !== 'workbook' && !onDemand.includes(i.to));
    expect(bad.map((i) => `${i.from}: ${i.line}`)).toEqual([]);
    const eager: string[] = [];
    for (const file of files(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'(@resvg\/resvg-js|tinyglobby|exceljs)'/gms)) eager.push(`${relative(SRC, file)}: ${m[1]}`);
    }
    expect(eager).toEqual([]);
  });

  it('only the engine folder reaches into pdfmake, pdfkit and fontkit', () => {
    const bad: string[] = [];
    for (const file of files(SRC)) {
      const rel = relative(SRC, file);
      if (rel.startsWith('render/pdf/engine/')) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from\s+|require\()'((?:pdfmake|pdfkit|fontkit)[^']*)'/g)) {
        if (!/^import type/m.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) bad.push(`${rel}: ${m[1]}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('the engine patches nothing outside its own layouts', () => {
  it('importing the library and rendering DOCX, or even a PDF, leaves pdfmake as it was', () => {
    const script = `
      import { createRequire } from 'node:module';
      import { readFileSync } from 'node:fs';
      const require = createRequire(${JSON.stringify(join(ROOT, 'package.json'))});
      const stack = require('pdfmake/js/StyleContextStack.js').default;
      const inlines = require('pdfmake/js/TextInlines.js').default;
      const tables = require('pdfmake/js/TableProcessor.js');
      const before = [stack.getStyleProperty, stack.prototype.getProperty, stack.prototype.push, inlines.prototype.buildInlines, tables.default];
      const same = () => [stack.getStyleProperty, stack.prototype.getProperty, stack.prototype.push, inlines.prototype.buildInlines, tables.default].every((f, i) => f === before[i]);
      const lib = await import(${JSON.stringify(join(ROOT, 'dist/index.js'))});
      const resources = lib.loadResources();
      const loaded = lib.loadInputText(readFileSync(${JSON.stringify(join(ROOT, 'samples/tak-2568.json'))}, 'utf8'), 'tak.json');
      const out = [same()];
      await lib.renderDocuments(loaded, { formats: ['docx'], documents: ['o42'] }, resources, lib.createRenderers(['docx']));
      out.push(same());
      await lib.renderDocuments(loaded, { formats: ['pdf'], documents: ['o42'] }, resources, lib.createRenderers(['pdf']));
      out.push(same());
      console.log(JSON.stringify(out));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([true, true, true]);
  });
});
