/**
 * Patch (speed only) of pdfmake 0.3.11 src/StyleContextStack.js: `getStyleProperty`, `getProperty`, `push`, `pop`.
 *
 * What pdfmake does: for each of about twenty properties of every word it measures, it pushes the word onto the
 * style stack, walks the stack with a fresh closure and pops it again — a seventh of a measures document's PDF time
 * (profiled in issue 6).
 * What the patch does, with the same answers:
 * - When the word names no style of its own, the pushed word can only answer the property it was just found not to
 *   have, so the stack is read as it is.
 * - The stack's answers are kept until it next changes (push or pop bump a version): the words of one paragraph all
 *   ask the same stack the same twenty questions.
 * - A stack of plain override objects (no named styles, which itadoc never uses) is read with a plain loop.
 * Guarded by tests/render/pdf/engine/contract.test.ts (the members exist) and differential.test.ts (same layout
 * with and without it).
 */
import { StyleContextStack, type GetStyleProperty, type StyleStack } from '../pdfmake-modules.js';
import type { Patch } from './patch.js';

interface VersionedStack extends StyleStack {
  /** Bumped by every push and pop: answers cached for an older stack are stale. */
  itadocVersion?: number;
  itadocCache?: { version: number; values: Map<string, unknown> };
}

export const fastStyleLookup: Patch = {
  name: 'fast-style-lookup',
  install() {
    const proto = StyleContextStack.prototype;
    const original = {
      getProperty: proto.getProperty,
      push: proto.push,
      pop: proto.pop,
      getStyleProperty: StyleContextStack.getStyleProperty,
    };
    proto.push = function push(this: VersionedStack, item: unknown): void {
      this.itadocVersion = (this.itadocVersion ?? 0) + 1;
      original.push.call(this, item);
    };
    proto.pop = function pop(this: VersionedStack, howMany?: number): void {
      this.itadocVersion = (this.itadocVersion ?? 0) + 1;
      original.pop.call(this, howMany);
    };
    proto.getProperty = function getProperty(this: VersionedStack, property: string): unknown {
      const version = this.itadocVersion ?? 0;
      let cache = this.itadocCache;
      if (!cache || cache.version !== version) cache = this.itadocCache = { version, values: new Map() };
      if (cache.values.has(property)) return cache.values.get(property);
      let value: unknown = undefined;
      let found = false;
      const overrides = this.styleOverrides;
      for (let i = overrides.length - 1; i >= 0 && !found; i--) {
        const item = overrides[i];
        if (typeof item === 'string' || item instanceof String) return original.getProperty.call(this, property);
        value = (item as Record<string, unknown>)[property];
        found = value !== undefined && value !== null;
      }
      if (!found) value = this.defaultStyle && this.defaultStyle[property];
      cache.values.set(property, value);
      return value;
    };
    const fast: GetStyleProperty = (item, stack, property, defaultValue) => {
      if (item !== null && typeof item === 'object') {
        const own = (item as Record<string, unknown>)[property];
        if (own !== undefined && own !== null) return own;
        if (!stack) return defaultValue;
        const { style, section } = item as { style?: unknown; section?: unknown };
        if (!style && section === undefined) {
          const value = stack.getProperty(property);
          return value !== undefined && value !== null ? value : defaultValue;
        }
      }
      return original.getStyleProperty.call(StyleContextStack, item, stack, property, defaultValue);
    };
    StyleContextStack.getStyleProperty = fast;
    return () => {
      proto.getProperty = original.getProperty;
      proto.push = original.push;
      proto.pop = original.pop;
      StyleContextStack.getStyleProperty = original.getStyleProperty;
    };
  },
};
