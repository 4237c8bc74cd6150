import { randomBytes } from 'node:crypto';
import { GateError } from '../errors.js';
import { tailOf } from '../exec.js';
import { onInterrupt } from '../interrupt.js';
import type { PipelineDeps, TargetState } from '../pipeline/context.js';
import type { PhaseOutcome } from '../pipeline/timeline.js';
import type { BuiltTargetImage } from './image.js';
import { traceMissHint } from '../trace/miss.js';
import { NO_SMOKE } from '../report/figures.js';

/**
 * Polls start fast and back off: a server that is up in 200 ms is seen then, not at the next
 * half second, and one that takes a minute is not asked twenty times a second. Whether the
 * container still runs is asked (a `docker inspect`, a process of its own) only every
 * CHECK_RUNNING_MS and after an answer, not on every poll.
 */
const FIRST_POLL_MS = 50;
const MAX_POLL_MS = 500;
const CHECK_RUNNING_MS = 500;

/** GET once: the status, or undefined while nothing answers yet. */
async function answers(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: 'manual' });
    await response.body?.cancel();
    return response.status;
  } catch {
    return undefined;
  }
}

/**
 * Runs the built image on the host network and polls its health path until it answers 2xx:
 * a crash on start (a missing file, an addon for the wrong libc) is caught here, not in
 * production. The container is always removed.
 */
export async function smoke(state: TargetState, image: BuiltTargetImage, deps: PipelineDeps): Promise<PhaseOutcome> {
  const config = state.target.smoke;
  if (!config) return { status: 'skipped', detail: NO_SMOKE };
  if (!image.built.runnable) {
    state.logger.warning(
      'the smoke test needs the image in a Docker daemon; it was not loaded into one, so it is skipped',
    );
    return { status: 'skipped', detail: 'image not runnable here' };
  }
  const url = `http://127.0.0.1:${config.port}${config.path}`;
  if ((await answers(url)) !== undefined) {
    throw new GateError(
      `smoke test: something already answers on port ${config.port} of this machine; stop it or change smoke.port`,
      state.target.locations.smoke,
    );
  }
  const name = `adb-smoke-${state.target.name}-${randomBytes(4).toString('hex')}`;
  // values go through the environment (`-e NAME` without =) so they never show in the logged argv
  const env: Record<string, string> = { PORT: String(config.port), ...config.env };
  const argv = ['docker', 'run', '--detach', '--network', 'host', '--name', name];
  for (const key of Object.keys(env)) argv.push('--env', key);
  argv.push(image.built.id ?? image.tags[0]!);
  // an interrupt must not leave the container running (on the host network, holding the port)
  const disposeUndo = onInterrupt(async () => {
    await state.run(['docker', 'rm', '--force', '--volumes', name], { quiet: true, allowFailure: true });
  });
  try {
    await state.run(argv, { env, quiet: true });
    const started = deps.clock();
    const deadline = started + config.timeout;
    let last: number | undefined;
    let pause = FIRST_POLL_MS;
    let checked = Date.now();
    while (deps.clock() < deadline) {
      last = await answers(url);
      if (last === undefined && Date.now() - checked < CHECK_RUNNING_MS) {
        await new Promise((resolve) => setTimeout(resolve, pause));
        pause = Math.min(pause * 2, MAX_POLL_MS);
        continue;
      }
      checked = Date.now();
      // read after the answer: an answer only counts while our container still runs, else it
      // came from something else that took the port after the check above
      const running = await state.run(
        ['docker', 'inspect', '--format', '{{.State.Running}} {{.State.ExitCode}}', name],
        { quiet: true, allowFailure: true },
      );
      const exited = !running.stdout.startsWith('true');
      if (exited) {
        const code = running.code === 0 ? running.stdout.split(' ')[1]?.trim() : 'unknown: the container is gone';
        const answered =
          last !== undefined ? `; ${url} answered ${last}, so something else holds port ${config.port}` : '';
        throw new GateError(
          `smoke test: the container exited (code ${code}) before ${url} answered${answered}${await logsOf(state, name)}`,
          state.target.locations.smoke,
        );
      }
      if (last !== undefined && last >= 200 && last < 300) {
        const ran = image.built.runs ?? 'the image';
        // the app's own start, apart from docker's: what bounds this phase once the image is in
        const after = (deps.clock() - started).toFixed(1);
        return { status: 'ok', detail: `ran ${ran}: ${url} answered ${last}, ${after} s after the container started` };
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, MAX_POLL_MS);
    }
    throw new GateError(
      `smoke test: ${url} did not answer 2xx within ${config.timeout} s (last: ${last ?? 'no connection'})${await logsOf(state, name)}`,
      state.target.locations.smoke,
    );
  } finally {
    await state.run(['docker', 'rm', '--force', '--volumes', name], { quiet: true, allowFailure: true });
    disposeUndo();
  }
}

async function logsOf(state: TargetState, name: string): Promise<string> {
  const logs = await state.run(['docker', 'logs', '--tail', '40', name], { quiet: true, allowFailure: true });
  const text = tailOf(`${logs.stdout}${logs.stderr}`, 40);
  // a traced node_modules is the first suspect when a server that built fine will not start
  const hint = traceMissHint(text, state.target.trace);
  return text ? `; the container's last lines:\n${text}${hint}` : hint;
}
