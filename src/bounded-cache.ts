/**
 * A cache with a fixed number of entries that keeps what was used lately: two generations, as a clock cache does.
 *
 * The renderers keep work done for one document for the next ones (measured words, text runs, prepared XML, Thai word
 * breaks): the documents of a batch repeat most of their text. Each cache is bounded so that a batch of any size
 * stays within its memory budget (issue 6: under 1 GB for all workers), and keeps what is used often — the
 * framework's questions, a province's measures — while one agency's own names and scores make way.
 *
 * Why generations rather than a strict least-recently-used list: a hit costs one Map lookup, where a strict list
 * moved the entry to the recent end on every hit (a delete and a set). Measured on the bench, this changed little:
 * the caches' time (about 5 ms an agency) is mostly hashing their long keys (a measured text's key is its runs and
 * style as JSON), which both ways pay.
 * New and used entries go to the recent generation; when it is full it becomes the older one, and the older one's
 * entries not used since are dropped. So every entry used within the last `capacity / 2` insertions is kept, and never
 * more than `capacity` are held.
 */
export class BoundedCache<K, V> {
  private recent = new Map<K, V>();
  private older = new Map<K, V>();
  private readonly generation: number;

  /** @param capacity Most entries held; those unused for the longest go first. */
  constructor(capacity: number) {
    this.generation = Math.max(1, Math.floor(capacity / 2));
  }

  /** The value for `key`, marked as just used; undefined when absent. */
  get(key: K): V | undefined {
    const value = this.recent.get(key);
    if (value !== undefined) return value;
    const old = this.older.get(key);
    if (old !== undefined) {
      this.older.delete(key);
      this.addRecent(key, old);
    }
    return old;
  }

  /** Stores `value` for `key`, dropping the entries unused for longest when full. */
  set(key: K, value: V): void {
    if (this.recent.has(key)) {
      this.recent.set(key, value);
      return;
    }
    this.older.delete(key);
    this.addRecent(key, value);
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
    return this.recent.size + this.older.size;
  }

  private addRecent(key: K, value: V): void {
    if (this.recent.size >= this.generation) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(key, value);
  }
}
