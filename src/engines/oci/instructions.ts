import { BuildError } from '../../errors.js';
import type { Instruction, ParsedDockerfile } from '../../dockerfile/parse.js';

/**
 * A Dockerfile the oci engine can build: one stage of config instructions and COPY/ADD of
 * files from the context. Checked as a whole before anything is fetched, so a RUN on line
 * 40 fails the build at once, naming the line, instead of after the base image was pulled.
 */
export interface CopyOnlyDockerfile {
  /** how the file is named in errors (its name, not the staged temp path) */
  file: string;
  escape: string;
  /** ARGs before FROM: they may be used in FROM */
  globalArgs: Instruction[];
  from: Instruction;
  body: Instruction[];
}

/** Instructions that only change the image config (or add a COPY/ADD layer). */
const SUPPORTED = new Set([
  'ARG',
  'ENV',
  'LABEL',
  'WORKDIR',
  'USER',
  'EXPOSE',
  'VOLUME',
  'CMD',
  'ENTRYPOINT',
  'HEALTHCHECK',
  'STOPSIGNAL',
  'SHELL',
  'MAINTAINER',
  'COPY',
  'ADD',
]);
const KNOWN = new Set([...SUPPORTED, 'FROM', 'RUN', 'ONBUILD']);
const COPY_FLAGS = new Set(['chown', 'chmod', 'link']);
const REMOTE_SOURCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;
const WHY = 'the oci engine builds COPY-only images without a Docker daemon';

export function dockerfileError(file: string, line: number, message: string): BuildError {
  return new BuildError(`${file}:${line}: ${message}`);
}

export function readCopyOnlyDockerfile(parsed: ParsedDockerfile, file: string): CopyOnlyDockerfile {
  const problem = parsed.problems?.[0];
  if (problem) throw dockerfileError(file, problem.line, problem.message);
  const globalArgs: Instruction[] = [];
  const body: Instruction[] = [];
  let from: Instruction | undefined;
  for (const ins of parsed.instructions) {
    if (!KNOWN.has(ins.keyword)) throw dockerfileError(file, ins.line, `unknown instruction ${ins.keyword}`);
    if (ins.keyword === 'FROM') {
      if (from) {
        throw dockerfileError(
          file,
          ins.line,
          `a second FROM: multi-stage builds are not supported (${WHY}); build the artifacts on the runner and COPY them, or use engine buildx or docker`,
        );
      }
      checkFrom(ins, file);
      from = ins;
    } else if (!from) {
      if (ins.keyword !== 'ARG')
        throw dockerfileError(file, ins.line, `${ins.keyword} before FROM: only ARG may come before the first FROM`);
      globalArgs.push(ins);
    } else {
      checkInstruction(ins, file);
      body.push(ins);
    }
  }
  if (!from) throw new BuildError(`${file}: no FROM instruction`);
  return { file, escape: parsed.escape, globalArgs, from, body };
}

function checkFrom(ins: Instruction, file: string): void {
  for (const flag of Object.keys(ins.flags)) {
    if (flag !== 'platform') throw dockerfileError(file, ins.line, `FROM --${flag} is not supported`);
  }
}

function checkInstruction(ins: Instruction, file: string): void {
  switch (ins.keyword) {
    case 'RUN':
      throw dockerfileError(
        file,
        ins.line,
        `RUN is not supported (${WHY}); run the step on the runner (a build command) and COPY its output, or use engine buildx or docker`,
      );
    case 'ONBUILD':
      throw dockerfileError(file, ins.line, `ONBUILD is not supported (${WHY})`);
    case 'COPY':
    case 'ADD':
      checkCopy(ins, file);
      break;
    case 'SHELL':
      if (!ins.json)
        throw dockerfileError(file, ins.line, 'SHELL requires the JSON form, e.g. SHELL ["/bin/sh", "-c"]');
      break;
  }
}

function checkCopy(ins: Instruction, file: string): void {
  if (ins.flags.from !== undefined) {
    throw dockerfileError(
      file,
      ins.line,
      `${ins.keyword} --from is not supported (${WHY}, so there is no other stage or image to copy from); COPY the files from the context instead`,
    );
  }
  for (const flag of Object.keys(ins.flags)) {
    if (!COPY_FLAGS.has(flag))
      throw dockerfileError(file, ins.line, `${ins.keyword} --${flag} is not supported by the oci engine`);
  }
  if (ins.heredocs)
    throw dockerfileError(
      file,
      ins.line,
      `${ins.keyword} with a here-document is not supported by the oci engine; put the file in the artifacts and COPY it`,
    );
  if (ins.keyword === 'ADD') {
    const words = ins.nodes;
    const remote = words.slice(0, -1).find((w) => REMOTE_SOURCE.test(w));
    if (remote)
      throw dockerfileError(
        file,
        ins.line,
        `ADD ${remote}: remote sources are not supported (${WHY} and without network access at build time); download the file on the runner and COPY it`,
      );
  }
}

/** Whether a COPY/ADD source names something outside the context (after variable expansion). */
export function isRemoteSource(source: string): boolean {
  return REMOTE_SOURCE.test(source);
}

/** The instruction as written (flags included), for the image's history. */
export function instructionText(ins: Instruction): string {
  const flags = Object.entries(ins.flags).map(([k, v]) => (v === 'true' ? `--${k}` : `--${k}=${v}`));
  return [ins.keyword, ...flags, ins.args].filter((p) => p !== '').join(' ');
}
