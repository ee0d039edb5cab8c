import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastStyleLookup } from '../../../../src/render/pdf/engine/patches/fast-style-lookup.js';

const require = createRequire(import.meta.url);
type Stack = {
  push(item: unknown): void;
  pop(n?: number): void;
  getProperty(p: string): unknown;
};
const StyleContextStack = (
  require('pdfmake/js/StyleContextStack.js') as {
    default: (new (dictionary: object, defaults: object) => Stack) & {
      getStyleProperty(item: unknown, stack: Stack | undefined, p: string, d: unknown): unknown;
    };
  }
).default;

describe('pdfmake style lookup (cached)', () => {
  // Installed here as the engine installs it for a layout, and undone after.
  let undo: () => void;
  beforeAll(() => {
    undo = fastStyleLookup.install();
  });
  afterAll(() => undo());

  it('answers as pdfmake does after every push and pop', () => {
    const stack = new StyleContextStack({ heading: { bold: true, fontSize: 20 } }, { fontSize: 10.56, font: 'Sarabun' });
    expect(stack.getProperty('fontSize')).toBe(10.56);
    stack.push({ fontSize: 12 });
    expect(stack.getProperty('fontSize')).toBe(12);
    stack.push({ color: 'red' });
    expect(stack.getProperty('fontSize')).toBe(12);
    stack.push('heading');
    expect(stack.getProperty('fontSize')).toBe(20);
    expect(stack.getProperty('bold')).toBe(true);
    stack.pop(2);
    expect(stack.getProperty('fontSize')).toBe(12);
    expect(stack.getProperty('bold')).toBeUndefined();
    stack.pop();
    expect(stack.getProperty('fontSize')).toBe(10.56);
  });

  it('reads a word’s own property, its named style, then the stack', () => {
    const stack = new StyleContextStack({ heading: { bold: true } }, { bold: false, alignment: 'left' });
    stack.push({ alignment: 'justify' });
    const get = (item: object, p: string) => StyleContextStack.getStyleProperty(item, stack, p, 'fallback');
    expect(get({ text: 'a', alignment: 'center' }, 'alignment')).toBe('center');
    expect(get({ text: 'a' }, 'alignment')).toBe('justify');
    expect(get({ text: 'a', style: 'heading' }, 'bold')).toBe(true);
    expect(get({ text: 'a' }, 'bold')).toBe(false);
    expect(get({ text: 'a' }, 'link')).toBe('fallback');
  });
});
