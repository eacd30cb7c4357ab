import DataLoader from 'dataloader';

/** What a batch function answers: the value of each key it found; keys it did not find get the loader's fallback. */
export type BatchLoad<K, V> = (keys: K[]) => Promise<Map<K, V>>;

/**
 * The one DataLoader registry of a request (`ctx.loaders`): each library declares its loaders by
 * name (`'purchasing.team'`) with a batch function over its own tables, and every resolver of the
 * request that asks for the same name shares one loader, so a nested field costs one statement per
 * request whatever the page size. A new request starts with an empty registry (no stale values).
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /** The request's loader called `name`, created on first use; `fallback` answers keys the batch did not find. */
  get<K, V>(name: string, batch: BatchLoad<K, V>, fallback: V): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(async (keys) => {
        const found = await batch([...keys]);
        return keys.map((k) => (found.has(k) ? (found.get(k) as V) : fallback));
      });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /**
   * The request's uncached batcher called `name`: its `batch` answers the keys of one turn of the
   * event loop in their order (CombinedReads gathers a turn's reads into one statement with it). It
   * dispatches after the loaders above (`setImmediate`, where they use the microtask queue), so the
   * batches they dispatch in that turn and send through it are in its batch too.
   */
  batcher<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { cache: false, batchScheduleFn: (dispatch) => setImmediate(dispatch) });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Forgets every loaded value (after a write whose result must show it). */
  clearAll(): void {
    for (const loader of this.loaders.values()) loader.clearAll();
  }
}

/** Rows grouped by a key, in their order: the usual shape of a one-to-many loader's answer. */
export function groupRows<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
