/// <reference lib="dom" />
/**
 * Hash routes ("#/action/<id>?asOf=…&quarter=…") so the server only serves one page, and every
 * view, including the moment it shows, can be shared as a link.
 */
export interface Route {
  path: string[];
  params: URLSearchParams;
  /** ISO instant the page shows "as recorded at"; null for now. */
  asOf: string | null;
}

export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#/, '');
  const [pathPart, query = ''] = text.split('?', 2);
  const params = new URLSearchParams(query);
  const asOf = params.get('asOf');
  const valid = asOf && !Number.isNaN(Date.parse(asOf)) ? new Date(asOf).toISOString() : null;
  return { path: pathPart.split('/').filter(Boolean).map(decodeURIComponent), params, asOf: valid };
}

/** A link to a page that keeps the moment being viewed, plus any extra parameters. */
export function href(path: string, asOf: string | null, extra: Record<string, string | null | undefined> = {}): string {
  const params = new URLSearchParams();
  if (asOf) params.set('asOf', asOf);
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  const query = params.toString();
  return `#${path}${query ? `?${query}` : ''}`;
}

export function currentRoute(): Route {
  return parseRoute(window.location.hash);
}

export function navigate(target: string): void {
  window.location.hash = target.replace(/^#/, '');
}
