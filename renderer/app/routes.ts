/**
 * Screens of the application and their addresses in the location hash, so a reload (or a notification click)
 * lands on the same screen.
 */

export type Route =
  | { name: 'meetings' }
  | { name: 'meeting'; id: string; directiveId?: string }
  | { name: 'directory' }
  | { name: 'trash' }
  | { name: 'register' }
  | { name: 'overview' }
  | { name: 'settings' };

export type RouteName = Route['name'];

const SIMPLE: ReadonlySet<string> = new Set(['meetings', 'directory', 'trash', 'register', 'overview', 'settings']);

/** Reads a route from a location hash such as '#/meetings/<id>'; unknown hashes give the meeting list. */
export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third, fourth] = parts;
  if (first === 'meetings' && second !== undefined) {
    return third === 'directives' && fourth !== undefined ? { name: 'meeting', id: second, directiveId: fourth } : { name: 'meeting', id: second };
  }
  if (first !== undefined && SIMPLE.has(first)) return { name: first } as Route;
  return { name: 'meetings' };
}

/** Writes a route as a location hash. */
export function formatHash(route: Route): string {
  if (route.name === 'meeting') {
    const base = `#/meetings/${encodeURIComponent(route.id)}`;
    return route.directiveId === undefined ? base : `${base}/directives/${encodeURIComponent(route.directiveId)}`;
  }
  return `#/${route.name}`;
}
