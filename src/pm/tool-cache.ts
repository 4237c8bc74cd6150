import type { ToolCache } from './provide.js';

type ToolCacheModule = typeof import('@actions/tool-cache');
let loaded: Promise<ToolCacheModule> | undefined;

/**
 * @actions/tool-cache, with @actions/core and its HTTP client, is a megabyte of code that a run
 * needs only when a package manager is missing from PATH: it is loaded then, not at start-up.
 */
export function loadToolCache(): Promise<ToolCacheModule> {
  return (loaded ??= import('@actions/tool-cache'));
}

/** The runner's tool cache, as the action uses it. */
export const actionsToolCache: ToolCache = {
  find: async (name, version) => (await loadToolCache()).find(name, version),
  downloadTool: async (url) => (await loadToolCache()).downloadTool(url),
  extractTar: async (file, dest, flags) => (await loadToolCache()).extractTar(file, dest, flags),
  cacheDir: async (source, tool, version) => (await loadToolCache()).cacheDir(source, tool, version),
};
