/**
 * What must be undone when the run is interrupted (SIGINT, SIGTERM): the process groups of the
 * commands still running, a smoke-test container, the run's temp directory. Whoever starts
 * such a thing registers its undo here and disposes of it once the thing is gone on its own;
 * the glue (action, CLI) calls `interrupted` from its signal handler.
 */
type Undo = () => void | Promise<void>;

const pending = new Set<Undo>();
/** process groups of running commands (their leaders' pids) */
const groups = new Set<number>();

export function onInterrupt(undo: Undo): () => void {
  pending.add(undo);
  return () => {
    pending.delete(undo);
  };
}

export function trackProcessGroup(pid: number): () => void {
  groups.add(pid);
  return () => {
    groups.delete(pid);
  };
}

/** Kills every running command's process group, then runs the undos, newest first; never throws. */
export async function interrupted(signal: NodeJS.Signals, timeoutMs = 20_000): Promise<void> {
  for (const pid of groups) {
    try {
      // the negative pid is the whole group: the command and everything it started
      process.kill(-pid, signal === 'SIGINT' ? 'SIGINT' : 'SIGTERM');
    } catch {
      // the group is gone already
    }
  }
  const undos = [...pending].reverse();
  pending.clear();
  const all = (async () => {
    for (const undo of undos) {
      try {
        await undo();
      } catch {
        // best effort: the next one may still work
      }
    }
  })();
  await Promise.race([all, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

/** The exit status of a process ended by `signal`, as a shell reports it: 128 + the signal's number. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 130 : 143;
}

/** the exit status of a stop under way, once its cleanup is done */
let stopping: Promise<number> | undefined;

/**
 * The status the process exits with: a run that ends while a signal's cleanup is under way (the
 * killed command fails its phase, and the pipeline returns) waits for that cleanup and exits with
 * the signal's status, not with the failure the signal caused.
 */
export async function exitStatus(code: number): Promise<number> {
  return stopping ? await stopping : code;
}

/**
 * For the glue: on SIGINT or SIGTERM, say so, undo what is registered and exit with the
 * signal's status. A second signal while cleaning up exits at once.
 */
export function exitOnSignals(say: (message: string) => void): void {
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(signalExitCode(signal));
    say(`${signal}: stopping the running commands, removing the smoke-test container and temporary files`);
    stopping = interrupted(signal).then(() => signalExitCode(signal));
    void stopping.then((code) => process.exit(code));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
