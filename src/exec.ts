import * as actionsExec from '@actions/exec';
import { CommandError } from './errors.js';
import type { Logger } from './log.js';

export interface RunOptions {
  cwd?: string;
  /** added to the inherited environment */
  env?: Record<string, string | undefined>;
  /** written to the command's stdin */
  input?: string;
  /** keep the output to the result instead of logging it line by line */
  quiet?: boolean;
  /** return the result for a non-zero exit instead of throwing */
  allowFailure?: boolean;
  /** how the command is shown in logs and errors, when argv would leak or mislead */
  display?: string;
}

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs one argv; the only way the core starts processes, so tests and logs see every command. */
export type Runner = (argv: readonly string[], options?: RunOptions) => Promise<CommandResult>;

const TAIL_LINES = 30;

/** The shell a user's command line (build, install, prune) runs in. */
export function shellArgv(command: string): string[] {
  return process.platform === 'win32' ? ['cmd.exe', '/d', '/s', '/c', command] : ['sh', '-c', command];
}

export function displayArgv(argv: readonly string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

export function tailOf(text: string, lines = TAIL_LINES): string {
  const all = text.replace(/\s+$/, '').split('\n');
  return all.slice(-lines).join('\n');
}

export function createRunner(logger: Logger): Runner {
  return async (argv, options = {}) => {
    const [tool, ...args] = argv;
    if (!tool) throw new Error('empty command');
    const display = options.display ?? (argv[0] === 'sh' && argv[1] === '-c' ? argv[2]! : displayArgv(argv));
    logger.info(`$ ${display}`);
    let stdout = '';
    let stderr = '';
    // both streams in arrival order, for the tail shown on failure
    let combined = '';
    const started = performance.now();
    const env = options.env ? mergeEnv(options.env) : undefined;
    let code: number;
    try {
      code = await actionsExec.exec(tool, args, {
        cwd: options.cwd,
        env,
        input: options.input === undefined ? undefined : Buffer.from(options.input),
        silent: true,
        ignoreReturnCode: true,
        windowsVerbatimArguments: tool === 'cmd.exe',
        listeners: {
          stdout: (data) => {
            stdout += data.toString();
          },
          stderr: (data) => {
            stderr += data.toString();
          },
          stdline: (line) => {
            combined += `${line}\n`;
            if (!options.quiet) logger.info(line);
          },
          errline: (line) => {
            combined += `${line}\n`;
            if (!options.quiet) logger.info(line);
          },
        },
      });
    } catch (error: unknown) {
      // the tool could not be started at all (not on PATH, bad cwd)
      throw new CommandError(display, null, error instanceof Error ? error.message : String(error), { cause: error });
    }
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0 && !options.allowFailure) throw new CommandError(display, code, tailOf(combined), { seconds });
    return { code, stdout, stderr, seconds };
  };
}

function mergeEnv(extra: Record<string, string | undefined>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...extra })) if (v !== undefined) env[k] = v;
  return env;
}
