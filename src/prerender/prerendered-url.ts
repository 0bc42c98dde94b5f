// Shared by the prerenderer, which records on #root the URL a page was rendered for, and by
// src/main.tsx, which hydrates that markup only at that URL. A host serves prerendered HTML for
// other URLs too: its fallback page for an unknown path, or a talk page for `?topic=…`, where the
// app renders a different list and links. Hydrating those would be a mismatch (React reports an
// error and keeps the server's stale attributes), so the client renders them afresh instead.

export const PRERENDERED_URL_ATTRIBUTE = 'data-prerendered-url';

const withoutTrailingSlash = (pathname: string): string => pathname.replace(/\/+$/, '');

/**
 * Whether the app at `location` renders exactly what was prerendered for `prerenderedUrl`.
 * Pages are prerendered without a query; a trailing slash (hosts add one) changes nothing.
 */
export function rendersPrerenderedUrl(
  prerenderedUrl: string | null,
  location: { pathname: string; search: string },
): boolean {
  if (prerenderedUrl === null || location.search !== '') return false;
  return withoutTrailingSlash(location.pathname) === withoutTrailingSlash(prerenderedUrl);
}
