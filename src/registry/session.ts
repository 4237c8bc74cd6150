import os from 'node:os';
import path from 'node:path';
import type { Runner } from '../exec.js';
import type { Logger } from '../log.js';
import { RegistryClient } from './client.js';
import { CredentialStore } from './credentials.js';
import { isLoopbackRegistry } from './reference.js';
import { DEFAULT_RETRY, type RetryPolicy } from './retry.js';

export interface RegistrySessionOptions {
  /** where `docker login` keeps credentials (DOCKER_CONFIG); default ~/.docker */
  dockerConfigDir?: string;
  fetch?: typeof fetch;
  /** milliseconds since the epoch; for token lifetimes */
  now?: () => number;
  /** hosts spoken to over plain HTTP; default: localhost, 127.0.0.1 and ::1 */
  insecureRegistries?: (host: string) => boolean;
  retry?: RetryPolicy;
}

export interface RegistrySession {
  clientFor: (host: string) => RegistryClient;
}

/**
 * Registry clients that log in with what `docker login` stored (DOCKER_CONFIG), one per host,
 * sharing their tokens; for every engine and for anything else that talks to a registry.
 */
export function registrySession(options: RegistrySessionOptions & { run: Runner; logger: Logger }): RegistrySession {
  const credentials = new CredentialStore(
    options.dockerConfigDir ?? path.join(os.homedir(), '.docker'),
    options.run,
    options.logger,
  );
  const clients = new Map<string, RegistryClient>();
  const clientFor = (host: string): RegistryClient => {
    let client = clients.get(host);
    if (!client) {
      client = new RegistryClient(host, {
        fetch: options.fetch ?? globalThis.fetch,
        credentials,
        insecure: options.insecureRegistries ?? isLoopbackRegistry,
        retry: options.retry ?? DEFAULT_RETRY,
        logger: options.logger,
        now: options.now ?? Date.now,
      });
      clients.set(host, client);
    }
    return client;
  };
  return { clientFor };
}
