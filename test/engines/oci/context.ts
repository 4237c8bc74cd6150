import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDockerfile } from '../../../src/dockerfile/parse.js';
import { evaluateStage, type CopyStep, type EvaluatedStage } from '../../../src/engines/oci/evaluate.js';
import type { ContainerConfig } from '../../../src/engines/oci/image-config.js';
import { readCopyOnlyDockerfile } from '../../../src/engines/oci/instructions.js';
import { parsePlatform } from '../../../src/engines/oci/platform.js';

/** A file in a test context: its content, or content with a mode, or a symlink. */
export type ContextFile = string | Buffer | { content: string; mode: number } | { symlink: string };

/** Writes a build context into a fresh temp dir. */
export function writeContext(files: Record<string, ContextFile>): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'adb-oci-ctx-'));
  for (const [rel, spec] of Object.entries(files)) {
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    if (typeof spec === 'string' || Buffer.isBuffer(spec)) writeFileSync(full, spec);
    else if ('symlink' in spec) symlinkSync(spec.symlink, full);
    else {
      writeFileSync(full, spec.content);
      chmodSync(full, spec.mode);
    }
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const AMD64 = parsePlatform('linux/amd64');

/** Evaluates a Dockerfile's stage for linux/amd64 over an optional base config. */
export function stageOf(
  text: string,
  options: { buildArgs?: Record<string, string>; base?: ContainerConfig } = {},
): EvaluatedStage {
  const dockerfile = readCopyOnlyDockerfile(parseDockerfile(text), 'Dockerfile');
  return evaluateStage(
    { dockerfile, buildArgs: options.buildArgs ?? {}, platform: AMD64, buildPlatform: AMD64 },
    options.base,
  );
}

/** The COPY/ADD steps of a Dockerfile, in order. */
export function copySteps(text: string): CopyStep[] {
  return stageOf(text).steps.flatMap((s) => (s.kind === 'layer' ? [s.copy] : []));
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error: unknown) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}
