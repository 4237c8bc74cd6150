import path from 'node:path';
import type { Instruction } from '../../dockerfile/parse.js';
import { BuildError } from '../../errors.js';
import {
  applyEntrypoint,
  envRecord,
  exposedPorts,
  healthcheck,
  mergeEnv,
  resolveWorkdir,
  shellForm,
  type ContainerConfig,
} from './image-config.js';
import { dockerfileError, instructionText, isRemoteSource, type CopyOnlyDockerfile } from './instructions.js';
import type { Platform } from './platform.js';
import { expandWord, lookupIn, type Lookup } from '../../dockerfile/expand.js';
import {
  argDeclarations,
  copyWords,
  declareArgs as declareStageArgs,
  platformArgs,
  keyValues as stageKeyValues,
  type ScopeInput,
} from '../../dockerfile/stage.js';

/** One COPY or ADD, with variables expanded and its destination made absolute. */
export interface CopyStep {
  keyword: 'COPY' | 'ADD';
  /** relative to the context, as written (they may hold wildcards) */
  sources: string[];
  /** absolute, normalised, without a trailing slash (`/` for the root) */
  dest: string;
  /** the destination was written as a directory (`dest/`, `.`) */
  destIsDir: boolean;
  uid: number;
  gid: number;
  /** --chmod, applied to every copied file and directory */
  mode?: number;
  line: number;
}

/** A config-only step may set the working directory, which docker creates (see build.ts). */
export type Step =
  { kind: 'layer'; copy: CopyStep; createdBy: string } | { kind: 'config'; createdBy: string; workdir?: string };

export interface EvaluatedStage {
  /** the runtime config after the last instruction */
  config: ContainerConfig;
  steps: Step[];
  author?: string;
}

export interface StageInput {
  dockerfile: CopyOnlyDockerfile;
  buildArgs: Record<string, string>;
  /** the platform the image is built for (TARGETPLATFORM) */
  platform: Platform;
  /** the machine building it (BUILDPLATFORM) */
  buildPlatform: Platform;
}

function scopeInput(input: StageInput): ScopeInput {
  return {
    escape: input.dockerfile.escape,
    buildArgs: input.buildArgs,
    platform: input.platform,
    buildPlatform: input.buildPlatform,
  };
}

/** The values of the ARGs declared before FROM (they are the only variables FROM sees). */
export function globalArgValues(input: StageInput): Record<string, string | undefined> {
  const { dockerfile } = input;
  const values: Record<string, string | undefined> = { ...platformArgs(input.platform, input.buildPlatform) };
  for (const ins of dockerfile.globalArgs) declareArgs(ins, input, values, lookupIn(values), values);
  return values;
}

/** FROM's image and --platform, variables expanded. */
export function resolveFrom(input: StageInput): { image: string; platform?: string; line: number } {
  const { dockerfile } = input;
  const lookup = lookupIn(globalArgValues(input));
  const from = dockerfile.from;
  const words = wrap(dockerfile, from, () =>
    from.nodes.map((w) => expandWord(w, lookup, { escape: dockerfile.escape })),
  );
  const image = words[0];
  if (!image) throw dockerfileError(dockerfile.file, from.line, 'FROM needs an image');
  if (words.length > 1 && !(words.length === 3 && words[1]!.toUpperCase() === 'AS'))
    throw dockerfileError(dockerfile.file, from.line, 'FROM takes an image and an optional AS name');
  const result: { image: string; platform?: string; line: number } = { image, line: from.line };
  if (from.flags.platform)
    result.platform = wrap(dockerfile, from, () =>
      expandWord(from.flags.platform!, lookup, { escape: dockerfile.escape }),
    );
  return result;
}

/**
 * Runs the stage's instructions over the base's config, as docker's dispatcher does: each
 * instruction sees the variables (base ENV, ENV, then ARG) set before it; config-only
 * instructions become empty-layer history entries; COPY and ADD become layer steps.
 */
