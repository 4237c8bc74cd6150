import { REGISTRY } from '../support/docker.js';
import { registryTags } from '../support/registry.js';

const MANIFESTS = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/**
 * Deletes every manifest of a repository in the local registry (it runs with deletes enabled),
 * so that "nothing reached the registry" is checked against an empty repository and not
 * against what an earlier run of this suite pushed under the same name.
 */
export async function emptyRepository(repository: string, registry = REGISTRY): Promise<void> {
  const name = repository.replace(/^(localhost|127\.0\.0\.1):\d+\//, '');
  for (const tag of await registryTags(repository, registry)) {
    const url = `http://${registry}/v2/${name}/manifests`;
    const head = await fetch(`${url}/${tag}`, { method: 'HEAD', headers: { Accept: MANIFESTS } });
    const digest = head.headers.get('docker-content-digest');
    // a tag of a manifest deleted a moment ago (several tags, one digest) is gone already
    if (head.status === 404 || !digest) continue;
    const deleted = await fetch(`${url}/${digest}`, { method: 'DELETE' });
    if (deleted.status !== 202 && deleted.status !== 404)
      throw new Error(`DELETE ${name}@${digest}: HTTP ${deleted.status}`);
  }
  const left = await registryTags(repository, registry);
  if (left.length > 0) throw new Error(`${repository} still has tags ${left.join(', ')} after deleting its manifests`);
}
