import { BuildError } from '../errors.js';
import type { Logger } from '../log.js';
import { RegistryAuth, type CredentialSource } from './auth.js';
import { errorDetail, RegistryError } from './errors.js';
import {
  describeFailure,
  isNetworkError,
  isRetryableStatus,
  retryAfterMs,
  RetryableStatusError,
  withRetry,
  type RetryPolicy,
} from './retry.js';

export interface TransportOptions {
  fetch: typeof fetch;
  credentials: CredentialSource;
  /** true for hosts spoken to over plain HTTP */
  insecure: (host: string) => boolean;
  retry: RetryPolicy;
  logger: Logger;
  now: () => number;
  answerTimeoutMs?: (bodyBytes: number) => number;
}

export interface RegistryRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH';
  /** a path below the registry's root, or an absolute URL (upload locations) */
  url: string;
  headers?: Record<string, string>;
  /** a factory, so that a retry or a new token can send the same bytes again */
  body?: () => Buffer;
  /** statuses handed back to the caller; anything else is an error */
  expect: number[];
  /** for logs and errors: "GET manifest ghcr.io/acme/app:1" */
  what: string;
}

/**
 * How requests reach one registry host: authenticated (RegistryAuth), retried on 5xx, 429 and
 * dropped connections, and turned into a BuildError naming the request when the answer is not
 * one the caller expects. The API calls (client.ts) sit on top and only speak the protocol.
 */
export class RegistryTransport {
  readonly baseUrl: string;
  private readonly auth: RegistryAuth;

  constructor(
    readonly host: string,
    private readonly options: TransportOptions,
  ) {
    this.baseUrl = `${options.insecure(host) ? 'http' : 'https'}://${host}`;
    this.auth = new RegistryAuth(host, options);
  }

  allow(repository: string, actions: readonly ('pull' | 'push')[]): void {
    this.auth.allow(repository, actions);
  }

  /** One request with retries; what is left is a BuildError (a RegistryError for an HTTP status). */
  async send(request: RegistryRequest): Promise<Response> {
    try {
      return await this.sendWithRetries(request);
    } catch (error: unknown) {
      const tries = `gave up after ${this.options.retry.attempts} tries`;
      if (error instanceof RetryableStatusError)
        throw new RegistryError(`${request.what}: ${error.message} (${tries})`, error.status);
      if (isNetworkError(error))
        throw new BuildError(`${request.what}: ${describeFailure(error)} (${tries})`, { cause: error });
      throw error;
    }
  }

  private sendWithRetries(request: RegistryRequest): Promise<Response> {
    const url = /^https?:\/\//.test(request.url) ? request.url : `${this.baseUrl}${request.url}`;
    return withRetry(this.options.retry, request.what, this.options.logger, async () => {
      const response = await this.auth.fetch({ ...request, url });
      if (request.expect.includes(response.status)) return response;
      const detail = await errorDetail(response);
      if (isRetryableStatus(response.status)) {
        throw new RetryableStatusError(
          response.status,
          `HTTP ${response.status}${detail}`,
          retryAfterMs(response.headers.get('retry-after')),
        );
      }
      throw new RegistryError(
        `${request.what}: HTTP ${response.status}${detail}${this.auth.hint(response.status)}`,
        response.status,
      );
    });
  }
}
