import { lstatSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TargetConfig } from '../config/types.js';
import { codePointName, isInvisible, trimLeftGo } from '../dockerfile/chars.js';
import { expandWord, lookupIn, referencedNames } from '../dockerfile/expand.js';
import { goMatch, hasWildcard } from '../dockerfile/glob.js';
import { goClean } from '../dockerfile/ignore.js';
import { KNOWN_INSTRUCTIONS, parseDockerfile, type Instruction, type ParsedDockerfile } from '../dockerfile/parse.js';
import { isInside } from '../paths.js';
import {
  argDeclarations,
  declareArgs,
  globalArgValues,
  keyValues,
  nodePlatform,
  platformOf,
  splitStages,
  type ScopeInput,
} from '../dockerfile/stage.js';
import { redactSecrets } from './secrets.js';
import { error, listSome, warning, type Finding } from './types.js';

/**
 * The COPY-only gate. It fails closed: it accepts a Dockerfile only when it understands every
 * part of it exactly as the builder will, read by the same reader the oci engine builds from
 * (src/dockerfile). Allowed: one stage FROM a base image, COPY of declared artifacts from the
 * context, and instructions that only set the image's metadata. Refused: anything that runs or
 * fetches during the image build (RUN unless `allow-run`, ADD, ONBUILD, COPY --from a stage, or
 * an image not listed in `allow-copy-from`), here-documents (the legacy builder reads their
 * body as instructions), flags it does not know, parser directives other than `escape` and a
 * docker/dockerfile `syntax`, variables whose value would come from outside the Dockerfile,
 * characters one cannot see outside quoted values, and a base image with ONBUILD triggers.
 */

/** The flags each instruction may carry; any other flag is refused. */
const FLAGS: Record<string, ReadonlySet<string>> = {
  FROM: new Set(['platform']),
  COPY: new Set(['chown', 'chmod', 'link', 'from']),
  HEALTHCHECK: new Set(['interval', 'timeout', 'start-period', 'start-interval', 'retries']),
};
/** `# syntax=` values that name Docker's own Dockerfile frontend, which reads the file as this gate does */
const DOCKERFILE_FRONTEND =
  /^(?:docker\.io\/)?docker\/dockerfile(?:-upstream)?(?::[0-9][0-9a-z.-]*)?(?:@sha256:[a-f0-9]{64})?$/;
const URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/** What the gate knows of the base image, when its config could be read (preflight reads it). */
export interface BaseImageConfig {
  /** the image's ENV, which COPY's words may expand */
  env: Record<string, string>;
  /** ONBUILD triggers: they would run at FROM */
  onBuild: string[];
}

export interface DockerfileCheckOptions {
  base?: BaseImageConfig;
  /** the machine that builds (BUILDPLATFORM); this one by default */
  buildPlatform?: string;
  /** before the build: artifacts that are build outputs do not exist yet, so a wildcard into one may match nothing */
  beforeBuild?: boolean;
}

/** What the check needs to know of the context directory: injected so tests can use a real one. */
export interface ContextView {
  /** file, dir or symlink at the relative path, undefined when absent */
  kind(rel: string): 'file' | 'dir' | 'symlink' | undefined;
  /** names in a relative directory, empty when it is not one */
  list(rel: string): string[];
}

export function contextView(context: string): ContextView {
  return {
    kind(rel) {
      try {
        const stats = lstatSync(path.join(context, rel));
        return stats.isSymbolicLink() ? 'symlink' : stats.isDirectory() ? 'dir' : 'file';
      } catch {
        return undefined;
      }
    },
    list(rel) {
      try {
        return readdirSync(path.join(context, rel));
      } catch {
        return [];
      }
    },
  };
}

export async function checkDockerfile(target: TargetConfig, options: DockerfileCheckOptions = {}): Promise<Finding[]> {
  let text: string;
  try {
    text = await readFile(target.dockerfile, 'utf8');
  } catch {
    return [missingDockerfile(target)];
  }
  return checkDockerfileText(text, target, contextView(target.context), options);
}

