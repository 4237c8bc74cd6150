import { exitCodeOf, messageOf } from '../errors.js';
import { parseCliArgs, USAGE, type CliOptions } from './args.js';
import { StderrLogger } from './logger.js';
import packageJson from '../../package.json' with { type: 'json' };

type Command = (argv: readonly string[], env: NodeJS.ProcessEnv) => Promise<number>;

/**
 * Subcommands by their first argument; anything else (flags, or nothing) is the build. Each is
 * loaded when asked for: `plan` or `report` does not pay for compiling the build's engines and
 * cache clients, and `--help` compiles nothing but the argument parser.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  build: async () => build,
  check: async () => (await import('./check.js')).checkCommand,
  plan: async () => (await import('./plan.js')).planCommand,
  report: async () => (await import('./report.js')).reportCommand,
};

/** The CLI: a subcommand, or flags → pipeline → table or JSON; returns the exit status. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const load = argv[0] !== undefined && Object.hasOwn(COMMANDS, argv[0]) ? COMMANDS[argv[0]]! : undefined;
  return load ? (await load())(argv.slice(1), env) : build(argv, env);
}

/** The build's flags; help and version answer before the pipeline's code is loaded. */
async function build(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error: unknown) {
    new StderrLogger(false).error(messageOf(error));
    return exitCodeOf(error);
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${packageJson.version}\n`);
    return 0;
  }
  const { buildCommand } = await import('./build.js');
  return buildCommand(options, env);
}
