/**
 * Work that the targets of one workspace share (restoring, installing and saving the root's
 * node_modules; building a local package several apps use): the first target to ask does it,
 * the others wait for the same result, so it runs once per run even when they run side by side.
 */
export class SharedWork {
  private readonly pending = new Map<string, { owner: string; promise: Promise<unknown> }>();

  /** Runs `fn` for the first caller of `key`; every caller gets its result and who ran it. */
  async once<T>(key: string, caller: string, fn: () => Promise<T>): Promise<{ value: T; owner: string }> {
    let entry = this.pending.get(key);
    if (!entry) {
      entry = { owner: caller, promise: fn() };
      this.pending.set(key, entry);
    }
    return { value: (await entry.promise) as T, owner: entry.owner };
  }
}
