// Shared by the prerender tests: the two ways the site is deployed, and a route by kind.
import type { Catalog } from '../../src/catalog/catalog-schema';
import { pageRoutes, type PageRoute } from '../../scripts/prerender/page-routes';
import type { Site } from '../../scripts/prerender/site-urls';

export const ROOT: Site = { basePath: '/', origin: undefined };
export const DEPLOYED: Site = { basePath: '/talks/', origin: 'https://talks.example.org' };

export function routeOf(catalog: Catalog, kind: PageRoute['kind'], path?: string): PageRoute {
  const route = pageRoutes(catalog).find((r) => r.kind === kind && (path === undefined || r.path === path));
  if (!route) throw new Error(`no ${kind} route ${path ?? ''}`);
  return route;
}
