import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exitCodeOf, messageOf } from '../errors.js';
import { renderMatrixSummary, renderMatrixTable } from '../report/matrix-summary.js';
import { mergeRuns } from '../report/merge.js';
import { readResultDocument, resultDocument } from '../report/result-file.js';
import { findResultFiles } from '../report/result-files.js';
import { parseReportArgs, REPORT_USAGE } from './args.js';
import { StderrLogger } from './logger.js';

/** `report`: several runs' results merged into one table (or JSON), and optionally markdown. */
export async function reportCommand(argv: readonly string[]): Promise<number> {
  const logger = new StderrLogger(false);
  try {
    const options = parseReportArgs(argv);
    if (options.help) {
      process.stdout.write(`${REPORT_USAGE}\n`);
      return 0;
    }
    const cwd = process.cwd();
    const files = findResultFiles(options.files, cwd);
    const runs = await Promise.all(
      files.map(async (file) => ({
        source: path.relative(cwd, file),
        run: readResultDocument(await readFile(file, 'utf8'), file),
      })),
    );
    const merged = mergeRuns(runs);
    for (const name of merged.duplicates)
      logger.warning(`${name} is in more than one result file: the latest run is reported`);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(resultDocument(merged.run), null, 2)}\n`);
      process.stderr.write(`${renderMatrixTable(merged)}\n`);
    } else {
      process.stdout.write(`${renderMatrixTable(merged)}\n`);
    }
    if (options.summary) {
      try {
        await writeFile(options.summary, renderMatrixSummary(merged));
      } catch (error: unknown) {
        logger.warning(`could not write ${options.summary}: ${messageOf(error)}`);
      }
    }
    return 0;
  } catch (error: unknown) {
    logger.error(messageOf(error));
    return exitCodeOf(error);
  }
}
