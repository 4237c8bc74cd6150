import type { TraceConfig } from '../config/types.js';
import { packageOf } from './packages.js';

/**
 * What a failed smoke test says about a traced image: a module the server loads by a name
 * computed at run time (`require(name)`, a plugin list, a template directory) is invisible to
 * the tracer, so the image lacks it and the server crashes on start or on first use. The hint
 * names the package it failed to find when the logs say so, and `trace-include` either way.
 */
export function traceMissHint(logs: string, trace: TraceConfig | undefined): string {
  if (!trace) return '';
  const missing = missingPackages(logs);
  const entries = trace.entries.join(', ');
  if (missing.length === 0) {
    return `\nnode_modules was traced from ${entries}: if the server loads a module or file by a name computed at run time, the tracer could not see it; add it to \`trace-include\` (e.g. "node_modules/some-pkg/**")`;
  }
  const globs = missing.map((name) => `"node_modules/${name}/**"`).join(', ');
  return `\nnode_modules was traced from ${entries} and the server could not find ${missing.join(', ')}: it is loaded in a way the tracer cannot see (a name computed at run time); add ${globs} to \`trace-include\``;
}

/** Package names the Node error messages in `logs` could not find, in order, each once. */
export function missingPackages(logs: string): string[] {
  const names = new Set<string>();
  const patterns = [
    // CommonJS: Cannot find module 'pg'; ESM: Cannot find package 'pg' imported from ...
    /Cannot find (?:module|package) '([^']+)'/g,
    // a file a package reads at run time: ENOENT ... '/app/node_modules/pkg/templates/x.hbs'
    /ENOENT[^'\n]*'[^'\n]*?\/(node_modules\/[^'\n]+)'/g,
    // NestJS's optional packages: ... please, ensure to install the "@nestjs/platform-express" package
    /install the "([^"]+)" package/g,
    // NestJS 12: The "@nestjs/microservices" package is missing.
    /The "([^"]+)" package is missing/g,
  ];
  for (const pattern of patterns) {
    for (const match of logs.matchAll(pattern)) {
      const found = match[1]!;
      const name = found.startsWith('node_modules/') ? packageOf(found)?.name : bareName(found);
      if (name) names.add(name);
    }
  }
  return [...names];
}

/** `@scope/pkg/sub/path` -> `@scope/pkg`; relative and absolute paths are the app's own files. */
function bareName(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) {
    const inModules = specifier.lastIndexOf('/node_modules/');
    return inModules >= 0 ? packageOf(specifier.slice(1))?.name : undefined;
  }
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? (parts[1] ? `${parts[0]}/${parts[1]}` : undefined) : parts[0];
}
