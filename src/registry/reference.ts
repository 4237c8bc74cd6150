import { BuildError } from '../errors.js';

/**
 * Image references as docker reads them (distribution/reference), the one grammar every part of
 * the tool uses: `node:20` is `docker.io/library/node:20`; the first path component is a registry
 * host only when it has a dot or a port or is `localhost`. Checked before any command runs, so
 * nothing from the config can turn into a flag (a tag `--push`, say) or a malformed argv.
 */
export interface ImageReference {
  /** as written, lower-cased docker.io for Docker Hub: `docker.io`, `ghcr.io`, `127.0.0.1:5000` */
  registry: string;
  /** path inside the registry: `library/node`, `acme/backend` */
  repository: string;
  tag?: string;
  digest?: string;
}

export const DOCKER_HUB = 'docker.io';
/** where Docker Hub's registry API answers; docker.io itself only redirects */
export const DOCKER_HUB_API = 'registry-1.docker.io';

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const HOST =
  /^(?:\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::\d+)?$/;

export const isValidTag = (tag: string): boolean => TAG.test(tag);

/** The first component is a registry host when it has a dot or a port, or is localhost. */
function isRegistryHost(component: string): boolean {
  return component === 'localhost' || component.includes('.') || component.includes(':') || component.startsWith('[');
}

/** A name without tag or digest, split into its registry host (when it names one) and path components. */
function splitName(name: string): { host?: string; components: string[] } {
  const parts = name.split('/');
  if (parts.length > 1 && isRegistryHost(parts[0]!)) return { host: parts[0]!, components: parts.slice(1) };
  return { components: parts };
}

/**
 * Whether an image names its registry host. Only then are its earlier pushes offered as cache:
 * a bare name (`backend`) would make the engine ask Docker Hub for someone else's `backend`.
 */
export function inNamedRegistry(image: string): boolean {
  return splitName(image).host !== undefined;
}

/** A repository reference without tag or digest: [host[:port]/]path/components */
export function isValidRepository(reference: string): boolean {
  if (reference.length > 255) return false;
  const { host, components } = splitName(reference);
  if (host !== undefined && !HOST.test(host)) return false;
  return components.length > 0 && components.every((c) => COMPONENT.test(c));
}

/** Joins a relative image name to the registry prefix; a full reference stays as it is. */
export function joinImage(registry: string | undefined, image: string): string {
  if (!registry || inNamedRegistry(image)) return image;
  return `${registry.replace(/\/+$/, '')}/${image}`;
}

/** Splits repository:tag, minding a registry port (localhost:5000/app:1 → localhost:5000/app, 1). */
export function splitTag(reference: string): { repository: string; tag?: string } {
  const slash = reference.lastIndexOf('/');
  const colon = reference.lastIndexOf(':');
  if (colon > slash) return { repository: reference.slice(0, colon), tag: reference.slice(colon + 1) };
  return { repository: reference };
}

export function parseReference(text: string): ImageReference {
  const fail = (why: string): never => {
    throw new BuildError(`invalid image reference "${text}": ${why}`);
  };
  if (!text) fail('it is empty');
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) fail(`"${digest}" is not a digest`);
    if (digest.startsWith('sha256:') && !/^sha256:[a-f0-9]{64}$/.test(digest))
      fail(`"${digest}" is not a sha256 digest`);
  }
  const split = splitTag(rest);
  const tag = split.tag;
  if (tag !== undefined && !TAG.test(tag)) fail(`"${tag}" is not a valid tag`);
  const { host, components: parts } = splitName(split.repository);
  let registry = DOCKER_HUB;
  if (host !== undefined) {
    if (!HOST.test(host)) fail(`"${host}" is not a valid registry host`);
    registry = host;
  }
  if (registry === 'index.docker.io' || registry === DOCKER_HUB_API) registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && parts.length === 1) parts.unshift('library');
  for (const part of parts) {
    if (!COMPONENT.test(part))
      fail(
        part && part !== part.toLowerCase()
          ? 'repository names must be lowercase'
          : `"${part}" is not a valid path component`,
      );
  }
  const repository = parts.join('/');
  if (repository.length > 255) fail('the repository name is longer than 255 characters');
  const ref: ImageReference = { registry, repository };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  // like docker pull, a bare name means :latest
  if (tag === undefined && digest === undefined) ref.tag = 'latest';
  return ref;
}

/** The host the registry API is reached at. */
export function apiHost(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}

/** `registry/repository[:tag][@digest]`, fully qualified. */
export function formatReference(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}${ref.tag === undefined ? '' : `:${ref.tag}`}${ref.digest === undefined ? '' : `@${ref.digest}`}`;
}

/** The tag or digest a manifest is fetched by; the digest wins, as it does for docker. */
export function manifestReference(ref: ImageReference): string {
  return ref.digest ?? ref.tag ?? 'latest';
}

/** Registries on the loopback interface speak plain HTTP, as docker assumes for them too. */
export function isLoopbackRegistry(host: string): boolean {
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d+$/, '');
  return name === 'localhost' || name === '127.0.0.1' || name === '::1';
}
