import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { digestHex } from '../../registry/digest.js';
import type { JsonBlob } from './manifest.js';
import { descriptorOf } from './manifest.js';
import { OCI_INDEX } from '../../registry/media-types.js';

/** blobs/sha256 of an OCI image layout directory. */
export function blobsDir(layoutDir: string): string {
  return path.join(layoutDir, 'blobs', 'sha256');
}

export function blobFile(layoutDir: string, digest: string): string {
  return path.join(blobsDir(layoutDir), digestHex(digest));
}

/**
 * Completes an OCI image layout (oci-layout, index.json, JSON blobs) around the layers
 * already written to its blobs directory. The base's layers are not copied in: they stay
 * in their registry, and are fetched only when the image is loaded into Docker.
 */
export async function writeLayout(
  layoutDir: string,
  blobs: readonly JsonBlob[],
  top: JsonBlob,
  refName: string | undefined,
): Promise<void> {
  await mkdir(blobsDir(layoutDir), { recursive: true });
  for (const blob of blobs) await writeFile(blobFile(layoutDir, blob.digest), blob.bytes);
  await writeFile(path.join(layoutDir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  const descriptor = descriptorOf(top);
  if (refName) descriptor.annotations = { 'org.opencontainers.image.ref.name': refName };
  await writeFile(
    path.join(layoutDir, 'index.json'),
    JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [descriptor] }),
  );
}
