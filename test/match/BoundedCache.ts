/**
 * Remembers up to `limit` answers, keeping those asked for lately: when the newer half fills,
 * the older half is let go and answers still asked for move up. Names repeat across staff lists,
 * so the common ones stay; clearing everything when full (as a plain Map would need) would throw
 * them away with the rest and search them again.
 *
 * The matcher keeps FingerprintCache instead; this plain form is the model its property test holds it to.
 */
export class BoundedCache<K, V> {
  private newer = new Map<K, V>();
  private older = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.newer.get(key);
    if (value !== undefined) return value;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.newer.size >= this.limit / 2) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
  }
}
