/**
 * A Map that starts afresh once it holds `limit` entries. The per-word memos
 * of a worker live for a whole batch, which meets ever more names and typos;
 * clearing keeps memory flat at the cost of looking a few words up again, and
 * costs nothing on the per-word path, unlike LRU bookkeeping.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super()
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear()
    return super.set(key, value)
  }
}

/** Distinct words a per-word memo keeps (a 10,000-article batch holds fewer than this). */
export const wordMemoLimit = 200_000
