import { REGISTRY } from './docker.js';

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

function repositoryPath(repository: string): string {
  return repository.replace(/^(localhost|127\.0\.0\.1):\d+\//, '');
}

/** The digest the local registry serves for repository:tag, undefined when there is none. */
export async function registryDigest(
  repository: string,
  tag: string,
  registry = REGISTRY,
): Promise<string | undefined> {
  const response = await fetch(`http://${registry}/v2/${repositoryPath(repository)}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: MANIFEST_TYPES },
  });
  return response.ok ? (response.headers.get('docker-content-digest') ?? undefined) : undefined;
}

/** The layer digests of the manifest the local registry serves for repository@reference, in order. */
export async function registryLayers(repository: string, reference: string, registry = REGISTRY): Promise<string[]> {
  const response = await fetch(`http://${registry}/v2/${repositoryPath(repository)}/manifests/${reference}`, {
    headers: { accept: MANIFEST_TYPES },
  });
  if (!response.ok) throw new Error(`${repository}@${reference}: the registry answered ${response.status}`);
  const manifest = (await response.json()) as { layers?: { digest: string }[] };
  return (manifest.layers ?? []).map((l) => l.digest);
}

/** The tags the local registry holds for a repository (localhost:5000/x/y), [] when it has none. */
export async function registryTags(repository: string, registry = REGISTRY): Promise<string[]> {
  const response = await fetch(`http://${registry}/v2/${repositoryPath(repository)}/tags/list`);
  if (response.status === 404) return [];
  const body = (await response.json()) as { tags?: string[] | null };
  return body.tags ?? [];
}
