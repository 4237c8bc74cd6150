// What the registry holds after a push: the manifest's layers (digest, compressed size) named by
// the image config's history, so a layer can be called "COPY dist ./dist" rather than a digest.
const ACCEPT = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
].join(', ');

/** @returns {Promise<any>} the parsed JSON answer */
async function get(base, path, accept) {
  const res = await fetch(`${base}${path}`, { headers: accept ? { accept } : {} });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return res.json();
}

/**
 * The layers of repo:tag, first to last: { digest, size (compressed bytes), createdBy }.
 * An index (several platforms) is followed to its linux/amd64 entry.
 */
export async function imageLayers(base, repo, tag) {
  const { layers } = await imageManifest(base, repo, tag);
  return layers;
}

/** { config: { digest, size }, layers } of repo:tag */
export async function imageManifest(base, repo, tag) {
  let manifest = await get(base, `/v2/${repo}/manifests/${tag}`, ACCEPT);
  if (manifest.manifests) {
    const entry = manifest.manifests.find((m) => m.platform?.architecture === 'amd64') ?? manifest.manifests[0];
    manifest = await get(base, `/v2/${repo}/manifests/${entry.digest}`, ACCEPT);
  }
  const config = await get(base, `/v2/${repo}/blobs/${manifest.config.digest}`);
  // history has one entry per instruction; those with empty_layer made no layer
  const made = (config.history ?? []).filter((h) => !h.empty_layer).map((h) => h.created_by ?? '');
  const named = made.length === manifest.layers.length;
  return {
    config: { digest: manifest.config.digest, size: manifest.config.size },
    layers: manifest.layers.map((l, i) => ({ digest: l.digest, size: l.size, createdBy: named ? made[i] : '' })),
  };
}

/** "COPY dist ./dist" from legacy-builder, BuildKit or oci history lines; "" when unknown. */
export function layerLabel(createdBy) {
  let s = createdBy
    .replace(/^\/bin\/sh -c #\(nop\)\s*/, '')
    .replace(/ # buildkit$/, '')
    .trim();
  s = s.replace(/\b(file|dir|multi):[0-9a-f]{64}/g, '…');
  return s.length > 70 ? `${s.slice(0, 67)}...` : s;
}

/** Layers of `now` whose digest `before` did not have, labelled. */
export function changedLayers(before, now) {
  const had = new Set(before.map((l) => l.digest));
  return now.filter((l) => !had.has(l.digest));
}
