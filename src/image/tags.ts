import type { GitInfo } from '../git/info.js';
import { isValidTag } from '../registry/reference.js';
import { isDefaultBranchPush } from '../git/info.js';

const PLACEHOLDERS = ['sha', 'sha7', 'branch', 'run', 'version'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];

/** Why a tag template can never give a valid tag, or undefined when it is fine. */
export function validateTagTemplate(template: string): string | undefined {
  for (const m of template.matchAll(/\{([^}]*)\}/g)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(m[1]!)) {
      return `unknown placeholder {${m[1]}}; known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`;
    }
  }
  // placeholders expand to tag-safe text, so checking with a stand-in is enough
  const sample = template.replace(/\{[^}]*\}/g, 'x');
  if (sample.startsWith('-') || sample.startsWith('.')) return 'a tag must not start with - or .';
  if (!isValidTag(sample)) return 'a tag holds only letters, digits, _ . - and at most 128 characters';
  return undefined;
}

/** Branch names hold / and other characters a tag can't: feature/x → feature-x, as metadata-action does. */
export function sanitizeTag(text: string): string {
  return text
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[-.]+/, '')
    .slice(0, 128);
}

export interface TagContext {
  git: GitInfo;
  /** the target's package.json version */
  version?: string;
}

/** Expands a template; undefined when a placeholder has no value here (no sha outside git). */
export function expandTag(template: string, ctx: TagContext): string | undefined {
  const values: Record<Placeholder, string | undefined> = {
    sha: ctx.git.sha,
    sha7: ctx.git.sha?.slice(0, 7),
    branch: ctx.git.branch === undefined ? undefined : sanitizeTag(ctx.git.branch),
    run: ctx.git.runNumber,
    version: ctx.version === undefined ? undefined : sanitizeTag(ctx.version),
  };
  let missing = false;
  const tag = template.replace(/\{([a-z0-9]+)\}/g, (_m, name: Placeholder) => {
    const value = values[name];
    if (!value) missing = true;
    return value ?? '';
  });
  return missing || !isValidTag(tag) ? undefined : tag;
}

/**
 * The tags a target gets: sha-<7>, the branch (pr-N on pull requests), latest on the default
 * branch, then the config's own templates. Duplicates removed, order kept.
 */
export function computeTags(templates: readonly string[], ctx: TagContext): string[] {
  const { git } = ctx;
  const tags: (string | undefined)[] = [];
  if (git.sha) tags.push(`sha-${git.sha.slice(0, 7)}`);
  if (git.prNumber !== undefined) tags.push(`pr-${git.prNumber}`);
  else if (git.branch) tags.push(sanitizeTag(git.branch));
  const onDefault = git.event === 'local' ? git.branch === git.defaultBranch : isDefaultBranchPush(git);
  if (onDefault) tags.push('latest');
  for (const template of templates) tags.push(expandTag(template, ctx));
  const unique = [...new Set(tags.filter((t): t is string => t !== undefined && t !== ''))];
  return unique.length > 0 ? unique : ['latest'];
}

/**
 * Tags whose images an earlier run pushed and whose layers this build can reuse (BuildKit's
 * registry cache import): this branch's own (pr-N on pull requests), then the default branch's
 * `latest`. Per-commit tags (sha-...) are left out: they never exist before the push.
 */
export function cacheTags(git: GitInfo): string[] {
  const tags: string[] = [];
  if (git.prNumber !== undefined) tags.push(`pr-${git.prNumber}`);
  else if (git.branch) tags.push(sanitizeTag(git.branch));
  tags.push('latest');
  return [...new Set(tags.filter((t) => t !== ''))];
}