export function evaluateStage(input: StageInput, baseConfig: ContainerConfig | undefined): EvaluatedStage {
  const { dockerfile } = input;
  const globals = globalArgValues(input);
  const config: ContainerConfig = structuredClone(baseConfig ?? {});
  const args: Record<string, string | undefined> = {};
  const steps: Step[] = [];
  let author: string | undefined;
  let cmdSet = false;
  for (const ins of dockerfile.body) {
    // ENV (the base's included) wins over ARG of the same name
    const lookup = lookupIn(envRecord(config.Env), args);
    const words = (): string[] => wrap(dockerfile, ins, () => copyWords(ins, lookup, dockerfile.escape));
    const word = (): string =>
      wrap(dockerfile, ins, () => expandWord(ins.args, lookup, { escape: dockerfile.escape })).trim();
    const createdBy = instructionText(ins);
    switch (ins.keyword) {
      case 'ARG':
        declareArgs(ins, input, args, lookup, globals);
        continue;
      case 'ENV':
        config.Env = mergeEnv(config.Env, keyValues(dockerfile, ins, lookup));
        break;
      case 'LABEL':
        config.Labels = { ...(config.Labels ?? {}), ...Object.fromEntries(keyValues(dockerfile, ins, lookup)) };
        break;
      case 'WORKDIR':
        config.WorkingDir = resolveWorkdir(config.WorkingDir, word());
        steps.push({ kind: 'config', createdBy, workdir: config.WorkingDir });
        continue;
      case 'USER':
        config.User = word();
        break;
      case 'EXPOSE': {
        const ports = wrap(dockerfile, ins, () => exposedPorts(words().flatMap((w) => w.split(/\s+/).filter(Boolean))));
        config.ExposedPorts = { ...(config.ExposedPorts ?? {}), ...Object.fromEntries(ports.map((p) => [p, {}])) };
        break;
      }
      case 'VOLUME':
        config.Volumes = { ...(config.Volumes ?? {}), ...Object.fromEntries(words().map((v) => [v, {}])) };
        break;
      case 'STOPSIGNAL':
        config.StopSignal = word();
        break;
      case 'SHELL':
        config.Shell = ins.json!;
        break;
      case 'CMD':
        config.Cmd = ins.json ?? shellForm(config.Shell, ins.args);
        cmdSet = true;
        break;
      case 'ENTRYPOINT':
        applyEntrypoint(config, ins.json ?? shellForm(config.Shell, ins.args), cmdSet);
        break;
      case 'HEALTHCHECK':
        config.Healthcheck = wrap(dockerfile, ins, () => healthcheck(ins.args, ins.flags));
        break;
      case 'MAINTAINER':
        author = ins.args;
        break;
      case 'COPY':
      case 'ADD':
        steps.push({ kind: 'layer', copy: copyStep(dockerfile, ins, words(), config.WorkingDir, lookup), createdBy });
        continue;
    }
    steps.push({ kind: 'config', createdBy });
  }
  const stage: EvaluatedStage = { config, steps };
  if (author !== undefined) stage.author = author;
  return stage;
}

/** Names of build args the Dockerfile never declares; docker warns about them too. */
export function unusedBuildArgs(dockerfile: CopyOnlyDockerfile, buildArgs: Record<string, string>): string[] {
  const declared = new Set<string>();
  for (const ins of [...dockerfile.globalArgs, ...dockerfile.body.filter((i) => i.keyword === 'ARG')]) {
    for (const { name } of argDeclarations(ins)) declared.add(name);
  }
  return Object.keys(buildArgs).filter((name) => !declared.has(name));
}

/** ARG in the stage: names are checked here, values come from the shared scope rules. */
function declareArgs(
  ins: Instruction,
  input: StageInput,
  into: Record<string, string | undefined>,
  lookup: Lookup,
  globals: Record<string, string | undefined>,
): void {
  for (const { name } of argDeclarations(ins)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      throw dockerfileError(input.dockerfile.file, ins.line, `invalid ARG name "${name}"`);
  }
  wrap(input.dockerfile, ins, () => declareStageArgs(ins, scopeInput(input), into, lookup, globals));
}

