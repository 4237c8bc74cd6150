import { REGISTRY } from './docker.js';

/** The tags the local registry holds for a repository (localhost:5000/x/y), [] when it has none. */
export async function registryTags(repository: string, registry = REGISTRY): Promise<string[]> {
  const name = repository.replace(/^(localhost|127\.0\.0\.1):\d+\//, '');
  const response = await fetch(`http://${registry}/v2/${name}/tags/list`);
  if (response.status === 404) return [];
  const body = (await response.json()) as { tags?: string[] | null };
  return body.tags ?? [];
}
