import type { Runner } from '../exec.js';
import type { BuildxCapabilities } from './buildx.js';
import type { EngineCapabilities } from './select.js';

/**
 * The version in `docker buildx version`'s answer ("github.com/docker/buildx v0.19.3 48d6a39",
 * or "github.com/docker/buildx 0.19.3+azure-1 …" from distributions).
 */
export function parseBuildxVersion(output: string): string | undefined {
  return /\bbuildx\S*\s+v?(\d+\.\d+\.\d+[^\s]*)/.exec(output)?.[1];
}

/** Asks `docker buildx version` through our runner (no @actions/core output on the CLI's stdout). */
export async function probeBuildxWithRunner(run: Runner): Promise<BuildxCapabilities | undefined> {
  const result = await run(['docker', 'buildx', 'version'], { quiet: true, allowFailure: true }).catch(() => undefined);
  if (!result || result.code !== 0) return undefined;
  const version = parseBuildxVersion(result.stdout.trim());
  return version ? { version, command: ['docker', 'buildx'] } : undefined;
}

export async function detectCapabilities(
  run: Runner,
  probeBuildx: () => Promise<BuildxCapabilities | undefined>,
): Promise<EngineCapabilities> {
  // two process starts that need nothing from each other
  const [answer, buildx] = await Promise.all([
    run(['docker', 'version', '--format', '{{.Client.Version}} {{.Server.Version}}'], {
      quiet: true,
      allowFailure: true,
    }).catch(() => undefined),
    probeBuildx(),
  ]);
  const [client = '', server = ''] = answer?.code === 0 ? answer.stdout.trim().split(/\s+/) : [];
  const daemon = server !== '';
  const caps: EngineCapabilities = buildx ? { daemon, buildx } : { daemon };
  if (daemon) caps.versions = { client, server };
  return caps;
}
