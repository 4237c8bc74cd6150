import { execFileSync } from 'node:child_process';

/**
 * Integration tests need a Docker engine and the registries of scripts/ci/services.sh.
 * Without an engine they are skipped with a message, unless REQUIRE_DOCKER is set (as CI
 * does): then a missing engine fails the run instead of hiding the tests.
 */
export const REGISTRY = '127.0.0.1:5000';
/** the htpasswd-protected registry; user ci, password ci-secret */
export const AUTH_REGISTRY = '127.0.0.1:5001';
export const AUTH_USER = 'ci';
export const AUTH_PASSWORD = 'ci-secret';

function engineAnswers(): boolean {
  try {
    execFileSync('docker', ['info', '--format', '{{.ServerVersion}}'], { stdio: 'pipe', timeout: 15_000 });
    return true;
  } catch {
    return false;
  }
}

export const dockerAvailable = engineAnswers();

if (!dockerAvailable) {
  if (process.env.REQUIRE_DOCKER) {
    throw new Error('REQUIRE_DOCKER is set but no Docker engine answers `docker info`: run scripts/ci/services.sh');
  }
  console.warn('No Docker engine: integration tests are skipped. Start one with `bash scripts/ci/services.sh`.');
}

/** `describe.skipIf(!dockerAvailable)` reads better at the call site as `describe.runIf(hasDocker)` */
export const hasDocker = dockerAvailable;
