import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Runner } from '../exec.js';
import type { Logger } from '../log.js';
import { DOCKER_HUB_API } from './reference.js';

/** What `docker login` left for a registry: a user and password, or an OAuth refresh token. */
export type Credentials =
  { kind: 'basic'; username: string; password: string } | { kind: 'identity-token'; token: string };

/** The parts of `<DOCKER_CONFIG>/config.json` that hold credentials. */
export interface DockerConfigFile {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

/** the key docker login uses for Docker Hub, a URL for historical reasons */
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';
const HUB_HOSTS = new Set([DOCKER_HUB_API, 'docker.io', 'index.docker.io']);

/**
 * The keys config.json may file a registry under: `docker login HOST` writes the bare host,
 * older clients wrote `https://HOST` or `https://HOST/v1/`, Docker Hub is always the v1 URL.
 */
function credentialKeys(host: string): string[] {
  if (HUB_HOSTS.has(host)) return [DOCKER_HUB_KEY, 'index.docker.io', 'docker.io', DOCKER_HUB_API];
  return [host, `https://${host}`, `http://${host}`, `https://${host}/v1/`, `https://${host}/v2/`];
}

/** The key a credential helper is asked for (what `docker login` passed it). */
export function helperServerUrl(host: string): string {
  return HUB_HOSTS.has(host) ? DOCKER_HUB_KEY : host;
}

/** The inline credentials of `auths`, or undefined when the file has none for the host. */
export function credentialsFromAuths(config: DockerConfigFile, host: string): Credentials | undefined {
  const auths = config.auths ?? {};
  const byKey = new Map(Object.entries(auths).map(([key, value]) => [key.replace(/\/+$/, ''), value]));
  for (const key of credentialKeys(host)) {
    const entry = auths[key] ?? byKey.get(key.replace(/\/+$/, ''));
    if (!entry) continue;
    if (entry.identitytoken) return { kind: 'identity-token', token: entry.identitytoken };
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (entry.username && entry.password) return { kind: 'basic', username: entry.username, password: entry.password };
  }
  return undefined;
}

/** The helper docker would ask for `host`: credHelpers first, then the default credsStore. */
export function helperFor(config: DockerConfigFile, host: string): string | undefined {
  for (const key of credentialKeys(host)) {
    const helper = config.credHelpers?.[key];
    if (helper) return helper;
  }
  return config.credsStore || undefined;
}

/** `docker-credential-<helper> get` prints `{"ServerURL","Username","Secret"}`; `<token>` marks an identity token. */
export function parseHelperOutput(stdout: string): Credentials | undefined {
  const parsed = JSON.parse(stdout) as { Username?: string; Secret?: string };
  if (!parsed.Secret) return undefined;
  if (parsed.Username === '<token>') return { kind: 'identity-token', token: parsed.Secret };
  return { kind: 'basic', username: parsed.Username ?? '', password: parsed.Secret };
}

/**
 * Looks credentials up the way the docker CLI does, once per host. The config file is read
 * lazily: a build that only talks to anonymous registries never needs it.
 */
export class CredentialStore {
  private config: Promise<DockerConfigFile | undefined> | undefined;
  private readonly cache = new Map<string, Promise<Credentials | undefined>>();

  constructor(
    private readonly dockerConfigDir: string | undefined,
    private readonly run: Runner,
    private readonly logger: Logger,
  ) {}

  /** Where the credentials were looked for, for error messages. */
  get configFile(): string | undefined {
    return this.dockerConfigDir === undefined ? undefined : path.join(this.dockerConfigDir, 'config.json');
  }

  get(host: string): Promise<Credentials | undefined> {
    let found = this.cache.get(host);
    if (!found) {
      found = this.lookup(host);
      this.cache.set(host, found);
    }
    return found;
  }

  private async lookup(host: string): Promise<Credentials | undefined> {
    const config = await this.readConfig();
    if (!config) return undefined;
    const helper = helperFor(config, host);
    if (helper) {
      const fromHelper = await this.fromHelper(helper, host);
      if (fromHelper) return fromHelper;
    }
    return credentialsFromAuths(config, host);
  }

  private async fromHelper(helper: string, host: string): Promise<Credentials | undefined> {
    const tool = `docker-credential-${helper}`;
    try {
      const result = await this.run([tool, 'get'], { input: helperServerUrl(host), quiet: true, allowFailure: true });
      // helpers exit non-zero with "credentials not found in native keychain" for unknown hosts
      if (result.code !== 0) {
        this.logger.debug(`${tool} has no credentials for ${host}`);
        return undefined;
      }
      return parseHelperOutput(result.stdout);
    } catch {
      this.logger.debug(`${tool} is not installed; looking for ${host} in config.json's auths only`);
      return undefined;
    }
  }

  private readConfig(): Promise<DockerConfigFile | undefined> {
    this.config ??= (async () => {
      const file = this.configFile;
      if (!file) return undefined;
      try {
        return JSON.parse(await readFile(file, 'utf8')) as DockerConfigFile;
      } catch (error: unknown) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
          this.logger.warning(`could not read ${file}: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    })();
    return this.config;
  }
}
