/**
 * Docker's grammar for what ends up on a command line: checked before any command runs so
 * nothing from the config can turn into a flag (a tag `--push`, say) or a malformed argv.
 */

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::[0-9]+)?$|^\[[0-9a-fA-F:]+\](?::[0-9]+)?$/;
const BUILD_ARG = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

export const isValidTag = (tag: string): boolean => TAG.test(tag);
export const isValidBuildArgName = (name: string): boolean => BUILD_ARG.test(name);
export const isValidPlatform = (platform: string): boolean => PLATFORM.test(platform);
export const isValidLabelKey = (key: string): boolean => LABEL_KEY.test(key);

/** The first component is a registry host when it has a dot or a port, or is localhost. */
export function isRegistryHost(component: string): boolean {
  return component === 'localhost' || component.includes('.') || component.includes(':') || component.startsWith('[');
}

/**
 * Whether an image names its registry host. Only then are its earlier pushes offered as cache:
 * a bare name (`backend`) would make the engine ask Docker Hub for someone else's `backend`.
 */
export function inNamedRegistry(image: string): boolean {
  const slash = image.indexOf('/');
  return slash > 0 && isRegistryHost(image.slice(0, slash));
}

/** A repository reference without tag or digest: [host[:port]/]path/components */
export function isValidRepository(reference: string): boolean {
  if (reference.length > 255) return false;
  const parts = reference.split('/');
  const first = parts[0]!;
  const path = parts.length > 1 && isRegistryHost(first) ? parts.slice(1) : parts;
  if (parts.length > 1 && isRegistryHost(first) && !DOMAIN.test(first)) return false;
  return path.length > 0 && path.every((c) => PATH_COMPONENT.test(c));
}

/** Joins a relative image name to the registry prefix; a full reference stays as it is. */
export function joinImage(registry: string | undefined, image: string): string {
  const first = image.split('/')[0]!;
  if (!registry || (image.includes('/') && isRegistryHost(first))) return image;
  return `${registry.replace(/\/+$/, '')}/${image}`;
}

/** Splits repository:tag, minding a registry port (localhost:5000/app:1 → localhost:5000/app, 1). */
export function splitTag(reference: string): { repository: string; tag?: string } {
  const slash = reference.lastIndexOf('/');
  const colon = reference.lastIndexOf(':');
  if (colon > slash) return { repository: reference.slice(0, colon), tag: reference.slice(colon + 1) };
  return { repository: reference };
}
