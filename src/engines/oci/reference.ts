import { BuildError } from '../../errors.js';

/**
 * Image references as docker reads them (distribution/reference): `node:20` is
 * `docker.io/library/node:20`; the first path component is a registry host only when it
 * has a dot or a port or is `localhost`.
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
const HOST = /^(?:\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::\d+)?$/;

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
    if (digest.startsWith('sha256:') && !/^sha256:[a-f0-9]{64}$/.test(digest)) fail(`"${digest}" is not a sha256 digest`);
  }
  let tag: string | undefined;
  // a colon after the last slash starts the tag; one before it belongs to the host's port
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) fail(`"${tag}" is not a valid tag`);
  }
  const parts = rest.split('/');
  let registry = DOCKER_HUB;
  const first = parts[0]!;
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['))) {
    if (!HOST.test(first)) fail(`"${first}" is not a valid registry host`);
    registry = first;
    parts.shift();
  }
  if (registry === 'index.docker.io' || registry === DOCKER_HUB_API) registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && parts.length === 1) parts.unshift('library');
  for (const part of parts) {
    if (!COMPONENT.test(part)) fail(part && part !== part.toLowerCase() ? 'repository names must be lowercase' : `"${part}" is not a valid path component`);
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
