import { sha256Digest } from '../../registry/digest.js';
import {
  OCI_INDEX,
  OCI_MANIFEST,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
} from '../../registry/media-types.js';

/** A JSON document as it is stored and pushed: the bytes are what the digest is of. */
export interface JsonBlob {
  mediaType: string;
  digest: string;
  size: number;
  bytes: Buffer;
}

export function jsonBlob(mediaType: string, text: string): JsonBlob {
  const bytes = Buffer.from(text, 'utf8');
  return { mediaType, digest: sha256Digest(bytes), size: bytes.length, bytes };
}

export function descriptorOf(blob: Pick<JsonBlob, 'mediaType' | 'digest' | 'size'>): Descriptor {
  return { mediaType: blob.mediaType, digest: blob.digest, size: blob.size };
}

/** An OCI image manifest; `annotations` name the base (org.opencontainers.image.base.*). */
export function imageManifest(
  config: Descriptor,
  layers: Descriptor[],
  annotations?: Record<string, string>,
): JsonBlob {
  const manifest: ImageManifest = { schemaVersion: 2, mediaType: OCI_MANIFEST, config, layers };
  if (annotations && Object.keys(annotations).length > 0) manifest.annotations = annotations;
  return jsonBlob(OCI_MANIFEST, JSON.stringify(manifest));
}

/** An OCI image index over per-platform manifests (descriptors with `platform`). */
export function imageIndex(manifests: Descriptor[]): JsonBlob {
  const index: ImageIndex = { schemaVersion: 2, mediaType: OCI_INDEX, manifests };
  return jsonBlob(OCI_INDEX, JSON.stringify(index));
}
