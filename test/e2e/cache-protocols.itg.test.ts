/**
 * The cache as a runner uses it, through the built action (dist/index.js), against both
 * protocols of the GitHub Actions cache service: v2 (Twirp calls and a signed-URL blob store,
 * what github.com's hosted runners speak) and the legacy v1 (what GHES still speaks). The same
 * cases run on both: a first run that saves, a later commit that hits, a key another run holds,
 * and a service that fails in every way the client can see. On v2 the blob store fails too,
 * half way through an upload and a download. In every fault the build goes on with a warning,
 * and the action's own deadline (ARTIFACT_DOCKER_BUILD_CACHE_TIMEOUT) ends what the client
 * would otherwise wait out.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runActionBundle, type ActionRun } from '../support/action-env.js';
import { startCacheServer, type CacheServerMode } from '../support/actions-cache-server.js';
import { startCacheV2Server } from '../support/actions-cache-v2-server.js';
import type { BlobFault } from '../support/blob-proxy.js';
import { hasDocker } from '../support/docker.js';
import { checkoutFixture, commitChange, docker, FIXTURES } from '../support/fixture.js';
import { baseNodeMajor, nodeMismatchWarning } from '../support/node-major.js';

/** What the tests need of either server. */
interface CacheService {
  env: Record<string, string>;
  mode: CacheServerMode;
  entries(): { key: string }[];
  takenByAnotherRun(prefix: string): () => void;
  /** v2 only: the blob store behind the signed URLs */
  blobFault?: BlobFault;
  close(): Promise<void>;
}

const protocols: { name: string; blobStore: boolean; start: () => Promise<CacheService> }[] = [
  { name: 'v2 (Twirp + Azure Blob, as on github.com)', blobStore: true, start: startCacheV2Server },
  { name: 'v1 (legacy, as on GHES)', blobStore: false, start: startCacheServer },
];

/** the deadline of each cache call in the fault cases, in seconds */
const FAULT_TIMEOUT = 5;

/**
 * The app fixture and the monorepo's Next.js frontend as `web`, side by side, without a smoke
 * test or a baseline: what is under test here is the cache around the build.
 */
function config(registry: string, appInstall = 'npm ci'): string {
  return `version: 1
registry: ${registry}
concurrency: 2
targets:
  app:
    context: .
    install: ${appInstall}
    build: npm run build
    artifacts: [package.json, node_modules, dist]
    dockerfile: Dockerfile
    image: cache-app
    build-args: { BASE_IMAGE: local/node:20-slim }
  web:
    context: web
    install: npm ci
    build: npm run build
    prune: false
    artifacts: [.next/standalone, .next/static, public]
    dockerfile: Dockerfile
    image: cache-web
    build-args: { BASE_IMAGE: local/node:20-slim }
`;
}

/**
 * `::warning::` lines, which a runner turns into annotations, but the ones about this machine: it
 * has no buildx, and when the suite runs on another Node major than the base image's (this
 * machine's Node), each target says so.
 */
function annotations(run: ActionRun, nodeMismatch: RegExp | undefined): string[] {
  return run.stdout
    .split('\n')
    .filter(
      (line) =>
        line.startsWith('::warning') &&
        !line.startsWith('::warning::buildx is not installed') &&
        !(nodeMismatch && /^::warning file=(web\/)?Dockerfile,line=\d+::/.test(line) && nodeMismatch.test(line)),
    );
}

// The two protocols side by side: each has its own checkout, server and registry namespace, and
// most of a fault case is waiting out a deadline. Within a protocol the cases run in order: each
// starts from the entries the one before left.
describe.runIf(hasDocker).concurrent.each(protocols)('the cache through dist/index.js, protocol $name', (p) => {
  describe.sequential('in order', () => protocolCases(p));
});

