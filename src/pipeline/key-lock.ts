/**
 * Runs tasks that share a key one after another, in the order they asked, and tasks of
 * different keys side by side. The smoke tests of targets on one port take turns through it:
 * two containers on the host network cannot both listen there.
 */
export class KeyLock<K> {
  /** the end of the queue per key: settles when the last task asked so far is done */
  private readonly tails = new Map<K, Promise<void>>();

  async run<T>(key: K, task: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = before.then(() => mine);
    this.tails.set(key, tail);
    await before;
    try {
      return await task();
    } finally {
      release();
      // the last one out leaves no entry behind
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Keys with a task running or waiting, for tests and logs. */
  busy(key: K): boolean {
    return this.tails.has(key);
  }
}
