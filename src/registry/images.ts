import type { FetchedManifest } from './client.js';
import { parseReference, splitTag } from './reference.js';
import type { RegistrySession } from './session.js';

/** The digest of `reference` in its registry, or undefined when it is not there or cannot be asked. */
export async function manifestDigest(session: RegistrySession, reference: string): Promise<string | undefined> {
  const ref = parseReference(reference);
  return ref.digest ?? (await findManifest(session, reference))?.digest;
}

/** The manifest `reference` names in its registry, or undefined when it is not there or cannot be asked. */
export async function findManifest(session: RegistrySession, reference: string): Promise<FetchedManifest | undefined> {
  try {
    const ref = parseReference(reference);
    return await session.clientFor(ref.registry).getManifest(ref.repository, ref.tag ?? ref.digest ?? 'latest');
  } catch {
    // not there, or the registry cannot be asked (no login, offline): the caller builds as usual
    return undefined;
  }
}

/**
 * Puts `manifest` (as fetched: the same bytes, so the same digest) under every one of `tags`
 * (full references), all at once: each is one small PUT.
 */
export async function retag(
  session: RegistrySession,
  manifest: FetchedManifest,
  tags: readonly string[],
): Promise<void> {
  await Promise.all(
    tags.map((reference) => {
      const target = parseReference(reference);
      return session
        .clientFor(target.registry)
        .putManifest(target.repository, splitTag(reference).tag ?? 'latest', manifest.mediaType, manifest.bytes);
    }),
  );
}
