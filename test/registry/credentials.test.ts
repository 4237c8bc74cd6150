import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Runner } from '../../src/exec.js';
import { CommandError } from '../../src/errors.js';
import { MemoryLogger } from '../../src/log.js';
import {
  CredentialStore,
  credentialsFromAuths,
  helperFor,
  helperServerUrl,
  parseHelperOutput,
  type DockerConfigFile,
} from '../../src/registry/credentials.js';

const b64 = (text: string): string => Buffer.from(text).toString('base64');

describe('credentials in config.json', () => {
  it.each<{ name: string; config: DockerConfigFile; host: string; expected: unknown }>([
    {
      name: 'the bare host docker login writes',
      config: { auths: { 'ghcr.io': { auth: b64('me:pw') } } },
      host: 'ghcr.io',
      expected: { kind: 'basic', username: 'me', password: 'pw' },
    },
    {
      name: 'an https:// key of older clients',
      config: { auths: { 'https://ghcr.io': { auth: b64('me:pw') } } },
      host: 'ghcr.io',
      expected: { kind: 'basic', username: 'me', password: 'pw' },
    },
    {
      name: 'a password with colons',
      config: { auths: { 'r.io': { auth: b64('me:p:w') } } },
      host: 'r.io',
      expected: { kind: 'basic', username: 'me', password: 'p:w' },
    },
    {
      name: "Docker Hub's v1 URL key",
      config: { auths: { 'https://index.docker.io/v1/': { auth: b64('hub:pw') } } },
      host: 'registry-1.docker.io',
      expected: { kind: 'basic', username: 'hub', password: 'pw' },
    },
    {
      name: 'an identity token',
      config: { auths: { 'acr.io': { auth: b64('00000000-0000-0000-0000-000000000000:'), identitytoken: 'refresh' } } },
      host: 'acr.io',
      expected: { kind: 'identity-token', token: 'refresh' },
    },
    {
      name: 'a port is part of the host',
      config: { auths: { '127.0.0.1:5001': { auth: b64('ci:x') } } },
      host: '127.0.0.1:5000',
      expected: undefined,
    },
    {
      name: 'an empty entry (the credentials are in a store)',
      config: { auths: { 'ghcr.io': {} } },
      host: 'ghcr.io',
      expected: undefined,
    },
  ])('$name', ({ config, host, expected }) => {
    expect(credentialsFromAuths(config, host)).toEqual(expected);
  });

  it('asks credHelpers for their host, else the credsStore', () => {
    const config: DockerConfigFile = { credsStore: 'desktop', credHelpers: { 'gcr.io': 'gcloud' } };
    expect(helperFor(config, 'gcr.io')).toBe('gcloud');
    expect(helperFor(config, 'ghcr.io')).toBe('desktop');
    expect(helperFor({}, 'ghcr.io')).toBeUndefined();
    expect(helperServerUrl('registry-1.docker.io')).toBe('https://index.docker.io/v1/');
  });

  it('reads what a helper prints', () => {
    expect(parseHelperOutput('{"ServerURL":"x","Username":"u","Secret":"s"}')).toEqual({
      kind: 'basic',
      username: 'u',
      password: 's',
    });
    expect(parseHelperOutput('{"ServerURL":"x","Username":"<token>","Secret":"t"}')).toEqual({
      kind: 'identity-token',
      token: 't',
    });
  });

  it('falls back to auths when the helper is missing, and asks once per host', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-docker-config-'));
    try {
      writeFileSync(
        path.join(dir, 'config.json'),
        JSON.stringify({ credsStore: 'missing', auths: { 'r.io': { auth: b64('u:p') } } }),
      );
      const calls: string[][] = [];
      const run: Runner = async (argv) => {
        calls.push([...argv]);
        throw new CommandError(argv.join(' '), null, 'Unable to locate executable file');
      };
      const store = new CredentialStore(dir, run, new MemoryLogger());
      expect(await store.get('r.io')).toEqual({ kind: 'basic', username: 'u', password: 'p' });
      expect(await store.get('r.io')).toEqual({ kind: 'basic', username: 'u', password: 'p' });
      expect(calls).toEqual([['docker-credential-missing', 'get']]);
      expect(await new CredentialStore(path.join(dir, 'absent'), run, new MemoryLogger()).get('r.io')).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
