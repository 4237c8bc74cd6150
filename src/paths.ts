/**
 * Tests on '/'-separated, normalised paths: relative to one root (a context, the repository, an
 * image) or absolute (path.resolve's output on the runners' Linux).
 */

/** Whether `child` is `parent` or lies below it; '' is the root, which holds every relative path. */
export function isInside(child: string, parent: string): boolean {
  if (parent === '') return !child.startsWith('/');
  return child === parent || child.startsWith(parent.endsWith('/') ? parent : `${parent}/`);
}

/** Whether some segment of `rel` is node_modules: a dependency's file, not the app's own. */
export function inNodeModules(rel: string): boolean {
  return (
    rel === 'node_modules' ||
    rel.startsWith('node_modules/') ||
    rel.includes('/node_modules/') ||
    rel.endsWith('/node_modules')
  );
}
