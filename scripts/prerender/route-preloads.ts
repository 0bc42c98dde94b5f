// src/app.tsx loads the talk and speaker pages lazily. A prerendered talk page shows its content at
// once, but React can only hydrate it once the page's chunk is in, and the main bundle asks for
// that chunk only after it has run: until then the page's buttons and choices do nothing. The
// HTML therefore names the chunk (and any styles split off with it) so the browser fetches it
// alongside the main bundle.
import { OUTLINE_MANIFEST_KEY } from '../vite/catalog-data-plugin';
import { escapeHtml } from './escape-html';
import type { PageRoute } from './page-routes';
import type { Site } from './site-urls';

/** The part of Vite's build manifest (`vite build --manifest`) that is read here. */
export type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; css?: string[] };
export type Manifest = Readonly<Record<string, ManifestChunk | undefined>>;

/**
 * The lazily loaded module each kind of page renders, as app.tsx imports it. A module that is
 * not split off has no chunk of its own in the manifest, and its pages simply preload nothing.
 */
export const LAZY_PAGE_MODULES: Readonly<Partial<Record<PageRoute['kind'], string>>> = {
  talk: 'src/talks/talk-page.tsx',
  speaker: 'src/speakers/speaker-page.tsx',
  shared: 'src/reader-list/shared-list-page.tsx',
};

/** `key` and every chunk it imports, directly or not. */
function withImports(manifest: Manifest, key: string, found = new Set<string>()): Set<string> {
  if (found.has(key) || manifest[key] === undefined) return found;
  found.add(key);
  for (const imported of manifest[key].imports ?? []) withImports(manifest, imported, found);
  return found;
}

/** What index.html loads: the entry and everything it imports. */
function loadedByEntry(manifest: Manifest): Set<string> {
  const loaded = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) if (chunk?.isEntry === true) withImports(manifest, key, loaded);
  return loaded;
}

const modulePreload = (file: string, site: Site) =>
  `<link rel="modulepreload" crossorigin href="${escapeHtml(`${site.basePath}${file}`)}">`;

/**
 * The chunks the entry script imports, fetched alongside it rather than once it has been parsed.
 * vite.config.ts turns Vite's own preloading off: it linked these, but also put a helper into
 * the entry that preloads the imports of lazy chunks, which import nothing the entry has not
 * loaded, so the helper cost every reader bytes for nothing.
 */
export function entryPreloadTags(manifest: Manifest, site: Site): string[] {
  return [...loadedByEntry(manifest)]
    .flatMap((key) => manifest[key] ?? [])
    .filter((chunk) => chunk.isEntry !== true && chunk.file.endsWith('.js'))
    .map((chunk) => modulePreload(chunk.file, site));
}

export function routePreloadTags(manifest: Manifest, route: PageRoute, site: Site): string[] {
  const source = LAZY_PAGE_MODULES[route.kind];
  if (source === undefined || manifest[source] === undefined) return [];
  const loaded = loadedByEntry(manifest);
  const href = (file: string) => escapeHtml(`${site.basePath}${file}`);
  const loadedCss = new Set([...loaded].flatMap((key) => manifest[key]?.css ?? []));
  const chunks = [...withImports(manifest, source)].filter((key) => !loaded.has(key)).flatMap((key) => manifest[key] ?? []);
  return [
    ...chunks.map((chunk) => modulePreload(chunk.file, site)),
    ...[...new Set(chunks.flatMap((chunk) => chunk.css ?? []))]
      .filter((file) => !loadedCss.has(file))
      .map((file) => `<link rel="stylesheet" crossorigin href="${href(file)}">`),
  ];
}

/**
 * The catalog's outline (src/catalog/page-data.ts), which main.tsx fetches before it can hydrate:
 * named in the HTML, it downloads alongside the bundle instead of after it. `crossorigin` matches
 * fetch()'s same-origin request, so the browser reuses the preloaded response.
 */
export function outlinePreloadTag(manifest: Manifest, site: Site): string[] {
  const file = manifest[OUTLINE_MANIFEST_KEY]?.file;
  if (file === undefined) return [];
  return [`<link rel="preload" as="fetch" type="application/json" crossorigin href="${escapeHtml(`${site.basePath}${file}`)}">`];
}