export function missingDockerfile(target: TargetConfig): Finding {
  return error(
    'dockerfile',
    `The Dockerfile ${target.dockerfile} of target \`${target.name}\` does not exist; create it or set \`dockerfile\` to its path (relative to the context).`,
    target.locations.dockerfile ?? target.locations[''],
  );
}

export function checkDockerfileText(
  text: string,
  target: TargetConfig,
  view: ContextView,
  options: DockerfileCheckOptions = {},
): Finding[] {
  return new Checker(parseDockerfile(text), target, view, options).run();
}

class Checker {
  private readonly findings: Finding[] = [];
  private readonly file: string;
  private readonly name: string;
  private readonly scope: ScopeInput;

  constructor(
    private readonly parsed: ParsedDockerfile,
    private readonly target: TargetConfig,
    private readonly view: ContextView,
    private readonly options: DockerfileCheckOptions,
  ) {
    this.file = target.dockerfile;
    this.name =
      path.relative(target.context, target.dockerfile).split(path.sep).join('/') || path.basename(target.dockerfile);
    const runner = options.buildPlatform ? platformOf(options.buildPlatform) : nodePlatform(process.arch);
    this.scope = {
      escape: parsed.escape,
      buildArgs: target.buildArgs,
      platform: target.platforms[0] ? platformOf(target.platforms[0]) : runner,
      buildPlatform: runner,
    };
  }

  run(): Finding[] {
    const problem = this.parsed.problems?.[0];
    if (problem) {
      // BuildKit stops at its first parse error, and so does the gate: what follows is unread
      this.error(problem.line, `${problem.message}: docker build refuses the file. Fix the line.`, problem.column);
      return this.findings;
    }
    this.directives();
    this.invisibleCharacters();
    const { globalArgs, stages, beforeFrom } = splitStages(this.parsed);
    for (const ins of beforeFrom)
      this.error(
        ins.line,
        `\`${ins.keyword}\` comes before the first FROM, where only ARG may stand; docker build would refuse the file.`,
      );
    if (stages.length === 0) {
      this.error(
        undefined,
        'has no FROM: a COPY-only Dockerfile starts FROM the base image the artifacts are copied onto.',
      );
      return this.findings;
    }
    for (const stage of stages.slice(0, -1)) {
      this.error(
        stage.from.line,
        'has more than one FROM: a COPY-only Dockerfile is one stage, and another stage is a build inside the image build. ' +
          "Build on the runner instead (the target's `build` commands) and COPY the output from the context.",
      );
    }
    const globals = this.guard(globalArgs[0]?.line, () => globalArgValues(globalArgs, this.scope)) ?? {};
    for (const ins of globalArgs) this.knownInstruction(ins);
    const stage = stages.at(-1)!;
    this.from(stage.from);
    const env: Record<string, string | undefined> = { ...(this.options.base?.env ?? {}) };
    const args: Record<string, string | undefined> = {};
    /** names whose value the gate knows: declared in this Dockerfile, or in the base's ENV when it was read */
    const declared = new Set<string>(Object.keys(env));
    for (const ins of stage.body) {
      if (!this.knownInstruction(ins)) continue;
      const lookup = lookupIn(env, args);
      switch (ins.keyword) {
        case 'ARG':
          for (const { name } of argDeclarations(ins)) declared.add(name);
          this.guard(ins.line, () => declareArgs(ins, this.scope, args, lookup, globals));
          break;
        case 'ENV':
          for (const [key, value] of this.guard(ins.line, () => keyValues(ins, lookup, this.parsed.escape)) ?? []) {
            env[key] = value;
            declared.add(key);
          }
          break;
        case 'COPY':
          this.copy(ins, lookup, declared);
          break;
        case 'RUN':
          this.runInstruction(ins);
          break;
        case 'ADD':
          this.error(
            ins.line,
            '`ADD` is not allowed: it downloads URLs and unpacks archives during the image build, which the artifact and secret checks cannot see. ' +
              'Use COPY for files from the context; fetch or unpack on the runner in a build command and COPY the result.',
          );
          break;
        case 'ONBUILD':
          this.error(
            ins.line,
            'ONBUILD is not allowed: it runs steps in the build of every image FROM this one, which defeats a COPY-only build. Remove it.',
          );
          break;
        case 'MAINTAINER':
          this.warn(ins.line, 'MAINTAINER is deprecated; use `LABEL org.opencontainers.image.authors="..."` instead.');
          break;
      }
    }
    return this.findings;
  }

