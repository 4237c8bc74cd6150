import { lstat, readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { EngineName, TargetConfig } from '../config/types.js';
import { stagingIgnoreFile } from '../dockerfile/ignore.js';
import { instructionView, parseDockerfile, type InstructionView } from '../dockerfile/parse.js';
import { baseImages, finalBase, platformOf } from '../dockerfile/stage.js';
import type { DaemonContainerConfig, DaemonImages } from '../daemon-images.js';
import { BaseResolver } from '../engines/oci/base-image.js';
import { parsePlatform } from '../engines/oci/platform.js';
import { ConfigError, messageOf } from '../errors.js';
import type { Runner } from '../exec.js';
import { planTarget, type TargetPlan } from '../pipeline/plan.js';
import { apiHost, formatReference, inNamedRegistry, parseReference } from '../registry/reference.js';
import type { RegistrySession } from '../registry/session.js';
import { checkDockerfileText, contextView, missingDockerfile, type BaseImageConfig } from '../validate/dockerfile.js';
import { checkIgnoreFile } from '../validate/dockerignore.js';
import type { ArtifactTree } from '../validate/tree.js';
import { error, warning, type Finding } from '../validate/types.js';

/**
 * Everything that can be known about a target before anything is installed or built: the
 * config and package manager, the COPY-only gate (with the base image's ENV and ONBUILD
 * triggers), the ignore file, the declared artifacts that must already exist, the base image
 * reachable for the engine, registry credentials when the run pushes, and the smoke port. It
 * is `artifact-docker-build check`, and the build runs it first, so a broken target fails in
 * well under a second instead of after install and build.
 */

export interface PreflightFacts {
  engine: EngineName;
  /** a Docker daemon answers (the docker and buildx engines can use its images; the smoke test needs it) */
  daemon: boolean;
  push: boolean;
  /** the machine building, e.g. linux/amd64 */
  buildPlatform: string;
  repositoryRoot: string;
}

export interface PreflightDeps {
  run: Runner;
  /** registry clients for quick questions (few retries, short timeouts) */
  registry: RegistrySession;
  /** the run's answers about images in the daemon, shared with the later phases */
  daemonImages: DaemonImages;
}

export interface PreflightReport {
  target: string;
  ok: boolean;
  findings: Finding[];
  /** the Dockerfile (absolute) as the gate read it (absent when it could not be read) */
  dockerfile?: { file: string; instructions: InstructionView[] };
  /** things worth saying once (an ignore file that is not applied) */
  notes: string[];
  /** the base image's ENV and ONBUILD triggers, when they could be read */
  base?: BaseImageConfig;
  plan?: TargetPlan;
}

export async function preflightTarget(
  target: TargetConfig,
  facts: PreflightFacts,
  deps: PreflightDeps,
): Promise<PreflightReport> {
  const findings: Finding[] = [];
  const notes: string[] = [];
  const report: PreflightReport = { target: target.name, ok: true, findings, notes };
  try {
    report.plan = planTarget(target, facts.repositoryRoot);
  } catch (e: unknown) {
    if (!(e instanceof ConfigError)) throw e;
    findings.push(error('config', e.message.replace(/^[^:]+:\d+(?::\d+)?: /, ''), e.location));
  }
  const [gate, ignore, artifacts, credentials, port] = await Promise.all([
    dockerfileChecks(target, facts, deps, report),
    ignoreChecks(target, notes),
    artifactChecks(target, deps, report.plan),
    credentialChecks(target, facts, deps),
    smokePortCheck(target, facts),
  ]);
  findings.push(...gate, ...ignore, ...artifacts, ...credentials, ...port);
  report.ok = !findings.some((f) => f.severity === 'error');
  return report;
}

/** The gate, with what the base image's config says (its ENV, its ONBUILD triggers). */
async function dockerfileChecks(
  target: TargetConfig,
  facts: PreflightFacts,
  deps: PreflightDeps,
  report: PreflightReport,
): Promise<Finding[]> {
  let text: string;
  try {
    text = await readFile(target.dockerfile, 'utf8');
  } catch {
    return [missingDockerfile(target)];
  }
  const parsed = parseDockerfile(text);
  report.dockerfile = { file: target.dockerfile, instructions: parsed.instructions.map(instructionView) };
  const findings: Finding[] = [];
  let base: BaseImageConfig | undefined;
  if (!parsed.problems) {
    const runner = platformOf(facts.buildPlatform);
    const platform = target.platforms[0] ? platformOf(target.platforms[0]) : runner;
    let stage: ReturnType<typeof finalBase>;
    try {
      stage = finalBase(baseImages(parsed, { buildArgs: target.buildArgs, platform, buildPlatform: runner }));
    } catch {
      // a bad substitution in FROM: the gate reports it
      stage = undefined;
    }
    if (stage && stage.image !== 'scratch') {
      const found = await baseImageConfig(stage.image, target.platforms[0] ?? facts.buildPlatform, facts, deps);
      if ('config' in found) {
        base = found.config;
        report.base = base;
      } else
        findings.push(
          error(
            'base-image',
            `${path.basename(target.dockerfile)} line ${stage.line}: the base image ${stage.image} ${found.problem}`,
            { file: target.dockerfile, line: stage.line },
          ),
        );
    }
  }
  findings.push(
    ...checkDockerfileText(text, target, contextView(target.context), {
      ...(base ? { base } : {}),
      buildPlatform: facts.buildPlatform,
      beforeBuild: true,
    }),
  );
  return findings;
}

type BaseLookup = { config: BaseImageConfig } | { problem: string };

/**
 * The base image's config where the engine will take it from: with a daemon, the daemon's
 * images first (docker and buildx build from them, and the oci engine reads a base the daemon
 * has from it, as `docker build` does without --pull), then the registry.
 */
async function baseImageConfig(
  image: string,
  platform: string,
  facts: PreflightFacts,
  deps: PreflightDeps,
): Promise<BaseLookup> {
  if (facts.daemon) {
    const local = await deps.daemonImages.lookUp(image);
    if (local) return { config: fromContainerConfig(local.config) };
  }
  let reference;
  try {
    reference = parseReference(image);
  } catch (e: unknown) {
    return { problem: `is not a valid image reference (${messageOf(e)})` };
  }
  try {
    const resolved = await new BaseResolver(deps.registry.clientFor).resolve(reference, parsePlatform(platform));
    return { config: fromContainerConfig(resolved.config.config ?? {}) };
  } catch (e: unknown) {
    const where = facts.daemon
      ? `looked in the Docker daemon (\`docker image inspect ${image}\`: no such image) and in the registry`
      : 'no Docker daemon answers, so it can only come from its registry';
    const full = formatReference(reference);
    return {
      problem: `${full === image ? '' : `(${full}) `}cannot be read from ${apiHost(reference.registry)}: ${messageOf(e)}; ${where}. Build or pull it into the daemon, push it to its registry and log in (docker login), or fix the FROM line.`,
    };
  }
}

function fromContainerConfig(config: DaemonContainerConfig): BaseImageConfig {
  const env: Record<string, string> = {};
  for (const pair of config.Env ?? []) {
    const eq = pair.indexOf('=');
    if (eq > 0) env[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return { env, onBuild: config.OnBuild ?? [] };
}

/** `<Dockerfile>.dockerignore`: valid lines, and none hides a declared artifact by its name. */
async function ignoreChecks(target: TargetConfig, notes: string[]): Promise<Finding[]> {
  const { ignore, unused } = await stagingIgnoreFile(target.context, target.dockerfile);
  if (unused) {
    notes.push(
      `${unused} is not used for the staged context: the image is built from the declared artifacts alone. ` +
        `List what it must not get in ${path.basename(target.dockerfile)}.dockerignore; the secret scan checks what ships either way.`,
    );
  }
  if (!ignore) return [];
  // before the build only the artifacts' names can be judged, not the files inside them
  const artifacts = await Promise.all(
    target.artifacts.map(async (artifact) => {
      const stats = await lstat(path.join(target.context, artifact)).catch(() => undefined);
      const kind = !stats ? ('missing' as const) : stats.isDirectory() ? ('dir' as const) : ('file' as const);
      return { artifact, kind, size: 0, files: 0 };
    }),
  );
  const tree: ArtifactTree = { context: target.context, artifacts, entries: [], totalSize: 0 };
  return checkIgnoreFile(target, tree, ignore);
}

/**
 * A declared artifact that is missing before the build must be a build output: git ignores
 * those (dist, .next, node_modules). One that git would track is a source file that is not
 * there, which no build command is likely to create. A build output of a target with no build
 * commands has nothing to make it but the install, which makes node_modules (and whatever the
 * package's own install scripts write).
 */
async function artifactChecks(target: TargetConfig, deps: PreflightDeps, plan?: TargetPlan): Promise<Finding[]> {
  const missing: string[] = [];
  for (const artifact of target.artifacts) {
    if (!(await lstat(path.join(target.context, artifact)).catch(() => undefined))) missing.push(artifact);
  }
  if (missing.length === 0) return [];
  // `dist/` in .gitignore matches only a directory, and a missing path is none: ask for both forms
  const result = await deps.run(['git', 'check-ignore', '--', ...missing.flatMap((a) => [a, `${a}/`])], {
    cwd: target.context,
    quiet: true,
    allowFailure: true,
  });
  // 128: not a git checkout; then nothing tells outputs from sources
  if (result.code !== 0 && result.code !== 1) return [];
  const ignored = new Set(
    result.stdout
      .split('\n')
      .map((l) => l.trim().replace(/\/$/, ''))
      .filter(Boolean),
  );
  const where = target.locations.artifacts ?? target.locations[''];
  return [
    ...unbuiltOutputs(
      target,
      missing.filter((a) => ignored.has(a)),
      plan,
      where,
    ),
    ...missing
      .filter((a) => !ignored.has(a))
      .map((artifact) =>
        (target.build.length === 0 ? error : warning)(
          'artifacts',
          `the artifact \`${artifact}\` of target \`${target.name}\` does not exist, and git does not ignore it as a build output. ` +
            (target.build.length === 0
              ? 'The target has no build commands to create it: fix the path in `artifacts`.'
              : 'If a build command creates it, add it to .gitignore; otherwise fix the path in `artifacts`.'),
          where,
        ),
      ),
  ];
}

/** Scripts npm, pnpm, yarn and bun run on install: one of them may write a build output. */
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare'];

/**
 * The install scripts the target's install runs of its own: its package's, and in a workspace
 * the root package's too ("postinstall", "the workspace root's prepare").
 */
function installScripts(plan: TargetPlan | undefined): string[] {
  if (!plan) return [];
  const own = INSTALL_SCRIPTS.filter((s) => plan.pkg.scripts?.[s] !== undefined);
  const root = plan.workspace?.graph.rootScripts ?? [];
  return [...own, ...INSTALL_SCRIPTS.filter((s) => root.includes(s)).map((s) => `the workspace root's ${s}`)];
}

/**
 * Build outputs (missing, ignored by git) of a target whose `build` is empty: nothing will write
 * them, so the run would install and then fail its validation. An error before any work, unless
 * the package has install scripts, which may write them.
 */
function unbuiltOutputs(
  target: TargetConfig,
  outputs: string[],
  plan: TargetPlan | undefined,
  where: Finding['location'],
): Finding[] {
  // node_modules is the install's own output
  const unmade = outputs.filter((a) => a.split('/')[0] !== 'node_modules');
  if (target.build.length > 0 || unmade.length === 0) return [];
  const scripts = installScripts(plan);
  const list = unmade.map((a) => `\`${a}\``).join(', ');
  const suggestion =
    plan?.pkg.scripts?.build !== undefined
      ? ` (package.json has a \`build\` script: \`build: ${plan.pm.name} run build\`)`
      : '';
  const what = `${unmade.length === 1 ? 'the artifact' : 'the artifacts'} ${list} of target \`${target.name}\` ${unmade.length === 1 ? 'is a build output that does not exist yet' : 'are build outputs that do not exist yet'}, and the target has no build commands (\`build\` is empty)`;
  return scripts.length > 0
    ? [
        warning(
          'artifacts',
          `${what}: only its install scripts (${scripts.join(', ')}) could write ${unmade.length === 1 ? 'it' : 'them'}. If they do not, add the commands that do under \`build\`${suggestion}.`,
          where,
        ),
      ]
    : [
        error(
          'artifacts',
          `${what} to write ${unmade.length === 1 ? 'it' : 'them'}: add them under \`build\`${suggestion}.`,
          where,
        ),
      ];
}

/** When the run pushes: the registry accepts the credentials `docker login` stored, for a push. */
async function credentialChecks(target: TargetConfig, facts: PreflightFacts, deps: PreflightDeps): Promise<Finding[]> {
  if (!facts.push || !inNamedRegistry(target.image)) return [];
  const reference = parseReference(target.image);
  const client = deps.registry.clientFor(reference.registry);
  client.allow(reference.repository, ['pull', 'push']);
  try {
    // a blob nobody has: the answer (404) needs a login that may push, and uploads nothing
    await client.hasBlob(reference.repository, `sha256:${'0'.repeat(64)}`);
    return [];
  } catch (e: unknown) {
    return [
      error(
        'credentials',
        `target \`${target.name}\` pushes to ${reference.registry}, which refuses this machine's credentials for ${reference.repository}: ${messageOf(e)}. ` +
          'Log in first (docker/login-action, or `docker login`), with a token that may push.',
        target.locations.image ?? target.locations[''],
      ),
    ];
  }
}

/**
 * Port probes in flight, by port: targets checked side by side that share a smoke port share
 * one probe, or the second probe would find the first one listening and call the port taken.
 */
const portProbes = new Map<number, Promise<string | undefined>>();

function probePort(port: number): Promise<string | undefined> {
  let probe = portProbes.get(port);
  if (!probe) {
    probe = new Promise<string | undefined>((resolve) => {
      const server = net.createServer();
      server.once('error', (e: NodeJS.ErrnoException) =>
        resolve(e.code === 'EADDRINUSE' ? 'is already in use' : `cannot be listened on (${e.code ?? e.message})`),
      );
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(undefined)));
    }).finally(() => portProbes.delete(port));
    portProbes.set(port, probe);
  }
  return probe;
}

/** The smoke test's port must be free, or its answer could come from another process. */
async function smokePortCheck(target: TargetConfig, facts: PreflightFacts): Promise<Finding[]> {
  if (!target.smoke || !facts.daemon) return [];
  const port = target.smoke.port;
  const problem = await probePort(port);
  if (!problem) return [];
  return [
    error(
      'smoke-port',
      `the smoke test's port ${port} of target \`${target.name}\` ${problem} on this machine; stop what listens there or choose another \`smoke.port\`.`,
      target.locations.smoke ?? target.locations[''],
    ),
  ];
}
