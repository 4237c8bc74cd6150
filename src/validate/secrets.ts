import { open } from 'node:fs/promises';
import path from 'node:path';
import type { TargetConfig } from '../config/types.js';
import { inNodeModules } from '../paths.js';
import type { ArtifactTree, TreeEntry } from './tree.js';
import { error, warning, type Finding } from './types.js';

/**
 * Secrets that would ship in the image: credentials the build used (.npmrc tokens, .env
 * files) and keys baked into the output. Findings say which file, line and kind of secret,
 * never the value: the log of a public repository's workflow is public.
 *
 * The app's own artifacts are read (up to MAX_SCAN_BYTES of each text file); node_modules is
 * only looked at by file name (plus the rare .npmrc), because a Next.js node_modules holds
 * ~20k files and its packages' test fixtures are full of sample keys.
 */

/** bytes read from each file; a secret past the first MiB of a bundle goes unseen */
const MAX_SCAN_BYTES = 1024 * 1024;
/** a NUL in the first bytes means binary, as git and grep decide */
const BINARY_PROBE = 8000;
/** files read at once */
const PARALLEL_READS = 32;

const BINARY_EXTENSIONS = new Set([
  ...['node', 'wasm', 'so', 'dylib', 'dll', 'exe', 'jar', 'class', 'pyc', 'sqlite', 'db'],
  ...['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'ico', 'bmp', 'tiff', 'woff', 'woff2', 'ttf', 'otf', 'eot'],
  ...['gz', 'tgz', 'zip', 'br', 'zst', 'xz', 'bz2', '7z', 'tar', 'pdf', 'mp3', 'mp4', 'webm', 'ogg', 'wav', 'mov'],
]);

export interface SecretHit {
  kind: string;
  /** 1-based */
  line: number;
  column: number;
  /** error, or warning for kinds that are often public by design */
  severity: 'error' | 'warning';
}

interface ContentRule {
  kind: string;
  pattern: RegExp;
  severity?: 'warning';
  /** the documentation's sample values, which are no secret */
  placeholder?: (match: string) => boolean;
  advice?: string;
}

const isExample = (m: string): boolean => /EXAMPLE/.test(m);

/** Patterns with the `g` flag; each finds the secret itself so that it can be redacted. */
const CONTENT_RULES: readonly ContentRule[] = [
  {
    kind: 'private key',
    // the header alone is a constant in every crypto library; a key has its base64 body after it
    pattern:
      /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:\\[rn]|\s)+(?:[\w-]+: [^\n]*(?:\\n|\n))*(?:\\n|\s)*[A-Za-z0-9+/=]{40,}/g,
  },
  { kind: 'AWS access key ID', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, placeholder: isExample },
  {
    kind: 'AWS secret access key',
    pattern: /aws_?secret_?access_?key["']?\s*[:=]\s*["']?[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/gi,
    placeholder: isExample,
  },
  { kind: 'GitHub token', pattern: /\b(?:ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{36}\b/g },
  { kind: 'GitHub fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b/g },
  { kind: 'Slack token', pattern: /\bxox[baprs]-[0-9A-Za-z-]{10,}/g },
  { kind: 'Stripe live secret key', pattern: /\b(?:sk|rk)_live_[0-9A-Za-z]{24,}\b/g },
  {
    kind: 'Google API key',
    pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g,
    // browser keys (Firebase, Maps) are public by design and belong in a frontend bundle
    severity: 'warning',
    advice:
      'If it is a browser key (Firebase, Maps JavaScript), restrict it to your domains and ignore this; if it is a server key, move it to the runtime environment.',
  },
];

/** auth lines of .npmrc; `${NPM_TOKEN}` references are fine, they hold no secret */
const NPMRC_AUTH = /^[ \t]*(?:\/\/[^\s=]*:)?(?:_authToken|_auth|_password)[ \t]*=[ \t]*(.*)$/gm;
const YARNRC_AUTH = /^[ \t]*(?:npmAuthToken|npmAuthIdent|npmPassword)[ \t]*:[ \t]*(.*)$/gm;
const ENV_REFERENCE = /^["']?\$\{[A-Za-z_][A-Za-z0-9_]*\}["']?\s*$/;
/** .env, .env.local, .env.production ...; the committed templates are fine */
const ENV_FILE = /^\.env(?:\.(?!(?:example|sample|template)$)[\w.-]+)?$/;
const KEY_FILE = /^id_(?:rsa|dsa|ecdsa|ed25519)$/;
/** A value (not a `$VAR` reference) assigned to a name that says it is a credential. */
const SECRET_ASSIGNMENT =
  /([\w-]*(?:_authToken|_auth|_password|token|password|passwd|secret|api[_-]?key))(\s*[=:]\s*)(["']?)(?!\$)[^\s"']+/gi;

export async function checkSecrets(target: TargetConfig, tree: ArtifactTree): Promise<Finding[]> {
  const files = tree.entries.filter((e) => e.kind === 'file');
  const results: Finding[][] = [];
  for (let i = 0; i < files.length; i += PARALLEL_READS) {
    results.push(...(await Promise.all(files.slice(i, i + PARALLEL_READS).map((f) => checkFile(target, f)))));
  }
  return results.flat();
}

async function checkFile(target: TargetConfig, entry: TreeEntry): Promise<Finding[]> {
  const name = path.posix.basename(entry.path);
  const file = path.join(target.context, entry.path);
  const byName = nameFinding(name, entry.path, file);
  if (byName) return [byName];
  const isRc = name === '.npmrc' || name === '.yarnrc.yml';
  if (!isRc && (inNodeModules(entry.path) || BINARY_EXTENSIONS.has(extension(name)) || entry.size === 0)) return [];
  const text = await readText(file, entry.size);
  if (text === undefined) return [];
  if (isRc) return rcFindings(name, text, entry.path, file);
  return scanText(text).map((hit) => hitFinding(hit, entry.path, file));
}

function nameFinding(name: string, rel: string, file: string): Finding | undefined {
  if (ENV_FILE.test(name)) {
    return error(
      'secrets',
      `${rel} is an environment file; it would ship in the image with whatever it holds. Pass its values at run time instead ` +
        `(docker run --env-file, your platform's secrets) and keep it out of the artifact: delete it after the build or build into a directory without it. ` +
        `(Templates named .env.example, .env.sample or .env.template are allowed.)`,
      { file },
    );
  }
  if (KEY_FILE.test(name)) {
    return error(
      'secrets',
      `${rel} is an SSH private key file; it must not be in the image. Remove it from the artifact.`,
      { file },
    );
  }
  return undefined;
}

function rcFindings(name: string, text: string, rel: string, file: string): Finding[] {
  const pattern = name === '.npmrc' ? NPMRC_AUTH : YARNRC_AUTH;
  for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    if (ENV_REFERENCE.test(m[1] ?? '') || (m[1] ?? '').trim() === '') continue;
    const line = lineOf(text, m.index ?? 0).line;
    return [
      error(
        'secrets',
        `${rel} line ${line} holds a registry credential (${name} auth setting); it would ship in the image. ` +
          `Write the token as a reference (\`\${NPM_TOKEN}\`) filled from the environment at install time, or keep the file out of the artifact ` +
          `(set it up on the runner, e.g. with actions/setup-node's registry-url).`,
        { file, line },
      ),
    ];
  }
  return [];
}

function hitFinding(hit: SecretHit, rel: string, file: string): Finding {
  const rule = CONTENT_RULES.find((r) => r.kind === hit.kind);
  const advice =
    rule?.advice ??
    'Remove it from the source and the build output, read it from the environment at run time, and rotate it: it may already be in a log or a cache.';
  const message = `${rel} line ${hit.line} holds ${/^(?:[aeiou]|AWS)/i.test(hit.kind) ? 'an' : 'a'} ${hit.kind}; it would ship in the image. ${advice}`;
  const location = { file, line: hit.line, column: hit.column };
  return hit.severity === 'warning' ? warning('secrets', message, location) : error('secrets', message, location);
}

/** The secrets in `text`, first of each kind per line; positions only, never the values. */
export function scanText(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  const seen = new Set<string>();
  for (const rule of CONTENT_RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      if (rule.placeholder?.(m[0])) continue;
      const { line, column } = lineOf(text, m.index ?? 0);
      const key = `${rule.kind}:${line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      hits.push({ kind: rule.kind, line, column, severity: rule.severity ?? 'error' });
    }
  }
  return hits.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** `text` with every secret the content rules know replaced by `[redacted <kind>]`. */
export function redactSecrets(text: string): string {
  let result = text;
  for (const rule of CONTENT_RULES)
    result = result.replace(rule.pattern, (m) => (rule.placeholder?.(m) ? m : `[redacted ${rule.kind}]`));
  // `_authToken=...`, `PASSWORD=...`: values written after a name that says what they are
  return result.replace(
    SECRET_ASSIGNMENT,
    (_m, name: string, sep: string, quote: string) => `${name}${sep}${quote}[redacted]`,
  );
}

/** The first MAX_SCAN_BYTES of a text file, or undefined for a binary or unreadable one. */
async function readText(file: string, size: number): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
    const length = Math.min(size, MAX_SCAN_BYTES);
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    const data = buffer.subarray(0, bytesRead);
    if (data.subarray(0, BINARY_PROBE).includes(0)) return undefined;
    return data.toString('utf8');
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}

function lineOf(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: index - start + 1 };
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}
