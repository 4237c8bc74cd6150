import { describe, expect, it } from 'vitest';
import { mapLimit } from '../src/map-limit.js';

/** A promise the test settles by hand, so nothing depends on how long anything takes. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Lets every pending promise callback run. */
const settle = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('mapLimit', () => {
  it.each([
    { name: 'five tasks, two at once', count: 5, limit: 2, peak: 2 },
    { name: 'three tasks, limit above the count', count: 3, limit: 10, peak: 3 },
    { name: 'four tasks, one at a time', count: 4, limit: 1, peak: 1 },
    { name: 'a limit of 0 still runs one at a time', count: 3, limit: 0, peak: 1 },
    { name: 'no tasks', count: 0, limit: 4, peak: 0 },
  ])('$name', async ({ count, limit, peak }) => {
    const gates = Array.from({ length: count }, deferred);
    const started: number[] = [];
    let running = 0;
    let highest = 0;
    const all = mapLimit([...Array(count).keys()], limit, async (item, index) => {
      expect(item).toBe(index);
      started.push(index);
      running++;
      highest = Math.max(highest, running);
      await gates[index]!.promise;
      running--;
      return `result ${item}`;
    });

    // finish the running task that started last first, so results arriving out of order
    // must be put back in place
    const released = new Set<number>();
    for (let finished = 0; finished < count; finished++) {
      await settle();
      expect(running).toBe(Math.min(peak, count - finished));
      const last = started.findLast((index) => !released.has(index))!;
      released.add(last);
      gates[last]!.resolve();
    }
    expect(await all).toEqual(Array.from({ length: count }, (_, i) => `result ${i}`));
    expect(highest).toBe(peak);
    expect(started.toSorted((a, b) => a - b)).toEqual([...Array(count).keys()]);
  });

  it('rejects with the first task’s error', async () => {
    await expect(
      mapLimit([1, 2, 3], 2, async (n) => {
        if (n === 2) throw new Error('task 2 failed');
        return n;
      }),
    ).rejects.toThrow('task 2 failed');
  });

  it('after a failure starts nothing new and settles only when the running tasks are done', async () => {
    const slow = deferred();
    const started: number[] = [];
    let settled = false;
    const all = mapLimit([0, 1, 2, 3], 2, async (n) => {
      started.push(n);
      if (n === 0) await slow.promise;
      if (n === 1) throw new Error('task 1 failed');
      return n;
    }).finally(() => (settled = true));
    const outcome = expect(all).rejects.toThrow('task 1 failed');

    await settle();
    expect(started).toEqual([0, 1]);
    expect(settled).toBe(false);
    slow.resolve();
    await outcome;
    expect(started).toEqual([0, 1]);
  });
});
