/** Precompiled built-in templates: used for exactly the text they were made from, and rendering as compiled ones do. */
import { describe, expect, it } from 'vitest';
import { checkTemplateMarkup } from '../../src/document/parse-markup.js';
import { loadResources } from '../../src/resources/load-resources.js';
import type { TemplateFiles } from '../../src/resources/resources.js';
import { compileTemplates, precompileKey, precompileTemplate } from '../../src/template/template-set.js';
import { SAMPLES, loadSample } from '../helpers.js';
import { buildViewModel } from '../../src/template/view-model/index.js';
import { analyze } from '../../src/analysis/index.js';
import { availableDocuments } from '../../src/pipeline/document-kinds.js';

const file = (text: string) => ({ text, source: 'test.hbs' });

describe('precompiled templates', () => {
  const { documents, partials, precompiled } = loadResources().templates;

  it('the build precompiled every built-in template', () => {
    const missing = [...documents.values(), ...partials.values()].filter((f) => !precompiled?.has(precompileKey(f.text))).map((f) => f.source);
    expect(missing).toEqual([]);
    expect(precompiled!.size).toBeGreaterThan(40);
  });

  it('render every sample’s documents as the templates compiled from their text do', () => {
    const fast = compileTemplates({ documents, partials, precompiled });
    const slow = compileTemplates({ documents, partials }, checkTemplateMarkup);
    let rendered = 0;
    for (const name of SAMPLES) {
      const loaded = loadSample(name);
      const analysis = analyze(loaded.input, loaded.framework);
      for (const kind of availableDocuments(loaded)) {
        const model = buildViewModel(kind, loaded.input, loaded.framework, analysis);
        expect(fast.render(kind, model), `${name} ${kind}`).toBe(slow.render(kind, model));
        rendered++;
      }
    }
    expect(rendered).toBeGreaterThanOrEqual(10);
  });

  it('are used for exactly the text they were made from', () => {
    const text = '<document><p>{{name}}</p></document>';
    const other = '<document><p>[{{name}}]</p></document>';
    // A spec under the key of `text` that prints something else shows which one ran.
    const specs = new Map([[precompileKey(text), precompileTemplate('<document><p>precompiled {{name}}</p></document>')]]);
    const set = compileTemplates({ documents: new Map([['a', file(text)], ['b', file(other)]]), partials: new Map(), precompiled: specs });
    expect(set.render('a', { name: 'x' })).toBe('<document><p>precompiled x</p></document>');
    expect(set.render('b', { name: 'x' })).toBe('<document><p>[x]</p></document>');
    expect(precompileKey(text)).not.toBe(precompileKey(other));
  });

  it('an override is still checked: a typo in it is reported, precompiled built-ins or not', () => {
    const bad = { documents: new Map([['memo', file('<document><pp>x</pp></document>')]]), partials: new Map(), precompiled } satisfies TemplateFiles;
    expect(() => compileTemplates(bad, checkTemplateMarkup)).toThrowError(/pp/);
  });
});
