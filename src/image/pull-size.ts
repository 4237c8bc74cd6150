import { parseReference } from '../registry/reference.js';
import type { RegistrySession } from '../registry/session.js';

interface ManifestDocument {
  layers?: { size?: unknown }[];
  manifests?: { digest?: unknown; platform?: { os?: unknown; architecture?: unknown; variant?: unknown } }[];
}

/**
 * What a pull of the pushed image downloads, as the registry states it: the sum of the
 * compressed layers its manifest lists; from an index, the manifest of `platform`
 * ("linux/amd64"). Undefined when the registry cannot be asked: a figure, not a gate.
 */
export async function pulledSize(
  session: RegistrySession,
  reference: string,
  platform: string,
): Promise<number | undefined> {
  try {
    const ref = parseReference(reference);
    const client = session.clientFor(ref.registry);
    let doc = JSON.parse(
      (await client.getManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest')).bytes.toString('utf8'),
    ) as ManifestDocument;
    if (Array.isArray(doc.manifests)) {
      const [os, architecture, variant] = platform.split('/');
      const entry = doc.manifests.find(
        (m) =>
          m.platform?.os === os &&
          m.platform?.architecture === architecture &&
          (variant === undefined || m.platform?.variant === variant),
      );
      if (typeof entry?.digest !== 'string') return undefined;
      doc = JSON.parse(
        (await client.getManifest(ref.repository, entry.digest)).bytes.toString('utf8'),
      ) as ManifestDocument;
    }
    if (!Array.isArray(doc.layers)) return undefined;
    return doc.layers.reduce((sum, l) => sum + (typeof l.size === 'number' ? l.size : 0), 0);
  } catch {
    return undefined;
  }
}

/** Node's architecture as OCI names it, for the runner's own platform. */
export function ociPlatform(platform: string, arch: string): string {
  const names: Record<string, string> = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm',
    ia32: '386',
    ppc64: 'ppc64le',
    s390x: 's390x',
  };
  return `${platform}/${names[arch] ?? arch}`;
}
