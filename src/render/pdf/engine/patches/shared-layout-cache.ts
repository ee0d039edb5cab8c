/**
 * Override (speed only) of pdfkit 0.19.1's per-document layout cache (`EmbeddedFont.layoutCache`, filled by
 * `EmbeddedFont.layout` with each string's glyph run).
 *
 * What pdfkit does: a new cache per font per document, so a batch lays out the same words again for every document.
 * What the override does: one cache per parsed font, shared by the documents rendered with it — entries depend only
 * on the font and the string, and pdfkit never changes a cached run — started afresh every
 * {@link LAYOUT_CACHE_USES} documents so a long batch's memory stays bounded.
 * Guarded by tests/render/pdf/engine/contract.test.ts and differential.test.ts.
 */

const layoutCaches = new WeakMap<object, { entries: Record<string, unknown>; uses: number }>();

/** Documents served by one layout cache before it starts afresh. */
const LAYOUT_CACHE_USES = 100;

/** The layout cache shared by the documents rendered with one parsed font (one more document's use counted). */
export function sharedLayoutCache(font: object): Record<string, unknown> {
  let cache = layoutCaches.get(font);
  if (!cache || cache.uses >= LAYOUT_CACHE_USES) {
    cache = { entries: Object.create(null) as Record<string, unknown>, uses: 0 };
    layoutCaches.set(font, cache);
  }
  cache.uses++;
  return cache.entries;
}
