import { describe, expect, it } from 'vitest';
import { KeyLock } from '../../src/pipeline/key-lock.js';

/** A task that records when it starts and ends, and ends when the test says so. */
function gate(log: string[], name: string): { task: () => Promise<string>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    task: async () => {
      log.push(`${name} start`);
      await opened;
      log.push(`${name} end`);
      return name;
    },
    open,
  };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('KeyLock', () => {
  it('same key: the second task starts only after the first ended', async () => {
    const lock = new KeyLock<number>();
    const log: string[] = [];
    const a = gate(log, 'a');
    const b = gate(log, 'b');
    const ra = lock.run(8080, a.task);
    const rb = lock.run(8080, b.task);
    await tick();
    expect(log).toEqual(['a start']);
    a.open();
    b.open();
    expect(await Promise.all([ra, rb])).toEqual(['a', 'b']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
    expect(lock.busy(8080)).toBe(false);
  });

  it('different keys: both run at once', async () => {
    const lock = new KeyLock<number>();
    const log: string[] = [];
    const a = gate(log, 'a');
    const b = gate(log, 'b');
    const ra = lock.run(8080, a.task);
    const rb = lock.run(8081, b.task);
    await tick();
    expect(log).toEqual(['a start', 'b start']);
    a.open();
    b.open();
    await Promise.all([ra, rb]);
  });

  it('a failing task passes its turn on and its error to its caller only', async () => {
    const lock = new KeyLock<number>();
    const first = lock.run(8080, () => Promise.reject(new Error('exited')));
    const second = lock.run(8080, () => Promise.resolve('ran'));
    await expect(first).rejects.toThrow('exited');
    await expect(second).resolves.toBe('ran');
    expect(lock.busy(8080)).toBe(false);
  });

  it('three on one key keep the order they asked in', async () => {
    const lock = new KeyLock<string>();
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3].map((n) =>
        lock.run('p', async () => {
          order.push(n);
          await tick();
          order.push(-n);
        }),
      ),
    );
    expect(order).toEqual([1, -1, 2, -2, 3, -3]);
  });
});
