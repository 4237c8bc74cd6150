import { expandWord, lookupIn, type Lookup } from './expand.js';
import type { Instruction, ParsedDockerfile } from './parse.js';

/**
 * Stages and variables as BuildKit's dockerfile2llb evaluates them: ARGs before the first FROM
 * are global and only FROM sees them; each stage starts with nothing but what it declares (an
 * `ARG NAME` without a value takes the build arg, else the global ARG's value); ENV, the base
 * image's included, wins over an ARG of the same name; the automatic platform ARGs describe the
 * target (TARGET*) and the machine that builds (BUILD*).
 */

export interface PlatformSpec {
  os: string;
  architecture: string;
  variant?: string;
}

export interface Stage {
  from: Instruction;
  /** the instructions after FROM, up to the next FROM */
  body: Instruction[];
  /** `AS name`, lower-cased */
  name?: string;
}

export interface Stages {
  /** ARGs before the first FROM */
  globalArgs: Instruction[];
  stages: Stage[];
  /** instructions before the first FROM other than ARG (BuildKit refuses them) */
  beforeFrom: Instruction[];
}

export function splitStages(parsed: ParsedDockerfile): Stages {
  const result: Stages = { globalArgs: [], stages: [], beforeFrom: [] };
  for (const ins of parsed.instructions) {
    if (ins.keyword === 'FROM') {
      const stage: Stage = { from: ins, body: [] };
      if (ins.nodes.length === 3 && ins.nodes[1]!.toUpperCase() === 'AS') stage.name = ins.nodes[2]!.toLowerCase();
      result.stages.push(stage);
    } else if (result.stages.length === 0) {
      (ins.keyword === 'ARG' ? result.globalArgs : result.beforeFrom).push(ins);
    } else {
      result.stages.at(-1)!.body.push(ins);
    }
  }
  return result;
}

export function formatPlatform(p: PlatformSpec): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

/** `linux/arm64/v8` → its parts; the runner's platform when empty. */
export function platformOf(text: string): PlatformSpec {
  const [os = 'linux', architecture = 'amd64', variant] = text.split('/');
  return variant ? { os, architecture, variant } : { os, architecture };
}

/** BuildKit's automatic platform ARGs: in FROM, and in a stage after `ARG NAME`. */
export function platformArgs(target: PlatformSpec, build: PlatformSpec): Record<string, string> {
  return {
    TARGETPLATFORM: formatPlatform(target),
    TARGETOS: target.os,
    TARGETARCH: target.architecture,
    TARGETVARIANT: target.variant ?? '',
    BUILDPLATFORM: formatPlatform(build),
    BUILDOS: build.os,
    BUILDARCH: build.architecture,
    BUILDVARIANT: build.variant ?? '',
  };
}

export interface ScopeInput {
  escape: string;
  buildArgs: Readonly<Record<string, string>>;
  /** the platform the image is built for (TARGETPLATFORM) */
  platform: PlatformSpec;
  /** the machine building it (BUILDPLATFORM) */
  buildPlatform: PlatformSpec;
}

/** An ARG's name and its default as written (undefined without `=`). */
export function argDeclarations(ins: Instruction): { name: string; value?: string }[] {
  return ins.nodes.map((word) => {
    const eq = word.indexOf('=');
    return eq < 0 ? { name: word } : { name: word.slice(0, eq), value: word.slice(eq + 1) };
  });
}

/** The values of the ARGs declared before FROM, which FROM's words are expanded with. */
export function globalArgValues(
  globalArgs: readonly Instruction[],
  input: ScopeInput,
): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = { ...platformArgs(input.platform, input.buildPlatform) };
  for (const ins of globalArgs) declareArgs(ins, input, values, lookupIn(values), values);
  return values;
}

/**
 * `ARG NAME[=default]`: the build arg's value, else the default (expanded), else, in a stage,
 * the value of the global ARG of that name (the platform ARGs are global).
 */
export function declareArgs(
  ins: Instruction,
  input: ScopeInput,
  into: Record<string, string | undefined>,
  lookup: Lookup,
  globals: Readonly<Record<string, string | undefined>>,
): void {
  for (const { name, value } of argDeclarations(ins)) {
    const fallback = value === undefined ? globals[name] : expandWord(value, lookup, { escape: input.escape });
    into[name] = input.buildArgs[name] ?? fallback;
  }
}

/** ENV and LABEL pairs (the parser's key, value, separator triples), each word expanded. */
export function keyValues(ins: Instruction, lookup: Lookup, escape: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < ins.nodes.length; i += 3) {
    pairs.push([expandWord(ins.nodes[i]!, lookup, { escape }), expandWord(ins.nodes[i + 1]!, lookup, { escape })]);
  }
  return pairs;
}

/** A COPY/ADD's words (sources then destination), each expanded on its own as BuildKit does. */
export function copyWords(ins: Instruction, lookup: Lookup, escape: string): string[] {
  return ins.nodes.map((word) => expandWord(word, lookup, { escape }));
}

/** The platform of a machine with Node's `process.arch`, as OCI names it. */
export function nodePlatform(arch: string): PlatformSpec {
  switch (arch) {
    case 'x64':
      return { os: 'linux', architecture: 'amd64' };
    case 'arm':
      return { os: 'linux', architecture: 'arm', variant: 'v7' };
    case 'ia32':
      return { os: 'linux', architecture: '386' };
    default:
      return { os: 'linux', architecture: arch };
  }
}

export interface BaseImage {
  /** the image reference, variables expanded; a stage's name when FROM names an earlier stage */
  image: string;
  line: number;
  platform?: string;
  /** `AS name`, lower-cased */
  stage?: string;
}

/** Each stage's FROM with the global ARGs (build args and platform ARGs included) expanded. */
export function baseImages(parsed: ParsedDockerfile, input: Omit<ScopeInput, 'escape'>): BaseImage[] {
  const { globalArgs, stages } = splitStages(parsed);
  const scope = { ...input, escape: parsed.escape };
  const lookup = lookupIn(globalArgValues(globalArgs, scope));
  return stages.map(({ from, name }) => {
    const entry: BaseImage = {
      image: expandWord(from.nodes[0] ?? '', lookup, { escape: parsed.escape }),
      line: from.line,
    };
    if (from.flags.platform) entry.platform = expandWord(from.flags.platform, lookup, { escape: parsed.escape });
    if (name) entry.stage = name;
    return entry;
  });
}

/** The final stage's base, following `FROM <earlier stage>` back to an image. */
export function finalBase(bases: readonly BaseImage[]): BaseImage | undefined {
  let stage = bases.at(-1);
  for (let hops = 0; stage && hops < bases.length; hops++) {
    const name = stage.image.toLowerCase();
    const earlier = bases.find((s) => s.stage === name && s !== stage);
    if (!earlier) break;
    stage = earlier;
  }
  return stage;
}
