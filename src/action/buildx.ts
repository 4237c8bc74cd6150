import { Buildx } from '@docker/actions-toolkit/lib/buildx/buildx.js';
import type { BuildxCapabilities } from '../engines/buildx.js';

/**
 * The toolkit's own detection, which also finds a standalone buildx binary
 * (docker/setup-buildx-action). Here in the action's glue, so the CLI bundle does not carry the
 * toolkit; the CLI asks `docker buildx version` itself (engines/detect.ts).
 */
export async function probeBuildxWithToolkit(): Promise<BuildxCapabilities | undefined> {
  const buildx = new Buildx();
  if (!(await buildx.isAvailable())) return undefined;
  const { command, args } = await buildx.getCommand([]);
  return { version: await buildx.version(), command: [command, ...args] };
}