  /** Refuses what BuildKit's dispatcher refuses or the gate does not allow: unknown keywords and flags, here-documents. */
  private knownInstruction(ins: Instruction): boolean {
    if (!KNOWN_INSTRUCTIONS.has(ins.keyword)) {
      this.error(
        ins.line,
        `\`${ins.keyword}\` is not a Dockerfile instruction (a typo?); docker build would refuse the file.`,
      );
      return false;
    }
    if (ins.heredocs) {
      this.error(
        ins.line,
        `\`${ins.keyword}\` with a here-document (<<${ins.heredocs[0]!.name}) is not allowed: builders disagree on it (the legacy builder reads its body as instructions). ` +
          'Put the file among the artifacts and COPY it.',
      );
      return false;
    }
    const allowed =
      ins.keyword === 'RUN' && this.target.allowRun ? undefined : (FLAGS[ins.keyword] ?? new Set<string>());
    for (const flag of allowed ? Object.keys(ins.flags) : []) {
      if (!allowed!.has(flag)) {
        this.error(
          ins.line,
          `\`${ins.keyword} --${flag}\` is not allowed in a COPY-only Dockerfile${allowed!.size > 0 ? ` (${ins.keyword} may take ${[...allowed!].map((f) => `--${f}`).join(', ')})` : ''}.`,
        );
        return false;
      }
    }
    return true;
  }

  private directives(): void {
    for (const directive of this.parsed.directives) {
      if (directive.name === 'syntax' && !DOCKERFILE_FRONTEND.test(directive.value)) {
        this.error(
          directive.line,
          `\`# syntax=${directive.value}\` makes BuildKit read this file with another frontend, which may read it differently from this check. ` +
            'Remove the line, or use docker/dockerfile:1.',
        );
      }
    }
  }

  /** Non-ASCII spaces, zero-width and control characters outside quotes: one finding per line. */
  private invisibleCharacters(): void {
    const escape = this.parsed.escape;
    this.parsed.lines.forEach((line, index) => {
      // a comment line (as Go trims it) is dropped by the parser wherever it stands, whatever it holds
      if (trimLeftGo(line).startsWith('#')) return;
      let quote = '';
      let column = 0;
      for (let i = 0; i < line.length; i++) {
        const code = line.codePointAt(i)!;
        column++;
        const ch = String.fromCodePoint(code);
        if (code > 0xffff) i++;
        if (quote) {
          if (ch === escape && quote === '"') i++;
          else if (ch === quote) quote = '';
          continue;
        }
        if (ch === escape) {
          i++;
          column++;
          continue;
        }
        if (ch === '"' || ch === "'") {
          quote = ch;
          continue;
        }
        if (isInvisible(code)) {
          this.error(
            index + 1,
            `holds ${codePointName(code)}, a character one cannot see or tell from a space, outside quotes. Builders and editors disagree on such characters ` +
              '(Docker does not treat U+FEFF as a space, so it can end a continued line where the text seems to go on). Delete it or type a plain space.',
            column,
          );
          return;
        }
      }
    });
  }

