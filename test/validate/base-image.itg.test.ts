import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunner } from '../../src/exec.js';
import { MemoryLogger } from '../../src/log.js';
import { probeBaseImage } from '../../src/validate/base-image.js';
import { hasDocker } from '../support/docker.js';

const BASE = 'local/node:20-slim';
const NO_NODE = 'adb-test/probe-no-node:musl-loader';
const DISTROLESS = 'adb-test/probe-distroless:1';

/**
 * An image without node: dash and the glibc it needs, plus an (empty) musl loader, the way a
 * musl image without node would look to the loader probe.
 */
function importNoNodeImage(): void {
  const root = mkdtempSync(path.join(os.tmpdir(), 'adb-probe-'));
  try {
    const libs = execFileSync('ldd', ['/bin/dash'], { encoding: 'utf8' })
      .split('\n')
      .map((l) => /(\/\S+) \(0x/.exec(l)?.[1])
      .filter((l): l is string => !!l);
    for (const lib of ['/bin/dash', ...libs]) {
      mkdirSync(path.join(root, path.dirname(lib)), { recursive: true });
      execFileSync('cp', ['-L', lib, path.join(root, lib)]);
    }
    execFileSync('cp', ['-L', '/bin/dash', path.join(root, 'bin/sh')]);
    mkdirSync(path.join(root, 'lib'), { recursive: true });
    writeFileSync(path.join(root, 'lib/ld-musl-x86_64.so.1'), '');
    execFileSync('sh', ['-c', `tar -C '${root}' -c . | docker import - ${NO_NODE}`], { stdio: 'pipe' });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Like a distroless node image: node only at /nodejs/bin/node, which is the entrypoint. */
function buildDistrolessImage(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-probe-'));
  try {
    const move =
      "fs.mkdirSync('/nodejs/bin',{recursive:true});fs.copyFileSync('/usr/bin/node','/nodejs/bin/node');fs.chmodSync('/nodejs/bin/node',0o755);fs.unlinkSync('/usr/bin/node')";
    writeFileSync(
      path.join(dir, 'Dockerfile'),
      `FROM ${BASE}\nRUN ["/usr/bin/node", "-e", "${move}"]\nENTRYPOINT ["/nodejs/bin/node"]\n`,
    );
    execFileSync('docker', ['build', '--network', 'host', '-q', '-t', DISTROLESS, dir], { stdio: 'pipe' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.runIf(hasDocker)('probeBaseImage (real engine)', () => {
  const run = createRunner(new MemoryLogger());

  beforeAll(() => {
    execFileSync('bash', ['scripts/base-image.sh'], { stdio: 'pipe' });
    importNoNodeImage();
    buildDistrolessImage();
  });

  afterAll(() => {
    execFileSync('docker', ['rmi', '-f', NO_NODE, DISTROLESS], { stdio: 'pipe' });
  });

  it(`reads glibc and Node 20 from ${BASE}`, async () => {
    const facts = await probeBaseImage(BASE, run);
    expect(facts).toMatchObject({ image: BASE, libc: 'glibc' });
    expect(facts.nodeVersion).toMatch(/^v20\.\d+\.\d+$/);
    expect(facts.glibcVersion).toMatch(/^2\.\d+$/);
  });

  it('finds node through the entrypoint when it is not on PATH', async () => {
    const facts = await probeBaseImage(DISTROLESS, run);
    expect(facts).toMatchObject({ image: DISTROLESS, libc: 'glibc' });
    expect(facts.nodeVersion).toMatch(/^v20\./);
  });

  it('falls back to the dynamic loader when the image has no node', async () => {
    expect(await probeBaseImage(NO_NODE, run)).toEqual({ image: NO_NODE, libc: 'musl' });
  });

  it('says unknown for an image that cannot be run', async () => {
    expect(await probeBaseImage('adb-test/does-not-exist:never', run)).toEqual({
      image: 'adb-test/does-not-exist:never',
      libc: 'unknown',
    });
  });
});
