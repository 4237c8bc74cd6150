import { loadConfig } from '../config/load.js';
import { detectCapabilities, probeBuildxWithRunner } from '../engines/detect.js';
import { formatPlatform, runnerPlatform } from '../engines/oci/platform.js';
import { selectEngine } from '../engines/select.js';
import { exitCodeOf, messageOf } from '../errors.js';
import { workTreeRoot } from '../git/read.js';
import { createRunner } from '../exec.js';
import { MemoryLogger } from '../log.js';
import { checkJson, checkText, runCheck } from '../pipeline/check.js';
import { ociBlockers, preflightRegistry } from '../setup.js';
import { CHECK_USAGE, parseCheckArgs } from './args.js';
import { StderrLogger } from './logger.js';

/** `check`: the preflight alone; findings at file:line:column on stdout, or JSON with --json. */
export async function checkCommand(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const logger = new StderrLogger(false);
  try {
    const options = parseCheckArgs(argv);
    if (options.help) {
      process.stdout.write(`${CHECK_USAGE}\n`);
      return 0;
    }
    const config = loadConfig(options.config);
    // the probes are plumbing here, not steps a reader follows
    const quiet = options.verbose ? logger : new MemoryLogger();
    const run = createRunner(quiet);
    const caps = await detectCapabilities(run, () => probeBuildxWithRunner(run));
    const engine = selectEngine(options.engine === 'auto' ? (config.engine ?? 'auto') : options.engine, caps, {
      ociCannot: await ociBlockers(config.targets),
      buildCache: config.targets.some((t) => t.cacheFrom || t.cacheTo),
    });
    const repositoryRoot = (await workTreeRoot(run, config.dir)) ?? config.dir;
    const result = await runCheck(
      { config, targets: options.targets, push: options.push, repositoryRoot },
      {
        engine: engine.name,
        daemon: caps.daemon,
        buildPlatform: formatPlatform(runnerPlatform(process.arch)),
        run,
        registry: preflightRegistry(run, quiet, env.DOCKER_CONFIG || undefined),
      },
    );
    if (options.json) process.stdout.write(checkJson(result));
    else process.stdout.write(`${checkText(result).join('\n')}\n`);
    return result.exitCode;
  } catch (error: unknown) {
    logger.error(messageOf(error));
    return exitCodeOf(error);
  }
}
