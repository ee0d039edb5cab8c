/** Pins the library's public exports: adding or removing one is a decision, not an accident. */
import { describe, expect, it } from 'vitest';
import * as itadoc from '../../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(itadoc).sort()).toEqual(
      [
        'BatchArgumentError',
        'DOCUMENT_KINDS',
        'FORMATS',
        'InputError',
        'InputPatternError',
        'MAX_INPUT_BYTES',
        'MarkupError',
        'MissingDataError',
        'OutputFolderError',
        'PROVINCE_SCHEMA_FILE',
        'PROVINCE_SCHEMA_ID',
        'ResourceError',
        'SCHEMA_FILE',
        'SCHEMA_ID',
        'STARTER_DOCUMENTS',
        'TemplateError',
        'WorkbookLimitError',
        'agencyKindOf',
        'agencyKinds',
        'analyze',
        'availableDocuments',
        'buildDocumentTree',
        'checkTemplates',
        'createRenderers',
        'decodeInputBytes',
        'expandInputPatterns',
        'formatProblems',
        'formatWarnings',
        'indicatorOfQuestion',
        'inputJsonSchemaText',
        'inputSchema',
        'inputWarnings',
        'isWorkbookFile',
        'jsonToWorkbook',
        'loadInputBytes',
        'loadInputText',
        'loadInputValue',
        'loadInputWorkbook',
        'loadResources',
        'prepareOutputFolder',
        'provinceError',
        'provinceJsonSchemaText',
        'readWorkbook',
        'removeIfUnused',
        'renderDocuments',
        'readProvinceFile',
        'resolveFramework',
        'rewriteRelativePaths',
        'runBatch',
        'sizeProblem',
        'starterText',
        'uniqueSlugs',
        'unsafeFolder',
        'withDigits',
        'workbookToJson',
        'writeFileAtomic',
        'writeWorkbook',
        'writingTo',
      ].sort(),
    );
  });

  it('renders a document end to end through the library', async () => {
    const { readFileSync } = await import('node:fs');
    const loaded = itadoc.loadInputText(readFileSync(new URL('../../samples/tak-2568.json', import.meta.url), 'utf8'), 'tak.json');
    const files = await itadoc.renderDocuments(loaded, { formats: ['docx'], documents: ['o42'] }, itadoc.loadResources(), itadoc.createRenderers(['docx']));
    expect(files.map((f) => f.name)).toEqual(['o42.docx']);
    expect(Buffer.from(files[0]!.bytes).subarray(0, 2).toString()).toBe('PK');
  });
});
