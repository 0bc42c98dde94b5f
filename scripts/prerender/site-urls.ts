// Where the built pages will live: the base path every URL starts with, and optionally the site's
// origin for the absolute URLs that og:url and rel="canonical" need. Both come from the build's
// environment (BASE_PATH, SITE_URL) and are checked here, so a typo fails the build, not the site.

export type Site = {
  /** "/" or "/talks/": starts and ends with a slash, as Vite normalises `base`. */
  basePath: string;
  /** "https://talks.example.org", no trailing slash; absent when SITE_URL is not set. */
  origin: string | undefined;
};

export function parseBasePath(value: string): string {
  // Relative bases ("./") make asset URLs relative, which breaks every page below the root.
  if (!value.startsWith('/') || value.startsWith('//')) {
    throw new Error(`BASE_PATH must be an absolute path such as /talks/ for prerendered pages, got "${value}"`);
  }
  return value.endsWith('/') ? value : `${value}/`;
}

export function parseSiteOrigin(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://talks.example.org, got "${value}"`);
  }
  // The path is BASE_PATH's job; accepting one here would leave it unclear which wins.
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new Error(`SITE_URL is the site's origin only (set the path with BASE_PATH), got "${value}"`);
  }
  return url.origin;
}

/** An in-app path ("/talks/x", from src/paths.ts) as a link on the deployed site: "/base/talks/x". */
export function sitePath(site: Site, appPath: string): string {
  return `${site.basePath}${appPath.replace(/^\//, '')}`;
}

/** The absolute URL of an in-app path, when the site's origin is known. */
export function absoluteUrl(site: Site, appPath: string): string | undefined {
  return site.origin === undefined ? undefined : `${site.origin}${sitePath(site, appPath)}`;
}

/** Absolute when the origin is known, else root-relative: what structured data can link to. */
export function bestUrl(site: Site, appPath: string): string {
  return absoluteUrl(site, appPath) ?? sitePath(site, appPath);
}
