import { BuildError } from '../../errors.js';
import type { PlatformDescriptor } from '../../registry/media-types.js';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

/** `linux/arm64/v8` → { os, architecture, variant }, normalised as containerd does. */
export function parsePlatform(text: string): Platform {
  const [os, architecture, variant, extra] = text.trim().toLowerCase().split('/');
  if (!os || !architecture || extra !== undefined)
    throw new BuildError(`platform "${text}" must look like linux/amd64 or linux/arm64/v8`);
  return normalizePlatform(variant ? { os, architecture, variant } : { os, architecture });
}

export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

/**
 * containerd's normalisation: aliases become the GOARCH names, arm64's default variant v8 and
 * amd64's v1 are dropped, arm without a variant means v7. Two platforms match when their
 * normal forms are equal.
 */
function normalizePlatform(platform: Platform): Platform {
  let { architecture, variant } = platform;
  switch (architecture) {
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      architecture = 'amd64';
      if (variant === 'v1') variant = undefined;
      break;
    case 'aarch64':
    case 'arm64':
      architecture = 'arm64';
      if (variant === '8' || variant === 'v8' || variant === 'v8.0') variant = undefined;
      break;
    case 'armhf':
      architecture = 'arm';
      variant = 'v7';
      break;
    case 'armel':
      architecture = 'arm';
      variant = 'v6';
      break;
    case 'arm':
      if (!variant || variant === '7') variant = 'v7';
      else if (/^\d$/.test(variant)) variant = `v${variant}`;
      break;
    case 'i386':
      architecture = '386';
      break;
  }
  return variant ? { os: platform.os, architecture, variant } : { os: platform.os, architecture };
}

/** The platform of this runner from Node's process.arch (x64, arm64, ...), or an OCI name. */
export function runnerPlatform(arch: string): Platform {
  const oci: Record<string, string> = { x64: 'amd64', ia32: '386', ppc64: 'ppc64le', arm: 'arm' };
  return normalizePlatform({ os: 'linux', architecture: oci[arch] ?? arch });
}

export function samePlatform(a: Platform, b: Platform): boolean {
  const x = normalizePlatform(a);
  const y = normalizePlatform(b);
  return x.os === y.os && x.architecture === y.architecture && (x.variant ?? '') === (y.variant ?? '');
}

/**
 * The entry of an index that serves `wanted`: an exact match first, else (when no variant
 * was asked for) any variant of the architecture. Attestation entries (unknown/unknown) never match.
 */
export function pickPlatform<T extends { platform?: PlatformDescriptor }>(
  entries: readonly T[],
  wanted: Platform,
): T | undefined {
  const want = normalizePlatform(wanted);
  const candidates = entries.filter((e) => e.platform && e.platform.os === want.os);
  const exact = candidates.find((e) => samePlatform(toPlatform(e.platform!), want));
  if (exact || want.variant) return exact;
  return candidates.find((e) => normalizePlatform(toPlatform(e.platform!)).architecture === want.architecture);
}

export function toPlatform(descriptor: PlatformDescriptor): Platform {
  return descriptor.variant
    ? { os: descriptor.os, architecture: descriptor.architecture, variant: descriptor.variant }
    : { os: descriptor.os, architecture: descriptor.architecture };
}

export function toDescriptor(platform: Platform): PlatformDescriptor {
  return platform.variant
    ? { architecture: platform.architecture, os: platform.os, variant: platform.variant }
    : { architecture: platform.architecture, os: platform.os };
}
