import type { ToolCache } from '../pm/provide.js';
import { loadToolCache } from '../pm/tool-cache.js';

let redirected = 0;
let original: typeof process.stdout.write | undefined;

/**
 * @actions/tool-cache logs through @actions/core, which writes `::debug::` lines to stdout for
 * the runner to read. The CLI's stdout is its --json result, so while the tool cache works its
 * output goes to stderr with the rest of the logs.
 */
async function onStderr<T>(fn: () => Promise<T>): Promise<T> {
  if (redirected++ === 0) {
    original = process.stdout.write.bind(process.stdout);
    process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  }
  try {
    return await fn();
  } finally {
    if (--redirected === 0 && original) process.stdout.write = original;
  }
}

export const cliToolCache: ToolCache = {
  find: (name, version) => onStderr(async () => (await loadToolCache()).find(name, version)),
  downloadTool: (url) => onStderr(async () => (await loadToolCache()).downloadTool(url)),
  extractTar: (file, dest, flags) => onStderr(async () => (await loadToolCache()).extractTar(file, dest, flags)),
  cacheDir: (source, tool, version) => onStderr(async () => (await loadToolCache()).cacheDir(source, tool, version)),
};