  private from(ins: Instruction): void {
    this.knownInstruction(ins);
    if (ins.nodes.length !== 1 && !(ins.nodes.length === 3 && ins.nodes[1]!.toUpperCase() === 'AS')) {
      this.error(ins.line, 'FROM takes an image and an optional `AS name`; docker build would refuse the line.');
    }
    const onBuild = this.options.base?.onBuild ?? [];
    if (onBuild.length > 0) {
      this.error(
        ins.line,
        `the base image ${ins.nodes[0] ?? ''} has ONBUILD triggers (${onBuild.slice(0, 3).join('; ')}${onBuild.length > 3 ? '; ...' : ''}), which run during the image build at this FROM. ` +
          'Use a base image without ONBUILD triggers.',
      );
    }
  }

  private runInstruction(ins: Instruction): void {
    if (this.target.allowRun) return;
    const command = redactSecrets(ins.json ? ins.json.join(' ') : ins.args)
      .replace(/\s+/g, ' ')
      .trim();
    const shown = command.length > 60 ? `${command.slice(0, 57)}...` : command;
    this.error(
      ins.line,
      `\`RUN ${shown}\` runs inside the image build, which a COPY-only Dockerfile leaves out: do that work on the runner, where it is cached. ` +
        `Move it into the target's \`build\` commands (they run in the context before the image is built) and COPY its output as an artifact, ` +
        `or set \`allow-run: true\` on target \`${this.target.name}\` to keep it (e.g. a \`RUN apk add --no-cache tini\` for an OS package).`,
    );
  }

  private copy(ins: Instruction, lookup: (name: string) => string | undefined, declared: ReadonlySet<string>): void {
    const outside = [...Object.values(ins.flags), ...ins.nodes]
      .flatMap((w) => referencedNames(w, { escape: this.parsed.escape }))
      .filter((n) => !declared.has(n));
    if (outside.length > 0) {
      const names = [...new Set(outside)].map((n) => `$${n}`).join(', ');
      this.error(
        ins.line,
        `\`COPY\` uses ${names}, which this Dockerfile does not declare: its value would come from the base image's environment, which this check ${this.options.base ? 'did not find it in' : 'could not read'}. ` +
          'Declare it with ARG or ENV, or write the path out.',
      );
      return;
    }
    const word = (w: string): string | undefined =>
      this.guard(ins.line, () => expandWord(w, lookup, { escape: this.parsed.escape }));
    if (ins.flags.from !== undefined) {
      this.copyFrom(ins, word(ins.flags.from) ?? ins.flags.from);
      return;
    }
    const words = ins.nodes.map(word);
    if (words.some((w) => w === undefined)) return;
    if (words.length < 2) {
      this.error(ins.line, '`COPY` needs a source and a destination.');
      return;
    }
    for (const source of words.slice(0, -1) as string[]) {
      if (URL.test(source)) {
        this.error(
          ins.line,
          `\`COPY ${source}\` names a URL; fetch it on the runner in a build command (where it can be cached and checked), declare the result as an artifact and COPY it.`,
        );
        continue;
      }
      this.source(ins, source);
    }
  }

  /** BuildKit's rule: a stage's name or index refers to the stage, anything else is an image. */
  private copyFrom(ins: Instruction, from: string): void {
    if (
      /^\d+$/.test(from) ||
      splitStages(this.parsed).stages.some((s) => s.name === from.toLowerCase() && s.from.line < ins.line)
    ) {
      this.error(
        ins.line,
        `\`COPY --from=${from}\` copies from a build stage, and a build stage is a build inside the image build. ` +
          `Build that output on the runner instead (the target's \`build\` commands), declare it as an artifact and COPY it from the context.`,
      );
      return;
    }
    if (this.target.allowCopyFrom.includes(from)) return;
    this.error(
      ins.line,
      `\`COPY --from=${from}\` copies files out of another image, and they skip the artifact and secret checks. ` +
        `If that image is trusted, list it on target \`${this.target.name}\`: \`allow-copy-from: [${JSON.stringify(from)}]\` (pin it by digest).`,
    );
  }

  /** Runs an expansion, turning its syntax error into a finding at the line. */
  private guard<T>(line: number | undefined, fn: () => T): T | undefined {
    try {
      return fn();
    } catch (e: unknown) {
      this.error(line, `${e instanceof Error ? e.message : String(e)}; docker build would refuse the line.`);
      return undefined;
    }
  }

