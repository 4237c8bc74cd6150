import { spawn } from 'node:child_process';
import { CommandError } from './errors.js';
import { trackProcessGroup } from './interrupt.js';
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
  const all = withoutNpmUsage(text.replace(/\s+$/, '').split('\n'));
  return all.slice(-lines).join('\n');
}

/**
 * npm ends an EUSAGE failure (`npm ci` over a lockfile out of sync with package.json, an unknown
 * flag) with some 80 lines of the command's help, which would fill the whole tail and push out
 * the lines that say what is wrong. The help block, from its one-line description before
 * `Usage:` to `Run "npm help <cmd>" for more info`, is replaced by one line.
 */
function withoutNpmUsage(all: string[]): string[] {
  const usage = all.findIndex((l) => /^npm (?:error|ERR!) Usage:\s*$/.test(l));
  if (usage < 0) return all;
  const end = all.findIndex(
    (l, i) => i > usage && /^npm (?:error|ERR!) Run "npm help [^"]*" for more info\s*$/.test(l),
  );
  if (end < 0) return all;
  let start = usage;
  // the command's description and the empty npm line after it belong to the help
  if (start >= 2 && /^npm (?:error|ERR!)\s*$/.test(all[start - 1]!) && /^npm (?:error|ERR!) \S/.test(all[start - 2]!))
    start -= 2;
  return [
    ...all.slice(0, start),
    `npm error (npm's help for the command, ${end - start + 1} lines, left out)`,
    ...all.slice(end + 1),
  ];
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
    const env = options.env ? mergeEnv(options.env) : process.env;
    const line = (text: string): void => {
      combined += `${text}\n`;
      if (!options.quiet) logger.info(text);
    };
    const outLines = lineSplitter(line);
    const errLines = lineSplitter(line);
    let code: number | null;
    try {
      code = await new Promise<number | null>((resolve, reject) => {
        // a process group of its own, so an interrupt can end the command and all it started
        const child = spawn(tool, args, {
          cwd: options.cwd,
          env,
          detached: process.platform !== 'win32',
          windowsVerbatimArguments: tool === 'cmd.exe',
          stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const untrack =
          child.pid !== undefined && process.platform !== 'win32' ? trackProcessGroup(child.pid) : () => undefined;
        child.stdout!.on('data', (data: Buffer) => {
          stdout += data.toString();
          outLines.push(data.toString());
        });
        child.stderr!.on('data', (data: Buffer) => {
          stderr += data.toString();
          errLines.push(data.toString());
        });
        if (options.input !== undefined) {
          // a command that exits before reading all of its input is not an error of ours
          child.stdin!.on('error', () => undefined);
          child.stdin!.end(options.input);
        }
        child.on('error', (error) => {
          untrack();
          reject(error);
        });
        child.on('close', (exitCode, signal) => {
          untrack();
          resolve(exitCode ?? (signal ? null : 0));
        });
      });
    } catch (error: unknown) {
      // the tool could not be started at all (not on PATH, bad cwd, an environment too large)
      throw new CommandError(display, null, error instanceof Error ? error.message : String(error), { cause: error });
    } finally {
      outLines.end();
      errLines.end();
    }
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0 && !options.allowFailure) throw new CommandError(display, code, tailOf(combined), { seconds });
    return { code: code ?? 128, stdout, stderr, seconds };
  };
}

/** Feeds whole lines to `onLine` as chunks arrive; `end` flushes a last line without its newline. */
function lineSplitter(onLine: (line: string) => void): { push(chunk: string): void; end(): void } {
  let rest = '';
  return {
    push(chunk) {
      const lines = (rest + chunk).split(/\r?\n/);
      rest = lines.pop()!;
      for (const l of lines) onLine(l);
    },
    end() {
      if (rest) onLine(rest);
      rest = '';
    },
  };
}

function mergeEnv(extra: Record<string, string | undefined>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...extra })) if (v !== undefined) env[k] = v;
  return env;
}
