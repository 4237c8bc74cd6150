import { describe, expect, it } from 'vitest';
import type { EngineDeps, ImageBuildRequest, ImageEngine } from '../../src/engines/engine.js';
import { createRunner } from '../../src/exec.js';
import { interrupted } from '../../src/interrupt.js';
import { MemoryLogger } from '../../src/log.js';
import type { PipelineDeps, TargetState } from '../../src/pipeline/context.js';
import type { BuiltTargetImage } from '../../src/phases/image.js';
import { endUploadAhead, startUploadAhead } from '../../src/phases/push.js';

/** An engine whose upload ahead only records that it was cancelled. */
function engine(cancelled: string[]): ImageEngine {
  return {
    name: 'oci',
    build: () => Promise.reject(new Error('not built here')),
    push: () => Promise.reject(new Error('not pushed here')),
    uploadAhead: (request: ImageBuildRequest, _deps: EngineDeps) => ({
      cancel: async () => {
        cancelled.push(request.target);
      },
    }),
  };
}

function target(): TargetState {
  const logger = new MemoryLogger();
  // the upload ahead reads only these
  return { logger, run: createRunner(logger) } as unknown as TargetState;
}

function built(name: string): BuiltTargetImage {
  const tags = [`localhost:5000/${name}:latest`];
  return { kind: 'built', request: { target: name, tags } as ImageBuildRequest, built: { runnable: true }, tags };
}

describe('the upload ahead of a push', () => {
  it('an interrupt cancels it', async () => {
    const cancelled: string[] = [];
    const state = target();
    startUploadAhead(state, built('api'), { engine: engine(cancelled), tempDir: '/tmp' } as PipelineDeps);
    expect(state.uploadAhead).toBeDefined();
    await interrupted('SIGINT', 5_000);
    expect(cancelled).toEqual(['api']);
  });

  it('once ended, an interrupt no longer reaches it', async () => {
    const cancelled: string[] = [];
    const state = target();
    startUploadAhead(state, built('web'), { engine: engine(cancelled), tempDir: '/tmp' } as PipelineDeps);
    await endUploadAhead(state);
    expect(state.uploadAhead).toBeUndefined();
    await interrupted('SIGINT', 5_000);
    expect(cancelled).toEqual(['web']);
  });

  it('an engine that pushes in one piece uploads nothing ahead', () => {
    const state = target();
    const whole: ImageEngine = {
      name: 'docker',
      build: () => Promise.reject(new Error('no')),
      push: () => Promise.reject(new Error('no')),
    };
    startUploadAhead(state, built('worker'), { engine: whole, tempDir: '/tmp' } as PipelineDeps);
    expect(state.uploadAhead).toBeUndefined();
  });
});
