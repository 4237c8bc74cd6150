import type { LayerCache } from '../cache/layers.js';
import type { EngineName } from '../config/types.js';
import type { DaemonImages } from '../daemon-images.js';
import type { Runner } from '../exec.js';
import type { Logger } from '../log.js';
import type { LayerSize } from '../report/model.js';

/** Everything an engine needs to build one COPY-only image; planned by the image phase. */
export interface ImageBuildRequest {
  target: string;
  /** the staged directory holding only the declared artifacts (and the ignore files) */
  contextDir: string;
  /** absolute path of the Dockerfile (inside contextDir) */
  dockerfile: string;
  /** full references repository:tag; the first one is the local name used for the smoke test */
  tags: string[];
  buildArgs: Record<string, string>;
  labels: Record<string, string>;
  platforms: string[];
  /** earlier pushes whose layers a caching builder (buildx) may reuse; absent ones are skipped */
  cacheFrom: string[];
  /** the user's BuildKit cache imports and exports (buildx's --cache-from / --cache-to), as given */
  cacheImports?: string[];
  cacheExports?: string[];
  /** seconds since the epoch of the commit, for reproducible timestamps */
  sourceDateEpoch?: number;
  /** a push follows the build; without one, a daemonless engine leaves a loadable archive */
  willPush: boolean;
  /**
   * Context-relative artifacts whose content a cache key pins (the production node_modules, by
   * the lockfile's key and the prune): a layer of exactly these may come from the layer cache.
   */
  treeKeys?: Record<string, string>;
}

export interface BuiltImage {
  /** local image id, when the engine loaded the image into a daemon */
  id?: string;
  /** bytes, uncompressed: the sum of the layers' unpacked sizes, as `docker image inspect` reports it */
  size?: number;
  /** bytes a pull downloads: the compressed layers; when the engine knows them before a push */
  compressedSize?: number;
  /** the layers, uncompressed, oldest first; when the engine can tell */
  layers?: LayerSize[];
  /** true when `docker run` can start the first tag (needed for the smoke test) */
  runnable: boolean;
  /**
   * what the smoke test runs, for its report: "the image after loading 3 of 4 layers (4.7 kB)
   * into the daemon"; when the engine has something to say
   */
  runs?: string;
}

export interface PushedImage {
  /** manifest (or index) digest as the registry returned it */
  digest: string;
  /** bytes a pull downloads, as the registry's manifest lists the compressed layers */
  compressedSize?: number;
}

export interface EngineDeps {
  run: Runner;
  logger: Logger;
  /** directory for the engine's own temporary files */
  tempDir: string;
  /** layers kept between runs, for engines that write their own layers */
  layers?: LayerCache;
  /** the run's answers about images in the daemon (the base image), when the pipeline has them */
  daemonImages?: DaemonImages;
}

/** The blobs of a built image on their way to the registry ahead of the push. */
export interface UploadAhead {
  /** stops what is not sent yet and waits for what is under way; a push after it sends everything itself */
  cancel(): Promise<void>;
}

/** One way to turn a request into an image and to push it. Capabilities are detected before. */
export interface ImageEngine {
  readonly name: EngineName;
  build(request: ImageBuildRequest, deps: EngineDeps): Promise<BuiltImage>;
  push(request: ImageBuildRequest, deps: EngineDeps): Promise<PushedImage>;
  /**
   * Starts sending the built image's layers and config to the registry, moving no tag, so that
   * the push after the gates only PUTs the manifests; it waits for this upload and fails with
   * its error. Engines that push in one piece (`docker push`, buildx) leave it out.
   */
  uploadAhead?(request: ImageBuildRequest, deps: EngineDeps): UploadAhead | undefined;
}
