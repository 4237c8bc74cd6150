/**
 * Packages that load others by a name held in a variable, which no tracer can follow: NestJS's
 * core picks its HTTP platform, microservices and websockets with `loadPackage(name)`. When the
 * loader and the package it would load are both installed, the package is traced as an entry
 * of its own, so the usual apps need no `trace-include`.
 */
const LOADED_BY_NAME: readonly { loader: string; loads: readonly string[] }[] = [
  {
    loader: '@nestjs/core',
    loads: [
      '@nestjs/platform-express',
      '@nestjs/platform-fastify',
      '@nestjs/microservices',
      '@nestjs/websockets',
      '@nestjs/platform-socket.io',
      '@nestjs/platform-ws',
    ],
  },
];

/** Every package name the table mentions, to check which are installed. */
export function candidatePackages(): string[] {
  return [...new Set(LOADED_BY_NAME.flatMap(({ loader, loads }) => [loader, ...loads]))];
}

/** The packages among `installed` (top-level names) that an installed loader would load by name. */
export function loadedByName(installed: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const { loader, loads } of LOADED_BY_NAME) {
    if (!installed.has(loader)) continue;
    for (const name of loads) if (installed.has(name)) found.push(name);
  }
  return found;
}
