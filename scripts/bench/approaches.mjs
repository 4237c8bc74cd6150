// The two (or three) ways of getting the fixture's images into the registry, each run as a
// fresh runner would run it, each returning the same shape of measurement.
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { run, log } from './exec.mjs';
import { APPS } from './workspace.mjs';

/** docker 20.10's CLI, which still drives the engine's built-in BuildKit with DOCKER_BUILDKIT=1 */
export const BUILDKIT_DOCKER = '/usr/bin/docker';

export async function imageSize(ref) {
  const r = await run(['docker', 'image', 'inspect', '--format', '{{.Size}}', ref], {
    quiet: true,
    allowFailure: true,
  });
  const n = Number(r.stdout.trim());
  return r.code === 0 && Number.isFinite(n) ? n : undefined;
}

/** "**backend**: 10.5 s in your build commands" lines of the CLI's --summary markdown */
export function userSecondsFromSummary(markdown) {
  const out = {};
  for (const m of markdown.matchAll(/\*\*([^*]+)\*\*: ([\d.]+) s in your build commands/g)) out[m[1]] = Number(m[2]);
  return out;
}

/**
 * artifact-first: the CLI with --push --baseline off, its node_modules cache in `cacheDir`.
 * `engine` is passed as --engine when set (the docker column); otherwise the CLI picks (engine
 * auto), as a user's run would, and says which engine and why in the line kept as engineLog.
 * @param {{ cli: string, workspace: string, cacheDir: string, scratch: string, targets: string[], engine?: string }} options
 */
export async function artifactFirst({ cli, workspace, cacheDir, scratch, targets, engine }) {
  await mkdir(scratch, { recursive: true });
  const summary = path.join(scratch, 'summary.md');
  const argv = [
    process.execPath,
    cli,
    '--config',
    path.join(workspace, 'artifact-build.yml'),
    '--push',
    '--baseline',
    'off',
    '--cache-dir',
    cacheDir,
    '--json',
    '--summary',
    summary,
  ];
  if (engine) argv.push('--engine', engine);
  for (const t of targets) argv.push('--target', t);
  const result = await run(argv, {
    cwd: workspace,
    allowFailure: true,
    env: {
      // a fresh runner: empty npm cache, tool cache and temp dir
      npm_config_cache: path.join(scratch, 'npm-cache'),
      XDG_CACHE_HOME: path.join(scratch, 'xdg-cache'),
      RUNNER_TEMP: path.join(scratch, 'runner-temp'),
    },
  });
  let parsed;
  try {
    parsed = JSON.parse(result.stdout);
  } catch {
    parsed = undefined;
  }
  if (result.code !== 0 || !parsed) {
    const tail = result.stderr.trim().split('\n').slice(-15).join('\n');
    return { ok: false, wall: result.seconds, error: `the CLI exited with ${result.code}:\n${tail}` };
  }
  const markdown = await readFile(summary, 'utf8').catch(() => '');
  const fromSummary = userSecondsFromSummary(markdown);
  const apps = {};
  for (const t of targets) {
    const timing = parsed.timings.targets[t];
    const image = parsed.images[t];
    // the run's own record of the target: the trace's tree sizes, the smoke test's outcome, the layers
    const ran = parsed.run?.targets?.find((x) => x.name === t);
    const user = fromSummary[t] ?? timing.phases.build ?? 0;
    const tag = image.tags.find((x) => /:sha-/.test(x)) ?? image.tags[0];
    apps[t] = {
      ref: tag,
      digest: image.digest,
      imageSize: (await imageSize(tag)) ?? image.size ?? undefined,
      total: timing.total,
      user,
      overhead: Math.max(0, timing.total - user),
      phases: timing.phases,
      cacheHit: timing.cacheHit,
      // no image phase: the CLI found an image built from the same inputs and only tagged it
      reused: timing.phases.image === undefined,
      smoke: ran?.phases?.find((p) => p.name === 'smoke')?.status,
      // the app's own start inside the smoke test, as its detail says ("answered 200, 0.4 s after the container started")
      appStart: Number(
        /, ([\d.]+) s after the container started/.exec(
          ran?.phases?.find((p) => p.name === 'smoke')?.detail ?? '',
        )?.[1],
      ),
      ...(ran?.trace ? { trace: traceFigures(ran) } : {}),
    };
  }
  // after the run, not during it: the plain unpack must not compete with the CLI for the disk
  for (const t of targets) {
    const restored = restoredModules(result.stderr, t, targets.length > 1);
    if (restored) apps[t].restoreModules = { ...restored, ...(await plainUnpack(cacheDir, restored.key, scratch, t)) };
  }
  return {
    ok: true,
    wall: result.seconds,
    pipeline: parsed.timings.total,
    apps,
    engineLog: engineLine(result.stderr),
    cli: parsed,
  };
}

/**
 * A node_modules restore as the CLI's log tells it: the entry's key and the seconds it took
 * (`restored node_modules from the local directory in 2.6 s`, an exact hit only). With more than
 * one target, each line carries its target's `[name] ` prefix.
 */
export function restoredModules(stderr, target, prefixed) {
  const prefix = prefixed ? `[${target}] ` : '';
  let key;
  for (const line of stderr.split('\n')) {
    if (!line.startsWith(prefix)) continue;
    const rest = line.slice(prefix.length);
    key = /^cache key (\S+)$/.exec(rest)?.[1] ?? key;
    const seconds = /^restored node_modules from the local directory in ([\d.]+) s$/.exec(rest)?.[1];
    if (seconds && key) return { key, seconds: Number(seconds) };
  }
  return undefined;
}

