import { UsageError } from '../errors.js';
import type { RunResult } from './model.js';
import { imagesOutput, timingsOutput, type ImagesOutput, type TimingsOutput } from './outputs.js';

/**
 * One run's result as a file: the `images` and `timings` outputs as the action sets them and
 * the CLI's --json prints them, plus `run`, the full record they were computed from (phases with
 * their start and end, statuses, errors, the engine), which a report merging several jobs needs
 * to draw one timeline.
 */

const RESULT_FORMAT = 'artifact-docker-build/result@1';

export interface ResultDocument {
  format: typeof RESULT_FORMAT;
  images: ImagesOutput;
  timings: TimingsOutput;
  run: RunResult;
}

export function resultDocument(run: RunResult): ResultDocument {
  return { format: RESULT_FORMAT, images: imagesOutput(run), timings: timingsOutput(run), run };
}

/** `result-build-api-web.json`: unique per job of a matrix, readable in a list of artifacts. */
export function resultFileName(job: string | undefined, run: RunResult): string {
  const parts = [job || 'run', ...run.targets.map((t) => t.name)].map((p) => p.replace(/[^\w.-]+/g, '_'));
  const name = parts.join('-').slice(0, 120);
  return `result-${name}.json`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A result file's run, checked enough that a wrong file is named, not half-rendered. */
export function readResultDocument(text: string, file: string): RunResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error: unknown) {
    throw new UsageError(
      `${file} is not JSON (${error instanceof Error ? error.message : String(error)}); pass the result files the build jobs wrote (output result-file, or --json)`,
    );
  }
  if (!isRecord(doc) || !isRecord(doc.run)) {
    throw new UsageError(
      `${file} is not a result of artifact-docker-build: it has no "run" record; pass the files the build jobs wrote (output result-file, or the CLI's --json)`,
    );
  }
  const run = doc.run;
  if (
    typeof run.startedAt !== 'string' ||
    Number.isNaN(Date.parse(run.startedAt)) ||
    typeof run.seconds !== 'number' ||
    !Array.isArray(run.targets)
  ) {
    throw new UsageError(`${file}: the "run" record lacks startedAt, seconds or targets`);
  }
  for (const t of run.targets as unknown[]) {
    if (
      !isRecord(t) ||
      typeof t.name !== 'string' ||
      typeof t.start !== 'number' ||
      typeof t.end !== 'number' ||
      !Array.isArray(t.phases)
    ) {
      throw new UsageError(`${file}: a target in "run" lacks its name, start, end or phases`);
    }
  }
  return run as unknown as RunResult;
}
