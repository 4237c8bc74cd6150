import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImageBuildRequest } from '../../src/engines/engine.js';
import { GateError } from '../../src/errors.js';
import type { Runner } from '../../src/exec.js';
import { MemoryLogger } from '../../src/log.js';
import type { PipelineDeps, TargetState } from '../../src/pipeline/context.js';
import type { BuiltTargetImage } from '../../src/phases/image.js';
import { smoke } from '../../src/phases/smoke.js';

const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

/** A free port on 127.0.0.1: bound, read, released. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * The docker CLI as the smoke test sees it, with the container played by an HTTP server that
 * starts answering `answersAfterMs` after `docker run`, or a container that exits at once.
 */
function fakeDocker(port: number, container: { answersAfterMs: number } | { exitsWith: number }) {
  const inspects: number[] = [];
  const started = Date.now();
  const run: Runner = async (argv) => {
    const ok = { code: 0, stdout: '', stderr: '', seconds: 0 };
    if (argv[1] === 'run' && 'answersAfterMs' in container) {
      setTimeout(() => {
        const server = createServer((_req, res) => res.end('ok'));
        servers.push(server);
        server.listen(port, '127.0.0.1');
      }, container.answersAfterMs);
    }
    if (argv[1] === 'inspect') {
      inspects.push(Date.now() - started);
      return { ...ok, stdout: 'exitsWith' in container ? `false ${container.exitsWith}\n` : 'true 0\n' };
    }
    return ok;
  };
  return { run, inspects };
}

function target(port: number, run: Runner): TargetState {
  const logger = new MemoryLogger();
  // the smoke test reads only these
  return {
    logger,
    run,
    target: { name: 'web', smoke: { port, path: '/', timeout: 10, env: {} }, locations: {} },
  } as unknown as TargetState;
}

const image: BuiltTargetImage = {
  kind: 'built',
  request: { target: 'web', tags: ['localhost:5000/web:latest'] } as ImageBuildRequest,
  built: { runnable: true, id: 'sha256:abc' },
  tags: ['localhost:5000/web:latest'],
};
const deps = { clock: () => performance.now() / 1000 } as PipelineDeps;

describe('the smoke test', () => {
  it('counts an answer only once it has seen the container still running, and asks that once per half second at most', async () => {
    const port = await freePort();
    const docker = fakeDocker(port, { answersAfterMs: 1_200 });
    const outcome = await smoke(target(port, docker.run), image, deps);
    expect(outcome).toMatchObject({ status: 'ok' });
    // the app's start, apart from docker's: the server above answers 1.2 s after `docker run`
    const after = Number(
      /answered 200, ([\d.]+) s after the container started$/.exec((outcome as { detail?: string }).detail ?? '')?.[1],
    );
    expect(after).toBeGreaterThanOrEqual(1.2);
    expect(after).toBeLessThan(10);
    // polls every few milliseconds at first, but `docker inspect` (a process each) runs on a
    // half-second rhythm while nothing answers, and once more after the answer
    expect(docker.inspects.length).toBeGreaterThanOrEqual(1);
    expect(docker.inspects.length).toBeLessThanOrEqual(4);
    expect(docker.inspects.at(-1)!).toBeGreaterThanOrEqual(1_200);
  });

  it('fails on a container that exited before anything answered, with its exit code', async () => {
    const port = await freePort();
    const docker = fakeDocker(port, { exitsWith: 3 });
    const failure = await smoke(target(port, docker.run), image, deps).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GateError);
    expect((failure as Error).message).toContain('the container exited (code 3)');
  });
});
