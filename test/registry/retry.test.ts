import { describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../src/log.js';
import {
  backoffMs,
  isNetworkError,
  isRetryableStatus,
  RetryableStatusError,
  retryAfterMs,
  withRetry,
} from '../../src/registry/retry.js';

const socketClosed = (): Error =>
  new TypeError('fetch failed', {
    cause: Object.assign(new Error('other side closed'), { name: 'SocketError', code: 'UND_ERR_SOCKET' }),
  });

describe('retries', () => {
  it.each([
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [501, false],
    [400, false],
    [401, false],
    [404, false],
  ])('HTTP %i is retried: %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });

  it.each([
    { name: "undici's socket error", error: socketClosed(), expected: true },
    {
      name: 'a connection reset',
      error: new TypeError('fetch failed', {
        cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
      }),
      expected: true,
    },
    {
      name: 'a refused connection',
      error: new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      }),
      expected: true,
    },
    { name: 'a body cut short', error: new TypeError('terminated'), expected: true },
    { name: 'a plain error', error: new Error('manifest unknown'), expected: false },
  ])('$name is a network error: $expected', ({ error, expected }) => {
    expect(isNetworkError(error)).toBe(expected);
  });

  it('waits exponentially, at least what Retry-After asks, at most 30 s', () => {
    const policy = { attempts: 5, baseDelayMs: 100 };
    expect([1, 2, 3, 4].map((n) => backoffMs(policy, n))).toEqual([100, 200, 400, 800]);
    expect(backoffMs(policy, 1, retryAfterMs('2'))).toBe(2000);
    expect(backoffMs(policy, 1, retryAfterMs('3600'))).toBe(30_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT')).toBeUndefined();
  });

  it('tries until it works, logging each retry', async () => {
    const logger = new MemoryLogger();
    let calls = 0;
    const result = await withRetry({ attempts: 3, baseDelayMs: 1 }, 'PUT blob', logger, async () => {
      calls++;
      if (calls === 1) throw new RetryableStatusError(503, 'HTTP 503');
      if (calls === 2) throw socketClosed();
      return 'done';
    });
    expect(result).toBe('done');
    expect(logger.lines).toEqual([
      'PUT blob: HTTP 503; retrying in 0.0 s (try 2 of 3)',
      'PUT blob: connection failed (UND_ERR_SOCKET); retrying in 0.0 s (try 3 of 3)',
    ]);
  });

  it('gives up after the last try, and at once on what a retry cannot fix', async () => {
    const logger = new MemoryLogger();
    let calls = 0;
    await expect(
      withRetry({ attempts: 3, baseDelayMs: 1 }, 'x', logger, async () => {
        calls++;
        throw new RetryableStatusError(500, 'HTTP 500');
      }),
    ).rejects.toThrow('HTTP 500');
    expect(calls).toBe(3);
    calls = 0;
    await expect(
      withRetry({ attempts: 3, baseDelayMs: 1 }, 'x', logger, async () => {
        calls++;
        throw new Error('denied');
      }),
    ).rejects.toThrow('denied');
    expect(calls).toBe(1);
  });
});
