import { loadConfig } from '../config/load.js';
import { exitCodeOf, messageOf } from '../errors.js';
import { createRunner } from '../exec.js';
import { MemoryLogger } from '../log.js';
import { matrixOf } from '../plan/affected.js';
import { describePlan, planSince } from '../plan/since.js';
import { parsePlanArgs, PLAN_USAGE } from './args.js';
import { StderrLogger } from './logger.js';

/** `plan`: the matrix on stdout, why each target is in it (or not) on stderr. */
export async function planCommand(argv: readonly string[]): Promise<number> {
  const logger = new StderrLogger(false);
  try {
    const options = parsePlanArgs(argv);
    if (options.help) {
      process.stdout.write(`${PLAN_USAGE}\n`);
      return 0;
    }
    const config = loadConfig(options.config);
    // the git commands are plumbing here, not steps a reader follows
    const run = createRunner(options.verbose ? logger : new MemoryLogger());
    const plan = await planSince(run, config, options.since, 'no --since: every target');
    for (const line of describePlan(plan)) logger.info(line);
    process.stdout.write(`${JSON.stringify(matrixOf(plan))}\n`);
    return 0;
  } catch (error: unknown) {
    logger.error(messageOf(error));
    return exitCodeOf(error);
  }
}
