/**
 * A least-recently-used cache with a fixed number of entries.
 *
 * The renderers keep work done for one document for the next ones (measured words, text runs, prepared XML): the
 * documents of a batch repeat most of their text. Each cache is bounded so that a batch of any size stays within
 * its memory budget (issue 6: under 1 GB for all workers), and keeps what is used often — the framework's questions,
 * a province's measures — while one agency's own names and scores make way.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  /** @param capacity Entries kept; the least recently used one goes when a new one would exceed it. */
  constructor(private readonly capacity: number) {}

  /** The value for `key`, marked as just used; undefined when absent. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // A Map iterates in insertion order: re-inserting moves the entry to the most recent end.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Stores `value` for `key`, dropping the least recently used entry when full. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
  }

  /** The value for `key`, computed with `make` and stored when absent. */
  getOrSet(key: K, make: () => V): V {
    let value = this.get(key);
    if (value === undefined) {
      value = make();
      this.set(key, value);
    }
    return value;
  }

  /** Number of entries held. */
  get size(): number {
    return this.entries.size;
  }
}
