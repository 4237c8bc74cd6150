import { accessSync, constants, realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * The file a shell would run for `command`: the first executable of that name on PATH, resolved
 * through symlinks; undefined when there is none. Looking costs a few stats, where asking the
 * command itself (`zstd --version`) costs a process start.
 */
export function which(command: string, searchPath: string | undefined = process.env.PATH): string | undefined {
  for (const dir of (searchPath ?? '').split(path.delimiter)) {
    // an empty entry is the current directory, as the shell reads PATH
    const candidate = path.resolve(dir || '.', command);
    try {
      accessSync(candidate, constants.X_OK);
      return realpathSync(candidate);
    } catch {
      // not here, or not executable: the next directory
    }
  }
  return undefined;
}
