import { describe, expect, it } from 'vitest';
import {
  formatPlatform,
  parsePlatform,
  pickPlatform,
  runnerPlatform,
  samePlatform,
} from '../../../src/engines/oci/platform.js';
import type { PlatformDescriptor } from '../../../src/registry/media-types.js';

describe('platforms', () => {
  it.each([
    { text: 'linux/amd64', expected: 'linux/amd64' },
    { text: 'linux/x86_64', expected: 'linux/amd64' },
    { text: 'linux/arm64/v8', expected: 'linux/arm64' },
    { text: 'linux/aarch64', expected: 'linux/arm64' },
    { text: 'linux/arm', expected: 'linux/arm/v7' },
    { text: 'linux/arm/v6', expected: 'linux/arm/v6' },
    { text: 'Linux/AMD64', expected: 'linux/amd64' },
  ])('normalises $text to $expected', ({ text, expected }) => {
    expect(formatPlatform(parsePlatform(text))).toBe(expected);
  });

  it('refuses what is not os/arch[/variant]', () => {
    expect(() => parsePlatform('amd64')).toThrow('must look like linux/amd64');
    expect(() => parsePlatform('linux/arm/v7/x')).toThrow('must look like linux/amd64');
  });

  it.each([
    { arch: 'x64', expected: 'linux/amd64' },
    { arch: 'arm64', expected: 'linux/arm64' },
    { arch: 'amd64', expected: 'linux/amd64' },
    { arch: 'ppc64', expected: 'linux/ppc64le' },
  ])('the runner $arch builds for $expected', ({ arch, expected }) => {
    expect(formatPlatform(runnerPlatform(arch))).toBe(expected);
  });

  it('matches arm64 with and without its default variant', () => {
    expect(samePlatform(parsePlatform('linux/arm64'), { os: 'linux', architecture: 'arm64', variant: 'v8' })).toBe(
      true,
    );
    expect(samePlatform(parsePlatform('linux/arm/v6'), parsePlatform('linux/arm/v7'))).toBe(false);
  });

  const index: { digest: string; platform?: PlatformDescriptor }[] = [
    { digest: 'amd64', platform: { os: 'linux', architecture: 'amd64' } },
    { digest: 'armv6', platform: { os: 'linux', architecture: 'arm', variant: 'v6' } },
    { digest: 'armv7', platform: { os: 'linux', architecture: 'arm', variant: 'v7' } },
    { digest: 'arm64', platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
    { digest: 'attestation', platform: { os: 'unknown', architecture: 'unknown' } },
  ];

  it.each([
    { wanted: 'linux/amd64', expected: 'amd64' },
    { wanted: 'linux/arm64', expected: 'arm64' },
    { wanted: 'linux/arm/v7', expected: 'armv7' },
    { wanted: 'linux/arm/v6', expected: 'armv6' },
    { wanted: 'linux/s390x', expected: undefined },
    { wanted: 'windows/amd64', expected: undefined },
  ])('picks $expected out of an index for $wanted', ({ wanted, expected }) => {
    expect(pickPlatform(index, parsePlatform(wanted))?.digest).toBe(expected);
  });
});
