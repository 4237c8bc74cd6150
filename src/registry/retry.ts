import type { Logger } from '../log.js';

export interface RetryPolicy {
  /** tries in all, the first one included */
  attempts: number;
  /** the wait before the second try; doubled for each further one */
  baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 500 };
/** a registry asking for a longer pause (Retry-After) is not waited on for more than this */
const MAX_DELAY_MS = 30_000;

/** A registry answer worth trying again: it is overloaded or failed on its side. */
export class RetryableStatusError extends Error {
  override name = 'RetryableStatusError';
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** 429 and the 5xx family, except the ones that will not change on a second try. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/**
 * A dropped connection: undici's fetch throws `TypeError: fetch failed` with the socket error
 * as its cause, and a body read fails with the error itself.
 */
export function isNetworkError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code && NETWORK_CODES.has(code)) return true;
    if (e.name === 'SocketError' || /other side closed|socket hang up|terminated/i.test(e.message)) return true;
  }
  return false;
}

function isRetryable(error: unknown): boolean {
  return error instanceof RetryableStatusError || isNetworkError(error);
}

/** `Retry-After` in seconds (the HTTP-date form is rare from registries and ignored). */
export function retryAfterMs(header: string | null): number | undefined {
  if (!header || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim()) * 1000;
}

export function backoffMs(policy: RetryPolicy, failedAttempt: number, requested?: number): number {
  const exponential = policy.baseDelayMs * 2 ** (failedAttempt - 1);
  return Math.min(MAX_DELAY_MS, Math.max(exponential, requested ?? 0));
}

/**
 * Runs `attempt` until it succeeds, fails for a reason a retry cannot fix, or the policy's
 * tries are spent; the last error is thrown. Waits grow exponentially, so a registry that
 * restarts gets time, and a dead one fails the build within seconds, not minutes.
 */
export async function withRetry<T>(
  policy: RetryPolicy,
  what: string,
  logger: Logger,
  attempt: (n: number) => Promise<T>,
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error: unknown) {
      if (n >= policy.attempts || !isRetryable(error)) throw error;
      const delay = backoffMs(policy, n, error instanceof RetryableStatusError ? error.retryAfterMs : undefined);
      logger.info(
        `${what}: ${describeFailure(error)}; retrying in ${(delay / 1000).toFixed(1)} s (try ${n + 1} of ${policy.attempts})`,
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code ?? (error as NodeJS.ErrnoException).code;
  if (error.message === 'fetch failed' && cause) return `connection failed (${code ?? cause.message})`;
  return error.message;
}
