import { describe, expect, it } from 'vitest';
import { jsonBlob } from '../../../src/engines/oci/manifest.js';
import { planPushSteps, type PushPlan } from '../../../src/engines/oci/push.js';
import { parseReference } from '../../../src/registry/reference.js';
import { OCI_INDEX, OCI_MANIFEST } from '../../../src/registry/media-types.js';

const amd64 = jsonBlob(OCI_MANIFEST, '{"platform":"amd64"}');
const arm64 = jsonBlob(OCI_MANIFEST, '{"platform":"arm64"}');
const index = jsonBlob(OCI_INDEX, '{"manifests":2}');

function plan(children: PushPlan['children'], top: PushPlan['top']): PushPlan {
  return {
    blobs: [{ digest: 'sha256:aa', size: 1, source: { kind: 'bytes', bytes: Buffer.from('a') } }],
    children,
    top,
  };
}

/** Each manifest PUT as "host/repository ref (kind)", in the order they are sent. */
function puts(p: PushPlan, tags: string[]): { uploads: string[]; manifests: string[] } {
  const steps = planPushSteps(p, tags.map(parseReference));
  return {
    uploads: steps.uploads.map((u) => `${u.host}/${u.repository}`),
    manifests: steps.manifests.map(
      (m) =>
        `${m.host}/${m.repository} ${m.reference === m.manifest.digest ? m.manifest.digest.slice(7, 15) : m.reference} (${m.kind})`,
    ),
  };
}

describe('planPushSteps: blobs first, tags last', () => {
  it.each([
    {
      name: 'one manifest, two tags in one repository: one upload, the tags after it',
      plan: plan([], amd64),
      tags: ['ghcr.io/acme/api:latest', 'ghcr.io/acme/api:sha-1234567'],
      uploads: ['ghcr.io/acme/api'],
      manifests: ['ghcr.io/acme/api latest (top)', 'ghcr.io/acme/api sha-1234567 (top)'],
    },
    {
      name: 'two registries: each gets the blobs, then each its tag',
      plan: plan([], amd64),
      tags: ['ghcr.io/acme/api:1', 'localhost:5000/acme/api:1'],
      uploads: ['ghcr.io/acme/api', 'localhost:5000/acme/api'],
      manifests: ['ghcr.io/acme/api 1 (top)', 'localhost:5000/acme/api 1 (top)'],
    },
    {
      name: 'an index: the platforms’ manifests by digest in every repository before any tag',
      plan: plan([amd64, arm64], index),
      tags: ['ghcr.io/acme/api:1', 'quay.io/acme/api:1'],
      uploads: ['ghcr.io/acme/api', 'quay.io/acme/api'],
      manifests: [
        `ghcr.io/acme/api ${amd64.digest.slice(7, 15)} (child)`,
        `ghcr.io/acme/api ${arm64.digest.slice(7, 15)} (child)`,
        `quay.io/acme/api ${amd64.digest.slice(7, 15)} (child)`,
        `quay.io/acme/api ${arm64.digest.slice(7, 15)} (child)`,
        'ghcr.io/acme/api 1 (top)',
        'quay.io/acme/api 1 (top)',
      ],
    },
  ])('$name', ({ plan: p, tags, uploads, manifests }) => {
    expect(puts(p, tags)).toEqual({ uploads, manifests });
  });

  it('a reference by digest is PUT by the top manifest’s digest', () => {
    const steps = planPushSteps(plan([], amd64), [parseReference(`ghcr.io/acme/api@${amd64.digest}`)]);
    expect(steps.manifests.map((m) => m.reference)).toEqual([amd64.digest]);
  });

  it('no tags: nothing to push, said before any upload', () => {
    expect(() => planPushSteps(plan([], amd64), [])).toThrow('nothing to push: the image has no tags');
  });
});
