/** Resources read from disk: templates with overrides, font folders told apart by file name, images. */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONT_DIR, findFontFiles, loadResources, styleOfFileName } from '../../src/resources/load-resources.js';
import { ResourceError } from '../../src/resources/resources.js';
import { fontFolder } from '../helpers.js';


describe('font folders', () => {
  it('reads the bundled Sarabun by default, and a folder once', () => {
    const resources = loadResources();
    expect(resources.fonts().dir).toBeUndefined();
    expect(resources.fonts().files.normal.path).toBe(join(BUNDLED_FONT_DIR, 'Sarabun-Regular.ttf'));
    const dir = fontFolder(['A.ttf', 'A Bold.ttf', 'A Italic.ttf', 'A BoldItalic.ttf']);
    expect(resources.fonts(dir)).toBe(resources.fonts(dir));
    expect(resources.fonts(dir).files.bold.path).toBe(join(dir, 'A Bold.ttf'));
  });

  it('--font-dir wins over the folder an input names', () => {
    const fixed = fontFolder(['A.ttf', 'A Bold.ttf', 'A Italic.ttf', 'A BoldItalic.ttf']);
    const other = fontFolder(['B.ttf', 'B Bold.ttf', 'B Italic.ttf', 'B BoldItalic.ttf']);
    expect(loadResources({ fontDir: fixed }).fonts(other).dir).toBe(fixed);
  });

  it('ignores other weights of a whole family', () => {
    const dir = fontFolder(['Sarabun-Regular.ttf', 'Sarabun-Bold.ttf', 'Sarabun-Italic.ttf', 'Sarabun-BoldItalic.ttf']);
    copyFileSync(join(BUNDLED_FONT_DIR, 'Sarabun-Bold.ttf'), join(dir, 'Sarabun-SemiBold.ttf'));
    copyFileSync(join(BUNDLED_FONT_DIR, 'Sarabun-Regular.ttf'), join(dir, 'Sarabun-LightItalic.ttf'));
    expect(findFontFiles(dir)).toEqual({
      normal: join(dir, 'Sarabun-Regular.ttf'),
      bold: join(dir, 'Sarabun-Bold.ttf'),
      italics: join(dir, 'Sarabun-Italic.ttf'),
      bolditalics: join(dir, 'Sarabun-BoldItalic.ttf'),
    });
  });

  it('names the folder and the missing style', () => {
    const dir = fontFolder(['THSarabunNew.ttf', 'THSarabunNew Bold.ttf', 'THSarabunNew Italic.ttf', undefined]);
    expect(() => loadResources().fonts(dir)).toThrowError(
      new RegExp(`font folder ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: no bold italic font.*THSarabunNew BoldItalic\\.ttf`),
    );
  });

  it('names the files when a style has several', () => {
    const dir = fontFolder(['A.ttf', 'A Bold.ttf', 'A Italic.ttf', 'A BoldItalic.ttf']);
    copyFileSync(join(BUNDLED_FONT_DIR, 'Sarabun-Regular.ttf'), join(dir, 'B.ttf'));
    expect(() => findFontFiles(dir)).toThrowError(/several regular fonts \(A\.ttf, B\.ttf\)/);
  });

  it('says when the folder cannot be read', () => {
    expect(() => loadResources().fonts('/nonexistent/fonts')).toThrowError(/font folder \/nonexistent\/fonts cannot be read/);
  });
});

describe('templates and images', () => {
  it('overlays the override folder on the built-in templates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itadoc-tpl-'));
    writeFileSync(join(dir, 'memo.hbs'), '<document><p>x</p></document>');
    const { documents, partials } = loadResources({ templates: dir }).templates;
    expect(documents.get('memo')).toEqual({ text: '<document><p>x</p></document>', source: join(dir, 'memo.hbs') });
    expect(documents.get('o42')!.source).toMatch(/templates\/o42\.hbs$/);
    expect(partials.has('signature')).toBe(true);
  });

  it('names a missing templates folder and a missing image', () => {
    expect(() => loadResources({ templates: '/nonexistent/templates' })).toThrowError(/templates folder not found: \/nonexistent\/templates/);
    expect(() => loadResources().image('/nonexistent/garuda.png')).toThrowError(ResourceError);
  });
});

describe('styleOfFileName', () => {
  it.each([
    ['THSarabunNew.ttf', 'normal'],
    ['THSarabunNew Bold.ttf', 'bold'],
    ['THSarabunNew Italic.ttf', 'italics'],
    ['THSarabunNew BoldItalic.ttf', 'bolditalics'],
    ['THSarabunNew Bold Italic.TTF', 'bolditalics'],
    ['Laksaman-BoldOblique.otf', 'bolditalics'],
    ['Sarabun-Regular.ttf', 'normal'],
    ['Sarabun-SemiBold.ttf', undefined],
    ['Sarabun-ExtraBoldItalic.ttf', undefined],
    ['Sarabun-Light.ttf', undefined],
  ])('%s → %s', (name, style) => {
    expect(styleOfFileName(name)).toBe(style);
  });
});
