import { lstatSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TargetConfig } from '../config/types.js';
import { goClean } from '../dockerfile/ignore.js';
import { copySpec, expandVariables, isHeredocSource, parseDockerfile, splitWords, type Instruction, type ParsedDockerfile } from '../dockerfile/parse.js';
import { redactSecrets } from './secrets.js';
import { error, listSome, warning, type Finding } from './types.js';

/**
 * A COPY-only Dockerfile: a base image, the artifacts copied onto it and the image's metadata.
 * Anything that runs during the image build (RUN, COPY --from a build stage, ADD of a URL) is
 * work the runner should have done where it is cached, and each COPY must copy declared
 * artifacts, because the image is built from a context that holds nothing else.
 */

/** Instructions that only set metadata or copy files from the context. */
const ALLOWED = new Set([
  ...['FROM', 'COPY', 'ADD', 'WORKDIR', 'ENV', 'ARG', 'LABEL', 'EXPOSE', 'USER'],
  ...['CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'STOPSIGNAL', 'SHELL', 'VOLUME'],
]);
const KNOWN = new Set([...ALLOWED, 'RUN', 'ONBUILD', 'MAINTAINER']);
const URL = /^[a-z][a-z0-9+.-]*:\/\//i;
const GIT = /^git@|\.git(?:#.*)?$/;
const GLOB = /[*?[]/;

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

export async function checkDockerfile(target: TargetConfig): Promise<Finding[]> {
  let text: string;
  try {
    text = await readFile(target.dockerfile, 'utf8');
  } catch {
    return [
      error(
        'dockerfile',
        `The Dockerfile ${target.dockerfile} of target \`${target.name}\` does not exist; create it or set \`dockerfile\` to its path (relative to the context).`,
        target.locations.dockerfile ?? target.locations[''],
      ),
    ];
  }
  return checkDockerfileText(text, target, contextView(target.context));
}

export function checkDockerfileText(text: string, target: TargetConfig, view: ContextView): Finding[] {
  const parsed = parseDockerfile(text);
  const checker = new Checker(parsed, target, view);
  return checker.run();
}

class Checker {
  private readonly findings: Finding[] = [];
  private readonly stages: string[] = [];
  private readonly globalArgs: Record<string, string | undefined> = {};
  private scope: Record<string, string | undefined> = {};
  private readonly file: string;
  private readonly name: string;

  constructor(
    private readonly parsed: ParsedDockerfile,
    private readonly target: TargetConfig,
    private readonly view: ContextView,
  ) {
    this.file = target.dockerfile;
    this.name = path.relative(target.context, target.dockerfile).split(path.sep).join('/') || path.basename(target.dockerfile);
  }

  run(): Finding[] {
    for (const problem of this.parsed.problems ?? []) this.error(problem.line, `${problem.message}; docker build would refuse the file.`);
    if (!this.parsed.instructions.some((i) => i.keyword === 'FROM')) {
      this.error(undefined, 'has no FROM: a COPY-only Dockerfile starts FROM the base image the artifacts are copied onto.');
    }
    for (const ins of this.parsed.instructions) this.instruction(ins);
    return this.findings;
  }

  private instruction(ins: Instruction): void {
    if (!KNOWN.has(ins.keyword)) {
      this.error(ins.line, `\`${ins.keyword}\` is not a Dockerfile instruction (a typo?).`);
      return;
    }
    if (this.stages.length === 0 && ins.keyword !== 'ARG' && ins.keyword !== 'FROM') {
      this.error(ins.line, `\`${ins.keyword}\` comes before the first FROM, where only ARG may stand; docker build would refuse the file.`);
      return;
    }
    switch (ins.keyword) {
      case 'ARG':
        return this.arg(ins);
      case 'ENV':
        return this.env(ins);
      case 'FROM':
        return this.from(ins);
      case 'COPY':
      case 'ADD':
        return this.copy(ins);
      case 'RUN':
        return this.runInstruction(ins);
      case 'ONBUILD':
        this.error(ins.line, 'ONBUILD is not allowed: it runs steps in the build of every image FROM this one, which defeats a COPY-only build. Remove it.');
        return;
      case 'MAINTAINER':
        this.warn(ins.line, 'MAINTAINER is deprecated; use `LABEL org.opencontainers.image.authors="..."` instead.');
        return;
    }
  }

  private arg(ins: Instruction): void {
    for (const word of splitWords(ins.args, this.parsed.escape)) {
      const eq = word.indexOf('=');
      const name = eq < 0 ? word : word.slice(0, eq);
      const value = this.target.buildArgs[name] ?? (eq < 0 ? this.globalArgs[name] : expandVariables(word.slice(eq + 1), this.scope));
      if (this.stages.length === 0) this.globalArgs[name] = value;
      else this.scope[name] = value;
    }
  }

  private env(ins: Instruction): void {
    const words = splitWords(ins.args, this.parsed.escape);
    // the legacy form `ENV NAME value with spaces`
    if (words[0] && !words[0].includes('=')) {
      this.scope[words[0]] = expandVariables(words.slice(1).join(' '), this.scope);
      return;
    }
    for (const word of words) {
      const eq = word.indexOf('=');
      if (eq > 0) this.scope[word.slice(0, eq)] = expandVariables(word.slice(eq + 1), this.scope);
    }
  }

  private from(ins: Instruction): void {
    const words = splitWords(ins.args, this.parsed.escape);
    if (words[1]?.toUpperCase() === 'AS' && words[2]) this.stages.push(words[2].toLowerCase());
    else this.stages.push(`#${this.stages.length}`);
    // each stage starts with the platform ARGs BuildKit predefines, nothing else
    this.scope = this.platformArgs();
  }

  private platformArgs(): Record<string, string> {
    const platform = this.target.platforms[0] ?? 'linux/amd64';
    const [os = 'linux', arch = 'amd64', variant = ''] = platform.split('/');
    return { TARGETPLATFORM: platform, TARGETOS: os, TARGETARCH: arch, TARGETVARIANT: variant, BUILDPLATFORM: platform, BUILDOS: os, BUILDARCH: arch };
  }

  private runInstruction(ins: Instruction): void {
    if (this.target.allowRun) return;
    const command = redactSecrets(ins.json ? ins.json.join(' ') : ins.args).replace(/\s+/g, ' ').trim();
    const shown = command.length > 60 ? `${command.slice(0, 57)}...` : command;
    this.error(
      ins.line,
      `\`RUN ${shown}\` runs inside the image build, which a COPY-only Dockerfile leaves out: do that work on the runner, where it is cached. ` +
        `Move it into the target's \`build\` commands (they run in the context before the image is built) and COPY its output as an artifact, ` +
        `or set \`allow-run: true\` on target \`${this.target.name}\` to keep it (e.g. a \`RUN apk add --no-cache tini\` for an OS package).`,
    );
  }

  private copy(ins: Instruction): void {
    const spec = copySpec(ins, this.parsed.escape);
    const from = ins.flags.from === undefined ? undefined : expandVariables(ins.flags.from, this.scope);
    if (from !== undefined) {
      if (this.isStage(from)) {
        this.error(
          ins.line,
          `\`${ins.keyword} --from=${from}\` copies from a build stage, and a build stage is a build inside the image build. ` +
            `Build that output on the runner instead (the target's \`build\` commands), declare it as an artifact and COPY it from the context.`,
        );
      }
      // --from=<image> copies from another image: nothing runs and nothing comes from the context
      return;
    }
    if (spec.sources.length === 0) {
      this.error(ins.line, `\`${ins.keyword}\` needs a source and a destination.`);
      return;
    }
    for (const raw of spec.sources) {
      if (isHeredocSource(raw, ins)) continue;
      const source = expandVariables(raw, this.scope);
      if (URL.test(source) || (ins.keyword === 'ADD' && GIT.test(source))) {
        this.error(
          ins.line,
          `\`${ins.keyword} ${source}\` downloads during the image build. Fetch it on the runner in a build command (where it can be cached and checked), ` +
            `declare the result as an artifact and COPY it.`,
        );
        continue;
      }
      this.source(ins, source);
    }
  }

  /** BuildKit's rule: a stage's name or index refers to the stage, anything else is an image. */
  private isStage(from: string): boolean {
    return /^\d+$/.test(from) || this.stages.slice(0, -1).includes(from.toLowerCase());
  }

  /** One COPY/ADD source, relative to the context root (a leading / or ../ cannot leave it). */
  private source(ins: Instruction, source: string): void {
    const rel = contextRelative(source);
    if (rel === '.') return;
    const artifacts = this.target.artifacts;
    const declared = `declared artifacts: ${artifacts.join(', ')}`;
    if (GLOB.test(rel)) {
      const matched = globContext(this.view, rel);
      if (matched.length === 0) {
        this.error(ins.line, `\`${ins.keyword} ${source}\` matches nothing in the context (${declared}); docker build would fail.`);
        return;
      }
      const strays = matched.filter((m) => !artifacts.some((a) => isWithin(m, a) || isWithin(a, m)));
      if (strays.length > 0) {
        this.error(
          ins.line,
          `\`${ins.keyword} ${source}\` also matches ${listSome(strays)}, which ${strays.length === 1 ? 'is not an artifact' : 'are not artifacts'}: the image is built from the artifacts alone, ` +
            `so ${strays.length === 1 ? 'it' : 'they'} would be missing. Add ${strays.length === 1 ? 'it' : 'them'} to \`artifacts\` or narrow the pattern (${declared}).`,
        );
      }
      return;
    }
    const container = artifacts.find((a) => isWithin(rel, a));
    if (container) {
      if (container !== rel && this.view.kind(container) && !this.view.kind(rel)) {
        this.error(ins.line, `\`${ins.keyword} ${source}\`: there is no ${rel} inside the artifact ${container}; docker build would fail. Check the path against the build output.`);
      }
      return;
    }
    // a parent of artifacts copies the artifacts below it, as `.` copies them all
    if (artifacts.some((a) => isWithin(a, rel))) return;
    this.error(
      ins.line,
      `\`${ins.keyword} ${source}\` copies ${rel}, which is not a declared artifact of target \`${this.target.name}\` (${declared}). ` +
        `The image is built from the artifacts alone: add ${rel} to \`artifacts\` or copy the build output instead.`,
    );
  }

  private error(line: number | undefined, message: string): void {
    this.findings.push(error('dockerfile', this.prefix(line, message), line === undefined ? { file: this.file } : { file: this.file, line }));
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

function isWithin(child: string, parent: string): boolean {
  return child === parent || child.startsWith(`${parent}/`);
}

/** The context paths a COPY wildcard matches, segment by segment as Go's filepath.Match does. */
export function globContext(view: ContextView, pattern: string): string[] {
  let current = [''];
  for (const segment of pattern.split('/')) {
    const next: string[] = [];
    for (const dir of current) {
      if (!GLOB.test(segment)) {
        const candidate = dir ? `${dir}/${segment}` : segment;
        if (view.kind(candidate)) next.push(candidate);
        continue;
      }
      const re = segmentRegExp(segment);
      for (const name of view.list(dir || '.')) if (re.test(name)) next.push(dir ? `${dir}/${name}` : name);
    }
    current = next;
  }
  return current.sort();
}

function segmentRegExp(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '\\' && i + 1 < segment.length) re += `\\${segment[++i]}`;
    else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        re += `[${segment.slice(i + 1, end)}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 's');
}