function protocolCases({ blobStore, start }: (typeof protocols)[number]): void {
  let checkout: ReturnType<typeof checkoutFixture>;
  let service: CacheService;
  let registry: string;
  let nodeMismatch: RegExp | undefined;
  const warnings = (run: ActionRun): string[] => annotations(run, nodeMismatch);
  const images = new Set<string>();

  beforeAll(async () => {
    checkout = checkoutFixture('app');
    registry = /^registry: (\S+)$/m.exec(readFileSync(path.join(checkout.dir, 'artifact-build.yml'), 'utf8'))![1]!;
    cpSync(path.join(FIXTURES, 'monorepo/apps/frontend'), path.join(checkout.dir, 'web'), {
      recursive: true,
      filter: (src) => !['node_modules', '.next'].includes(path.basename(src)),
    });
    // the monorepo's .gitignore, which keeps the frontend's build output (.next/) out of git: the
    // preflight takes a missing artifact that git would track for a source file, with a warning
    cpSync(path.join(FIXTURES, 'monorepo/.gitignore'), path.join(checkout.dir, 'web/.gitignore'));
    writeFileSync(path.join(checkout.dir, 'artifact-build.yml'), config(registry));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', ...args], {
        cwd: checkout.dir,
        encoding: 'utf8',
      }).trim();
    git('add', '-A');
    git('commit', '-q', '-m', 'a Next.js app beside the server');
    checkout.sha = git('rev-parse', 'HEAD');
    nodeMismatch = nodeMismatchWarning(baseNodeMajor());
    service = await start();
  });

  afterAll(async () => {
    await service?.close();
    for (const image of images) docker('image', 'rm', '--force', image);
    checkout?.cleanup();
  });

  async function runAction(
    options: { targets?: string; timeout?: number; appInstall?: string } = {},
  ): Promise<ActionRun> {
    // a changed install command changes node_modules' key: a miss that must install and save
    writeFileSync(path.join(checkout.dir, 'artifact-build.yml'), config(registry, options.appInstall));
    const run = await runActionBundle(checkout.dir, {
      workspace: checkout.dir,
      sha: checkout.sha,
      event: 'pull_request',
      inputs: {
        config: 'artifact-build.yml',
        baseline: 'off',
        ...(options.targets ? { targets: options.targets } : {}),
      },
      extra: { ...service.env, ARTIFACT_DOCKER_BUILD_CACHE_TIMEOUT: String(options.timeout ?? 120) },
    });
    for (const image of Object.values(run.images)) for (const tag of image.tags) images.add(tag);
    return run;
  }

  const keys = () => service.entries().map((e) => e.key);

  it('a first run misses, installs, and saves node_modules, the prune record and .next/cache', async () => {
    const run = await runAction();
    expect(run.code, run.log).toBe(0);
    expect(warnings(run), run.log).toEqual([]);
    expect(run.outputs['cache-hit']).toBe('false');
    for (const name of ['app', 'web']) {
      expect(run.timings!.targets[name]!.cacheHit, name).toBe(false);
      expect(run.timings!.targets[name]!.phases.install, name).toBeGreaterThan(0);
    }
    const saved = keys();
    expect(saved.filter((k) => /^adb-v1-node_modules-[^,]*[0-9a-f]{32}$/.test(k))).toHaveLength(2);
    // the prune record of app; web ships Next.js's standalone server and prunes nothing
    expect(saved.filter((k) => /-production-[0-9a-f]{8}$/.test(k))).toHaveLength(1);
    expect(saved.filter((k) => k.startsWith('adb-v1-next-'))).toEqual([
      expect.stringMatching(new RegExp(`-${checkout.sha}$`)),
    ]);
  });

  it('a later commit hits node_modules exactly, replays the prune, and starts next build from the nearest .next/cache', async () => {
    const before = keys();
    const previous = checkout.sha;
    checkout.sha = commitChange(checkout.dir, 'web/app/page.js');
    const run = await runAction();
    expect(run.code, run.log).toBe(0);
    expect(warnings(run), run.log).toEqual([]);
    expect(run.outputs['cache-hit']).toBe('true');
    for (const name of ['app', 'web']) {
      expect(run.timings!.targets[name]!.cacheHit, name).toBe(true);
      expect(run.timings!.targets[name]!.phases.install ?? 0, name).toBe(0);
    }
    expect(run.log).toMatch(/replayed the recorded `npm prune --omit=dev`/);
    // a restore key, matched by prefix, finds the previous commit's entry
    expect(run.log).toContain(`nearest entry ${before.find((k) => k.startsWith('adb-v1-next-'))!}`);
    expect(before.find((k) => k.startsWith('adb-v1-next-'))).toMatch(new RegExp(`-${previous}$`));
    // nothing saved again but this commit's .next/cache
    expect(keys()).toEqual([...before, expect.stringMatching(new RegExp(`^adb-v1-next-.*-${checkout.sha}$`))]);
  });

  it('a key another run is saving: the save is skipped without a warning and the build goes on', async () => {
    const release = service.takenByAnotherRun('adb-v1-node_modules-');
    const before = keys();
    try {
      const run = await runAction({ targets: 'app', appInstall: 'npm ci --no-fund' });
      expect(run.code, run.log).toBe(0);
      expect(warnings(run), run.log).toEqual([]);
      expect(run.timings!.targets.app!.phases.install).toBeGreaterThan(0);
      expect(run.log).toContain('Failed to save: Unable to reserve cache with key adb-v1-node_modules-');
    } finally {
      release();
    }
    // no node_modules entry was written beside the reserved one; the image's node_modules layer,
    // a separate entry of the new tree's key, is saved as on any run
    expect(keys().filter((k) => !before.includes(k))).toEqual([expect.stringMatching(/^adb-v1-layer-/)]);
  });

  it.each([
    { fault: 'answers 500 to every call', mode: 'error' as const },
    { fault: 'takes every call and never answers', mode: 'hang' as const },
    { fault: 'drops every connection', mode: 'reset' as const },
  ])(
    'a cache service that $fault: the entry is out of reach, the build installs and goes on, with a warning',
    async ({ mode }) => {
      const before = keys();
      service.mode = mode;
      try {
        const run = await runAction({ targets: 'app', timeout: FAULT_TIMEOUT });
        expect(run.code, run.log).toBe(0);
        expect(warnings(run).join('\n'), run.log).toMatch(/cache/i);
        const app = run.timings!.targets.app!;
        expect(app.cacheHit).toBe(false);
        expect(app.phases.install).toBeGreaterThan(0);
        expect(app.phases.build).toBeGreaterThan(0);
        // the client would wait minutes on a silent service (v1 and v2) and retry a 500 for about
        // 25 s (v2): the action's deadline cuts each call, a restore and two saves in this run
        if (mode === 'hang' || (mode === 'error' && blobStore)) {
          expect(run.log).toContain(`did not answer within ${FAULT_TIMEOUT} s`);
        }
        expect(app.phases.restore).toBeLessThan(FAULT_TIMEOUT * 3);
        expect(app.phases.save ?? 0).toBeLessThan(FAULT_TIMEOUT * 3);
      } finally {
        service.mode = 'ok';
      }
      expect(keys()).toEqual(before);
    },
  );

  it.runIf(blobStore)(
    'the blob store drops every upload half way: the save gives up in time, nothing is kept, the build goes on',
    async () => {
      const before = keys();
      service.blobFault = 'upload';
      try {
        const run = await runAction({
          targets: 'app',
          timeout: FAULT_TIMEOUT,
          appInstall: 'npm ci --no-audit --no-fund',
        });
        expect(run.code, run.log).toBe(0);
        expect(run.timings!.targets.app!.phases.install).toBeGreaterThan(0);
        // the SDK retries a broken upload for about 15 s; the action stops waiting first
        expect(warnings(run).join('\n'), run.log).toMatch(
          /cache save of adb-v1-node_modules-\S+ failed, a later run makes it again: the cache service did not answer within 5 s; no more cache saves in this run/,
        );
        expect(run.timings!.targets.app!.phases.save).toBeLessThan(FAULT_TIMEOUT * 3);
      } finally {
        service.blobFault = 'none';
      }
      expect(keys()).toEqual(before);
    },
  );

  it.runIf(blobStore)(
    'the blob store drops every download half way: the restore fails with a warning, the build installs and goes on',
    async () => {
      service.blobFault = 'download';
      try {
        const run = await runAction({ targets: 'app', timeout: FAULT_TIMEOUT });
        expect(run.code, run.log).toBe(0);
        expect(warnings(run).join('\n'), run.log).toMatch(/Failed to restore/);
        const app = run.timings!.targets.app!;
        expect(app.cacheHit).toBe(false);
        expect(app.phases.install).toBeGreaterThan(0);
        expect(app.phases.build).toBeGreaterThan(0);
      } finally {
        service.blobFault = 'none';
      }
    },
  );

  it.runIf(blobStore)(
    'a blob store too slow for the deadline: the download is abandoned for good, never extracted under the install',
    async () => {
      service.blobFault = 'slow-download';
      try {
        const run = await runAction({ targets: 'app', timeout: FAULT_TIMEOUT });
        expect(run.code, run.log).toBe(0);
        const app = run.timings!.targets.app!;
        expect(app.cacheHit).toBe(false);
        expect(app.phases.install).toBeGreaterThan(0);
        expect(warnings(run).join('\n'), run.log).toMatch(
          /cache restore of adb-v1-node_modules-\S+ failed, going on without it: the cache service did not answer within 5 s; no more cache restores in this run/,
        );
        // the client ends its own download at the same deadline; otherwise it would finish a few
        // seconds later and unpack the whole tree, dev dependencies and all, over the install
        expect(run.log).toContain('Aborting cache download as the download time exceeded the timeout');
        expect(run.log).not.toContain('Cache restored successfully');
      } finally {
        service.blobFault = 'none';
      }
    },
  );
}
