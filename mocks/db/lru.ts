/**
 * A tiny least-recently-used cache. The per-account histories are generated on demand; keeping the
 * last few means paging through one account's access log does not generate it again, while a
 * support shift that opens hundreds of accounts never holds more than `capacity` of them.
 */
export class Lru<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K, create: () => V): V {
    const held = this.entries.get(key);
    if (held !== undefined) {
      // A Map iterates in insertion order: re-inserting makes this the most recent.
      this.entries.delete(key);
      this.entries.set(key, held);
      return held;
    }
    const made = create();
    this.entries.set(key, made);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return made;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