/**
 * The disk's speed for the same data: the entry the CLI just restored, unpacked again with the
 * plain `tar` it would take by hand, into a scratch directory on the workspace's disk. No digest
 * check and no staging: the floor the CLI's restore is held against.
 */
async function plainUnpack(cacheDir, key, scratch, target) {
  const zstd = path.join(cacheDir, `${key}.tar.zst`);
  const archive = existsSync(zstd) ? zstd : path.join(cacheDir, `${key}.tar.gz`);
  if (!existsSync(archive)) return {};
  const into = path.join(scratch, `plain-unpack-${target}`);
  await mkdir(into, { recursive: true });
  const flags = archive.endsWith('.zst') ? ['--use-compress-program', 'zstd -d'] : ['-z'];
  const unpacked = await run(['tar', ...flags, '-xf', archive, '-C', into], { quiet: true, allowFailure: true });
  await rm(into, { recursive: true, force: true });
  return unpacked.code === 0 ? { plain: unpacked.seconds, archiveBytes: (await stat(archive)).size } : {};
}

/**
 * The trace as the CLI's --json reports it (run.targets[].trace): the production tree's node_modules
 * before and after, the seconds it took and what came from the cache; plus the image's
 * node_modules layer (uncompressed), which should hold the traced files and nothing else.
 */
function traceFigures(ran) {
  const { before, after, seconds, analysesReused, resultReused } = ran.trace;
  const layer = ran.image?.layers?.find((l) => /node_modules/.test(l.step ?? ''));
  return {
    before,
    after,
    seconds,
    reused: resultReused ? 'result' : analysesReused ? 'analyses' : 'none',
    ...(layer ? { layerSize: layer.size } : {}),
  };
}

function engineLine(stderr) {
  return stderr
    .split('\n')
    .find((l) => /buildx is not installed|engine/i.test(l))
    ?.trim()
    .slice(0, 200);
}

/**
 * multi-stage: Dockerfile.multistage with the engine's BuildKit, the best cache a fresh runner
 * can have: the inline cache of the last push, pulled with --cache-from (cold: --no-cache).
 * The apps are built side by side, as the CLI builds its targets, each followed by its pushes.
 */
export async function multiStage({ workspace, registry, sha7, targets, baseImage, cold }) {
  const started = process.hrtime.bigint();
  const apps = {};
  const errors = [];
  await Promise.all(
    targets.map(async (t) => {
      const repo = `${registry}/${t}`;
      const tags = [`sha-${sha7}`, 'latest', 'cache'].map((x) => `${repo}:${x}`);
      // the fixture's apps live in apps/<name>; the small app is the workspace itself
      const context = path.join(workspace, APPS[t]?.dir ?? '.');
      const argv = [
        BUILDKIT_DOCKER,
        'build',
        '--network',
        'host',
        '--progress',
        'plain',
        '-f',
        path.join(context, 'Dockerfile.multistage'),
        '--build-arg',
        `BASE_IMAGE=${baseImage}`,
        '--build-arg',
        'BUILDKIT_INLINE_CACHE=1',
      ];
      argv.push(...(cold ? ['--no-cache'] : ['--cache-from', `${repo}:cache`]));
      for (const tag of tags) argv.push('-t', tag);
      argv.push(context);
      const build = await run(argv, { env: { DOCKER_BUILDKIT: '1' }, allowFailure: true });
      if (build.code !== 0) {
        errors.push(
          `${t}: docker build exited with ${build.code}:\n${build.stderr.trim().split('\n').slice(-15).join('\n')}`,
        );
        return;
      }
      let pushSeconds = 0;
      let digest;
      for (const tag of tags) {
        const push = await run(['docker', 'push', tag], { allowFailure: true });
        pushSeconds += push.seconds;
        if (push.code !== 0) {
          errors.push(
            `${t}: docker push ${tag} exited with ${push.code}: ${push.stderr.trim().split('\n').slice(-3).join(' ')}`,
          );
          return;
        }
        digest ??= /digest: (sha256:[0-9a-f]{64})/.exec(push.stdout)?.[1];
      }
      apps[t] = {
        ref: tags[0],
        digest,
        imageSize: await imageSize(tags[0]),
        total: build.seconds + pushSeconds,
        phases: { build: build.seconds, push: pushSeconds },
        cachedSteps: (build.stderr.match(/ CACHED$/gm) ?? []).length,
      };
    }),
  );
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (errors.length) return { ok: false, wall, error: errors.join('\n') };
  return { ok: true, wall, apps };
}

/** As on a fresh runner: no BuildKit cache, none of the bench's images (the base image stays). */
export async function freshRunner(imagePrefix) {
  await run(['docker', 'builder', 'prune', '-af'], { quiet: true, allowFailure: true });
  const { stdout } = await run(['docker', 'image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'], { quiet: true });
  const refs = stdout.split('\n').filter((r) => r.startsWith(imagePrefix) && !r.endsWith(':<none>'));
  // by tag, never by id with -f: an id may be shared with an image that is not the bench's
  for (let i = 0; i < refs.length; i += 50)
    await run(['docker', 'rmi', ...refs.slice(i, i + 50)], { quiet: true, allowFailure: true });
  const dangling = await run(
    ['docker', 'image', 'ls', '--filter', 'dangling=true', '--format', '{{.Repository}} {{.ID}}'],
    { quiet: true },
  );
  const ours = dangling.stdout
    .split('\n')
    .filter((l) => l.startsWith(imagePrefix))
    .map((l) => l.split(' ')[1]);
  if (ours.length) await run(['docker', 'rmi', ...ours], { quiet: true, allowFailure: true });
  if (refs.length) log(`fresh runner: build cache pruned, ${refs.length} image tags removed`);
}
