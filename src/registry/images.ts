import { parseReference, splitTag } from './reference.js';
import type { RegistrySession } from './session.js';

/** The digest of `reference` in its registry, or undefined when it is not there or cannot be asked. */
export async function manifestDigest(session: RegistrySession, reference: string): Promise<string | undefined> {
  try {
    const ref = parseReference(reference);
    if (ref.digest) return ref.digest;
    return (await session.clientFor(ref.registry).getManifest(ref.repository, ref.tag ?? 'latest')).digest;
  } catch {
    // not there, or the registry cannot be asked (no login, offline): the caller builds as usual
    return undefined;
  }
}

/** Puts the manifest found at `from` under every one of `tags` (full references); returns its digest. */
export async function retag(session: RegistrySession, from: string, tags: readonly string[]): Promise<string> {
  const source = parseReference(from);
  const client = session.clientFor(source.registry);
  const manifest = await client.getManifest(source.repository, source.tag ?? source.digest ?? 'latest');
  for (const reference of tags) {
    const target = parseReference(reference);
    const { tag } = splitTag(reference);
    await session
      .clientFor(target.registry)
      .putManifest(target.repository, tag ?? 'latest', manifest.mediaType, manifest.bytes);
  }
  return manifest.digest;
}
