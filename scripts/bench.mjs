// npm run bench [-- --reps N] [-- --quick] [...]: artifact-first vs multi-stage on the monorepo
// fixture, each scenario as a fresh runner sees it, both approaches in the same run, results in
// docs/benchmarks.md. `--help` lists the options. See docs/benchmarks.md, "Method".
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { artifactFirst, BUILDKIT_DOCKER, freshRunner, multiStage } from './bench/approaches.mjs';
import { log, run, setLogFile } from './bench/exec.mjs';
import { machine } from './bench/machine.mjs';
import { CountingProxy } from './bench/proxy.mjs';
import { changedLayers, imageManifest, layerLabel } from './bench/registry.mjs';
import { renderMarkdown } from './bench/report.mjs';
import { generateSmallApp, SMALL_APP, smallAppCheckout } from './bench/small-app.mjs';
import { APPS, benchConfig, checkout, dependencyChange, trackedFiles } from './bench/workspace.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `npm run bench -- [options]

  --reps N          repetitions of every scenario (default 3)
  --quick           1 repetition, backend only, no dependency-change scenario, no docker column:
                    a smoke test of the script (about 5 min)
  --targets LIST    comma-separated targets (default backend,frontend)
  --scenarios LIST  comma-separated scenarios among cold,source,nochange,oneapp,dependency,small
                    (default all; cold always runs first, since the others build on what it cached
                    and pushed; small = a NestJS starter generated with its CLI, cold and source change)
  --docker / --no-docker  add the CLI with --engine docker as a third column, beside artifact-first's
                    engine auto (the daemonless oci engine here) (default: on; off with --quick)
  --doc FILE        where to write the results (default docs/benchmarks.md; with --quick, the
                    bench's work directory)
  --render FILE     only render FILE (a results.json of an earlier run) into --doc
  --proxy-port N    port of the counting proxy in front of the registry (default 5002)
  --registry-port N the local registry (default 5000)
  --build           run \`npm run build\` first (the bench uses dist/cli/index.js as it is)
  -h, --help        this text`;

const { values: args } = parseArgs({
  options: {
    reps: { type: 'string' },
    quick: { type: 'boolean', default: false },
    targets: { type: 'string' },
    scenarios: { type: 'string' },
    docker: { type: 'boolean' },
    'no-docker': { type: 'boolean' },
    doc: { type: 'string' },
    render: { type: 'string' },
    'proxy-port': { type: 'string', default: '5002' },
    'registry-port': { type: 'string', default: '5000' },
    build: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const quick = args.quick;
const reps = Number(args.reps ?? (quick ? 1 : 3));
const targets = (args.targets ?? (quick ? 'backend' : 'backend,frontend'))
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
for (const t of targets)
  if (!APPS[t]) throw new Error(`unknown target ${t}; the fixture has ${Object.keys(APPS).join(', ')}`);
if (!Number.isInteger(reps) || reps < 1) throw new Error('--reps needs a whole number of at least 1');

const runId = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-').toLowerCase();
const workDir = path.join(os.tmpdir(), `adb-bench-${runId}`);
const defaultDoc = quick ? path.join(workDir, 'benchmarks.md') : path.join(repoRoot, 'docs', 'benchmarks.md');
const docPath = path.resolve(args.doc ?? defaultDoc);

if (args.render) {
  const results = JSON.parse(await readFile(args.render, 'utf8'));
  await writeDoc(results);
  process.exit(0);
}

await mkdir(workDir, { recursive: true });
setLogFile(path.join(workDir, 'bench.log'));
const registryPort = Number(args['registry-port']);
const registryBase = `http://127.0.0.1:${registryPort}`;
const builtCli = path.join(repoRoot, 'dist', 'cli', 'index.js');
// the bench runs a copy of the bundle, so a rebuild of dist/ during the run cannot change or
// remove the CLI halfway through
const cli = path.join(workDir, 'cli', 'index.js');

async function writeDoc(results) {
  await mkdir(path.dirname(docPath), { recursive: true });
  await writeFile(docPath, renderMarkdown(results));
  log(`wrote ${docPath}`);
}

async function answers(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

// ---- preflight: engine, registry, base images, the CLI
const engineUp = (await run(['docker', 'info'], { quiet: true, allowFailure: true })).code === 0;
if (!engineUp || !(await answers(`${registryBase}/v2/`))) {
  log('engine or registry not answering: scripts/ci/services.sh');
  await run(['bash', 'scripts/ci/services.sh'], { cwd: repoRoot });
}
if (!existsSync(BUILDKIT_DOCKER))
  throw new Error(`${BUILDKIT_DOCKER} (docker 20.10's CLI, for BuildKit) is missing: apt-get install docker.io`);
if (args.build || !existsSync(builtCli)) await run(['npm', 'run', 'build'], { cwd: repoRoot });
await cp(path.dirname(builtCli), path.dirname(cli), { recursive: true, preserveTimestamps: true });
// The base image: built from this machine's Node (and pushed to the registry, for the report).
// Every artifact-first build uses a bench-only child of it that only the daemon has (engine auto
// reads it from the daemon, as a runner's own base), so the legacy builder's cache cannot reuse
// layers of images other runs left on this engine (it matches on the parent image).
const baseLines = (
  await run(['bash', 'scripts/base-image.sh', '--push', `localhost:${registryPort}`], { cwd: repoRoot })
).stdout
  .trim()
  .split('\n');
const localBase = baseLines[0];
const ociBase = baseLines[1];
const benchBase = 'local/bench-node:20-slim';
const localBaseId = (
  await run(['docker', 'image', 'inspect', '--format', '{{.Id}}', localBase], { quiet: true })
).stdout.trim();
const benchBaseFrom = (
  await run(['docker', 'image', 'inspect', '--format', '{{index .Config.Labels "bench.base"}}', benchBase], {
    quiet: true,
    allowFailure: true,
  })
).stdout.trim();
if (benchBaseFrom !== localBaseId) {
  const dir = path.join(workDir, 'bench-base');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'Dockerfile'), `FROM ${localBase}\nLABEL bench.base=${localBaseId}\n`);
  await run(['docker', 'build', '-q', '-t', benchBase, dir]);
}

// artifact-first runs with the CLI's default, engine auto; this column keeps the docker engine
// measurable beside it
let dockerColumn = args['no-docker'] ? false : (args.docker ?? !quick);
let dockerNote;
if (dockerColumn) {
  const probe = await run([process.execPath, cli, '--engine', 'docker', '--help'], { quiet: true, allowFailure: true });
  if (probe.code !== 0) {
    dockerColumn = false;
    dockerNote = `the CLI refused --engine docker (exit ${probe.code}): ${probe.stderr.trim().split('\n')[0]}`;
  }
}

const SCENARIOS = [
  { name: 'cold', state: 'base' },
  { name: 'source', state: 'source' },
  { name: 'nochange', state: 'source' },
  { name: 'oneapp', state: 'oneapp' },
  { name: 'dependency', state: 'dependency' },
];

const ALL_SCENARIOS = [...SCENARIOS.map((s) => s.name), 'small'];
const wanted = new Set(
  args.scenarios
    ? ['cold', ...args.scenarios.split(',').map((s) => s.trim())]
    : ALL_SCENARIOS.filter((n) => !quick || (n !== 'dependency' && n !== 'small')),
);
for (const name of wanted)
  if (!ALL_SCENARIOS.includes(name))
    throw new Error(`unknown scenario ${name}; the bench has ${ALL_SCENARIOS.join(', ')}`);

const proxy = await new CountingProxy({ upstreamPort: registryPort, port: Number(args['proxy-port']) }).start();
const files = await trackedFiles(repoRoot);
log(
  `bench ${runId}: ${reps} repetition(s), targets ${targets.join(', ')}, docker column ${dockerColumn ? 'on' : 'off'}; work dir ${workDir}`,
);
const dependency = await dependencyChange(repoRoot, workDir, targets);
// generated once per run with the framework's own CLI, as a new user starts
const smallTemplate = wanted.has('small') ? await generateSmallApp(workDir) : undefined;
const imagePrefix = `${proxy.host}/bench-${runId}/`;

const results = {
  runId,
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  startedAt: new Date().toISOString(),
  machine: await machine({ repoRoot, cli, buildkitDocker: BUILDKIT_DOCKER }),
  options: {
    reps,
    targets,
    scenarios: [...wanted],
    quick,
    docker: dockerColumn,
    proxy: proxy.host,
    registry: `127.0.0.1:${registryPort}`,
    benchBase,
    ociBase,
    dependency: 'tiny-invariant@1.3.3',
  },
  notes: dockerNote ? [dockerNote] : [],
  measurements: /** @type {any[]} */ ([]),
  load: { start: os.loadavg()[0] },
};
const resultsPath = path.join(workDir, 'results.json');
const save = () => writeFile(resultsPath, JSON.stringify(results, null, 2));

const SHORT = { 'artifact-first': 'af', 'multi-stage': 'ms', docker: 'dk' };
const SMALL_SCENARIOS = [
  { name: 'small-cold', state: 'base' },
  { name: 'small-source', state: 'source' },
];

/**
 * @param {{ rep: number, scenario: { name: string, state: string }, approach: string, repDir: string,
 *   previous: Record<string, any>, sizes: Record<string, any>, seed?: boolean, small?: string }} options
 * @returns {Promise<any>} the measurement, as results.json records it
 */
async function measure({ rep, scenario, approach, repDir, previous, sizes, seed = false, small }) {
  const ns = `bench-${runId}/r${rep}`;
  const appTargets = small ? [SMALL_APP.target] : targets;
  const seedName = small ? 'small-seed' : 'seed';
  const dir = path.join(repDir, `${seed ? seedName : scenario.name}-${SHORT[approach]}`);
  const label = `rep ${rep}/${reps}, ${seed ? `docker-engine seed of ${small ? 'the small app' : 'the fixture'} (cold commit, warm cache)` : scenario.name}, ${approach}`;
  log(`--- ${label}`);
  await freshRunner(imagePrefix);
  const registry = `${proxy.host}/${ns}/${SHORT[approach]}`;
  const baseImage = benchBase;
  const state = seed ? 'base' : scenario.state;
  const ws = small
    ? await smallAppCheckout({ template: small, dir: path.join(dir, 'workspace'), state, registry, baseImage })
    : await checkout({
        repoRoot,
        files,
        dir: path.join(dir, 'workspace'),
        state,
        config: benchConfig({ registry, baseImage, targets }),
        dependency,
      });
  const sha7 = ws.sha.slice(0, 7);
  proxy.reset();
  /** @type {any} */
  let result;
  if (approach === 'multi-stage') {
    result = await multiStage({
      workspace: ws.root,
      registry,
      sha7,
      targets: appTargets,
      baseImage,
      cold: scenario.name.endsWith('cold'),
    });
  } else {
    const cacheName = (a) => `cache-${small ? 'small-' : ''}${SHORT[a]}`;
    const cacheDir = path.join(repDir, cacheName(approach));
    // the docker column starts from the cache artifact-first warmed: only its image engine differs
    if (seed)
      await cp(path.join(repDir, cacheName('artifact-first')), cacheDir, { recursive: true }).catch(() =>
        mkdir(cacheDir, { recursive: true }),
      );
    await mkdir(cacheDir, { recursive: true });
    result = await artifactFirst({
      cli,
      workspace: ws.root,
      cacheDir,
      scratch: path.join(dir, 'scratch'),
      targets: appTargets,
      ...(approach === 'docker' ? { engine: 'docker' } : {}),
    });
  }
  /** @type {any} */
  const m = { rep, scenario: seed ? seedName : scenario.name, approach, sha: ws.sha, ...result };
  m.bytes = {
    total: proxy.uploaded(`${ns}/${SHORT[approach]}/`),
    requests: proxy.uploadRequests,
    mountsRefused: proxy.mountsRefused,
  };
  if (result.ok) {
    for (const t of appTargets) {
      const app = m.apps[t];
      const repo = `${ns}/${SHORT[approach]}/${t}`;
      app.bytes = proxy.uploaded(`${repo}`);
      try {
        const { config, layers } = await imageManifest(registryBase, repo, `sha-${sha7}`);
        app.layers = layers.map((l) => ({ digest: l.digest, size: l.size, label: layerLabel(l.createdBy) }));
        app.config = config;
        // the layers this push made that the previous push of the same approach did not have:
        // what a source change has to upload at the least, whichever layer the Dockerfile puts
        // the app's code in (a Next.js standalone server's root layer holds it and its
        // node_modules; the multi-stage image's .next layer)
        const before = previous[approach]?.[t];
        app.changed = before
          ? changedLayers(before, layers).map((l) => ({
              digest: l.digest,
              size: l.size,
              label: layerLabel(l.createdBy),
            }))
          : undefined;
        // what the uploaded bytes were: the image config, a layer of this image, or something else
        app.uploads = proxy.blobs
          .filter((b) => b.repo === repo)
          .map((b) => {
            const layer = layers.find((l) => l.digest === b.digest);
            const what =
              b.digest === config.digest
                ? 'image config'
                : layer
                  ? layerLabel(layer.createdBy) || 'layer'
                  : 'other blob';
            return { digest: b.digest, bytes: b.bytes, what };
          });
        previous[approach] ??= {};
        previous[approach][t] = layers;
        // a reused image (same inputs as the last push) is tagged in the registry, never pulled:
        // its size is the one measured when it was built
        const last = sizes[approach]?.[t];
        if (app.imageSize === undefined && last?.digest === app.digest) app.imageSize = last.size;
        if (app.imageSize !== undefined) (sizes[approach] ??= {})[t] = { digest: app.digest, size: app.imageSize };
      } catch (error) {
        app.registryError = String(error);
      }
    }
  }
  log(
    `${label}: ${result.ok ? `${result.wall.toFixed(1)} s, ${m.bytes.total} bytes uploaded` : `FAILED ${result.error}`}`,
  );
  results.measurements.push(m);
  await save();
  return m;
}

try {
  for (let rep = 1; rep <= reps; rep++) {
    const repDir = path.join(workDir, `r${rep}`);
    await mkdir(repDir, { recursive: true });
    const previous = {};
    const sizes = {};
    for (const scenario of SCENARIOS.filter((s) => wanted.has(s.name))) {
      // one approach after the other for each scenario, so both see the machine in the same state
      await measure({ rep, scenario, approach: 'artifact-first', repDir, previous, sizes });
      await measure({ rep, scenario, approach: 'multi-stage', repDir, previous, sizes });
      if (dockerColumn && scenario.name === 'cold') {
        // not a column: puts the docker engine's image of the base commit in the registry
        const seed = await measure({ rep, scenario, approach: 'docker', repDir, previous, sizes, seed: true });
        if (!seed.ok) {
          dockerColumn = false;
          results.options.docker = false;
          results.notes.push(
            `the docker engine failed on the base commit (rep ${rep}), so it has no column: ${seed.error.split('\n')[0]}`,
          );
        }
      }
      if (dockerColumn && (scenario.name === 'source' || scenario.name === 'nochange' || scenario.name === 'oneapp'))
        await measure({ rep, scenario, approach: 'docker', repDir, previous, sizes });
    }
    if (smallTemplate) {
      // the small app: its own registry repository and caches, the same machine state
      for (const scenario of SMALL_SCENARIOS) {
        await measure({ rep, scenario, approach: 'artifact-first', repDir, previous, sizes, small: smallTemplate });
        await measure({ rep, scenario, approach: 'multi-stage', repDir, previous, sizes, small: smallTemplate });
        if (dockerColumn && scenario.name === 'small-cold')
          await measure({
            rep,
            scenario,
            approach: 'docker',
            repDir,
            previous,
            sizes,
            seed: true,
            small: smallTemplate,
          });
        if (dockerColumn && scenario.name === 'small-source')
          await measure({ rep, scenario, approach: 'docker', repDir, previous, sizes, small: smallTemplate });
      }
    }
    // the workspaces and caches of a repetition are a few hundred MB each
    await rm(repDir, { recursive: true, force: true });
    results.finishedAt = new Date().toISOString();
    results.load.end = os.loadavg()[0];
    results.repsDone = rep;
    await save();
    await writeDoc(results);
  }
} finally {
  await freshRunner(imagePrefix).catch(() => undefined);
  await proxy.close();
}
log(`results: ${resultsPath}`);
log(`log: ${path.join(workDir, 'bench.log')}`);
