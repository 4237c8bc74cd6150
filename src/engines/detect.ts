import { Buildx } from '@docker/actions-toolkit/lib/buildx/buildx.js';
import type { Runner } from '../exec.js';
import type { BuildxCapabilities } from './buildx.js';
import type { EngineCapabilities } from './select.js';

/** Asks `docker buildx version` through our runner (no @actions/core output on the CLI's stdout). */
export async function probeBuildxWithRunner(run: Runner): Promise<BuildxCapabilities | undefined> {
  const result = await run(['docker', 'buildx', 'version'], { quiet: true, allowFailure: true }).catch(() => undefined);
  if (!result || result.code !== 0) return undefined;
  try {
    return { version: Buildx.parseVersion(result.stdout.trim()), command: ['docker', 'buildx'] };
  } catch {
    return undefined;
  }
}

/** The toolkit's own detection, which also finds a standalone buildx binary (setup-buildx-action). */
export async function probeBuildxWithToolkit(): Promise<BuildxCapabilities | undefined> {
  const buildx = new Buildx();
  if (!(await buildx.isAvailable())) return undefined;
  const { command, args } = await buildx.getCommand([]);
  return { version: await buildx.version(), command: [command, ...args] };
}

export async function detectCapabilities(run: Runner, probeBuildx: () => Promise<BuildxCapabilities | undefined>): Promise<EngineCapabilities> {
  const server = await run(['docker', 'version', '--format', '{{.Server.Version}}'], { quiet: true, allowFailure: true }).catch(() => undefined);
  const daemon = server?.code === 0 && server.stdout.trim() !== '';
  const buildx = await probeBuildx();
  return buildx ? { daemon, buildx } : { daemon };
}