/** ENV and LABEL pairs: `k=v k2="v 2"`, or the legacy `KEY value with spaces`. */
function keyValues(dockerfile: CopyOnlyDockerfile, ins: Instruction, lookup: Lookup): [string, string][] {
  if (ins.nodes.length < 2)
    throw dockerfileError(dockerfile.file, ins.line, `${ins.keyword} needs KEY=VALUE (or KEY VALUE)`);
  return wrap(dockerfile, ins, () => stageKeyValues(ins, lookup, dockerfile.escape));
}

function copyStep(
  dockerfile: CopyOnlyDockerfile,
  ins: Instruction,
  words: string[],
  workdir: string | undefined,
  lookup: Lookup,
): CopyStep {
  const fail = (message: string): never => {
    throw dockerfileError(dockerfile.file, ins.line, `${ins.keyword}: ${message}`);
  };
  if (words.length < 2) fail('needs at least one source and a destination');
  const sources = words.slice(0, -1);
  const rawDest = words[words.length - 1]!;
  const remote = sources.find(isRemoteSource);
  if (remote)
    fail(`${remote}: remote sources are not supported by the oci engine; download the file on the runner and COPY it`);
  const destIsDir = rawDest === '' || rawDest === '.' || rawDest.endsWith('/') || rawDest.endsWith('/.');
  if (sources.length > 1 && !destIsDir)
    fail(`with more than one source, the destination must be a directory and end with a / ("${rawDest}/")`);
  const dest = path.posix
    .normalize(path.posix.isAbsolute(rawDest) ? rawDest : path.posix.join(workdir || '/', rawDest))
    .replace(/(.)\/$/, '$1');
  const step: CopyStep = {
    keyword: ins.keyword as 'COPY' | 'ADD',
    sources,
    dest,
    destIsDir,
    uid: 0,
    gid: 0,
    line: ins.line,
  };
  if (ins.flags.chown !== undefined) {
    const ids = parseChown(
      wrap(dockerfile, ins, () => expandWord(ins.flags.chown!, lookup, { escape: dockerfile.escape })),
    );
    if (!ids)
      fail(
        `--chown=${ins.flags.chown}: the oci engine needs numeric ids (e.g. --chown=1000:1000) or root, since it does not read the base image's /etc/passwd`,
      );
    step.uid = ids!.uid;
    step.gid = ids!.gid;
  }
  if (ins.flags.chmod !== undefined) {
    if (!/^[0-7]{3,4}$/.test(ins.flags.chmod))
      fail(`--chmod=${ins.flags.chmod}: only octal modes (e.g. 755, 0644) are supported`);
    step.mode = parseInt(ins.flags.chmod, 8);
  }
  return step;
}

/** `uid[:gid]` with numbers or root; a lone uid is also the gid, as docker does. */
export function parseChown(text: string): { uid: number; gid: number } | undefined {
  const id = (part: string): number | undefined =>
    part === 'root' ? 0 : /^\d+$/.test(part) ? Number(part) : undefined;
  const [user, group, extra] = text.split(':');
  if (extra !== undefined || !user) return undefined;
  const uid = id(user);
  const gid = group === undefined ? uid : id(group);
  return uid === undefined || gid === undefined ? undefined : { uid, gid };
}

/** Runs `fn`, turning its plain errors (bad substitution, bad port) into errors at the instruction's line. */
function wrap<T>(dockerfile: CopyOnlyDockerfile, ins: Instruction, fn: () => T): T {
  try {
    return fn();
  } catch (error: unknown) {
    if (error instanceof BuildError) throw error;
    throw dockerfileError(
      dockerfile.file,
      ins.line,
      `${ins.keyword}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
