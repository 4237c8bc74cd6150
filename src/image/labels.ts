import type { GitInfo } from '../git/info.js';

/**
 * The OCI annotations docker/metadata-action sets. `created` is the commit time, not the
 * build time, so rebuilding the same commit yields the same image config.
 */
export function ociLabels(git: GitInfo, target: { name: string; version?: string }): Record<string, string> {
  const labels: Record<string, string> = { 'org.opencontainers.image.title': target.name };
  if (git.repositoryUrl) labels['org.opencontainers.image.source'] = git.repositoryUrl;
  if (git.sha) labels['org.opencontainers.image.revision'] = git.sha;
  if (git.commitTime !== undefined)
    labels['org.opencontainers.image.created'] = new Date(git.commitTime * 1000).toISOString();
  if (target.version) labels['org.opencontainers.image.version'] = target.version;
  return labels;
}