  /** One COPY/ADD source, relative to the context root (a leading / or ../ cannot leave it). */
  private source(ins: Instruction, source: string): void {
    const rel = contextRelative(source);
    if (rel === '.') return;
    const artifacts = this.target.artifacts;
    const declared = `declared artifacts: ${artifacts.join(', ')}`;
    if (hasWildcard(rel)) {
      const matched = globContext(this.view, rel);
      if (matched.length === 0) {
        if (this.options.beforeBuild && artifacts.some((a) => !this.view.kind(a))) return;
        this.error(
          ins.line,
          `\`${ins.keyword} ${source}\` matches nothing in the context (${declared}); docker build would fail.`,
        );
        return;
      }
      const strays = matched.filter((m) => !artifacts.some((a) => isInside(m, a) || isInside(a, m)));
      if (strays.length > 0) {
        this.error(
          ins.line,
          `\`${ins.keyword} ${source}\` also matches ${listSome(strays)}, which ${strays.length === 1 ? 'is not an artifact' : 'are not artifacts'}: the image is built from the artifacts alone, ` +
            `so ${strays.length === 1 ? 'it' : 'they'} would be missing. Add ${strays.length === 1 ? 'it' : 'them'} to \`artifacts\` or narrow the pattern (${declared}).`,
        );
      }
      return;
    }
    const container = artifacts.find((a) => isInside(rel, a));
    if (container) {
      if (container !== rel && this.view.kind(container) && !this.view.kind(rel)) {
        this.error(
          ins.line,
          `\`${ins.keyword} ${source}\`: there is no ${rel} inside the artifact ${container}; docker build would fail. Check the path against the build output.`,
        );
      }
      return;
    }
    // a parent of artifacts copies the artifacts below it, as `.` copies them all
    if (artifacts.some((a) => isInside(a, rel))) return;
    this.error(
      ins.line,
      `\`${ins.keyword} ${source}\` copies ${rel}, which is not a declared artifact of target \`${this.target.name}\` (${declared}). ` +
        `The image is built from the artifacts alone: add ${rel} to \`artifacts\` or copy the build output instead.`,
    );
  }

  private error(line: number | undefined, message: string, column?: number): void {
    const location =
      line === undefined
        ? { file: this.file }
        : column === undefined
          ? { file: this.file, line }
          : { file: this.file, line, column };
    this.findings.push(error('dockerfile', this.prefix(line, message), location));
  }

  private warn(line: number, message: string): void {
    this.findings.push(warning('dockerfile', this.prefix(line, message), { file: this.file, line }));
  }

  private prefix(line: number | undefined, message: string): string {
    return line === undefined ? `${this.name} ${message}` : `${this.name} line ${line}: ${message}`;
  }
}

/** A COPY source as BuildKit resolves it: inside the context, whatever ../ or / it starts with. */
export function contextRelative(source: string): string {
  const clean = goClean(`/${source.replace(/\\/g, '/')}`);
  return clean === '/' ? '.' : clean.slice(1);
}

/** The context paths a COPY wildcard matches, segment by segment as Go's filepath.Match does. */
function globContext(view: ContextView, pattern: string): string[] {
  let current = [''];
  for (const segment of pattern.split('/')) {
    const next: string[] = [];
    for (const dir of current) {
      if (!hasWildcard(segment)) {
        const candidate = dir ? `${dir}/${segment}` : segment;
        if (view.kind(candidate)) next.push(candidate);
        continue;
      }
      for (const name of view.list(dir || '.'))
        if (matchesSegment(segment, name)) next.push(dir ? `${dir}/${name}` : name);
    }
    current = next;
  }
  return current.sort();
}

/** A malformed pattern matches nothing here; BuildKit fails the COPY, and so does the "matches nothing" finding. */
function matchesSegment(segment: string, name: string): boolean {
  try {
    return goMatch(segment, name);
  } catch {
    return false;
  }
}
