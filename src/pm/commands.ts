import type { PackageManagerSpec } from './detect.js';

/** The clean, lockfile-exact install each package manager offers. */
export function defaultInstallCommand(pm: PackageManagerSpec): string {
  switch (pm.name) {
    case 'npm':
      return 'npm ci';
    case 'pnpm':
      return 'pnpm install --frozen-lockfile';
    case 'yarn':
      return pm.yarnBerry ? 'yarn install --immutable' : 'yarn install --frozen-lockfile';
    case 'bun':
      return 'bun install --frozen-lockfile';
  }
}

/** Removes dev dependencies from an installed tree without touching the lockfile. */
export function defaultPruneCommand(pm: PackageManagerSpec): string {
  switch (pm.name) {
    case 'npm':
      return 'npm prune --omit=dev';
    case 'pnpm':
      return 'pnpm prune --prod';
    case 'yarn':
      // yarn 1 has no prune: a production install over the tree removes what is dev-only;
      // berry's focus (built into yarn 4) does the same for every workspace
      return pm.yarnBerry
        ? 'yarn workspaces focus --all --production'
        : 'yarn install --production --frozen-lockfile --ignore-scripts --prefer-offline';
    case 'bun':
      // over an installed tree bun's production install reports "no changes" and leaves the
      // dev dependencies in place: it prunes only a tree it writes afresh (from bun's cache)
      return 'rm -rf node_modules && bun install --production --frozen-lockfile';
  }
}
