/**
 * Build step (`npm run build`, after tsc): precompiles the built-in templates to the Handlebars specs every start
 * reads (PRECOMPILED_TEMPLATES), each checked first as a run checks a template, and keyed by its text so that an
 * edited or overriding template is never given a stale spec.
 */
import { writeFileSync } from 'node:fs';
import { checkTemplateMarkup } from '../document/parse-markup.js';
import { PRECOMPILED_TEMPLATES, loadResources } from '../resources/load-resources.js';
import { compileTemplates, precompileKey, precompileTemplate } from '../template/template-set.js';

const { documents, partials } = loadResources().templates;
// The checks of every run: a built-in template that fails them fails the build.
compileTemplates({ documents, partials }, checkTemplateMarkup);
const specs: Record<string, string> = {};
for (const file of [...documents.values(), ...partials.values()]) specs[precompileKey(file.text)] = precompileTemplate(file.text);
writeFileSync(PRECOMPILED_TEMPLATES, JSON.stringify(specs));
