import { describe, expect, it } from 'vitest';
import type { PageRoute } from '../../scripts/prerender/page-routes';
import { outlinePreloadTag, entryPreloadTags, routePreloadTags, type Manifest } from '../../scripts/prerender/route-preloads';

// Shaped like Vite 8's manifest for the app: the talk page split off with a chunk it shares.
const MANIFEST: Manifest = {
  'index.html': { file: 'assets/index-a1.js', isEntry: true, imports: ['_runtime-b2.js'], css: ['assets/index-c3.css'] },
  '_runtime-b2.js': { file: 'assets/runtime-b2.js' },
  '_player-d4.js': { file: 'assets/player-d4.js', imports: ['_runtime-b2.js'], css: ['assets/player-e5.css'] },
  'src/talks/talk-page.tsx': { file: 'assets/talk-page-f6.js', imports: ['index.html', '_runtime-b2.js', '_player-d4.js'] },
  'outline.json': { file: 'assets/outline-g7.json' },
};

const talkRoute = { kind: 'talk', path: '/talks/x' } as PageRoute;

describe('routePreloadTags', () => {
  it('preloads the chunks a lazily loaded page needs that index.html does not load already', () => {
    expect(routePreloadTags(MANIFEST, talkRoute, { basePath: '/talks/', origin: undefined })).toEqual([
      '<link rel="modulepreload" crossorigin href="/talks/assets/talk-page-f6.js">',
      '<link rel="modulepreload" crossorigin href="/talks/assets/player-d4.js">',
      '<link rel="stylesheet" crossorigin href="/talks/assets/player-e5.css">',
    ]);
  });

  it('preloads nothing for pages in the main bundle, or without a manifest', () => {
    expect(routePreloadTags(MANIFEST, { kind: 'home', path: '/' }, { basePath: '/', origin: undefined })).toEqual([]);
    expect(routePreloadTags({}, talkRoute, { basePath: '/', origin: undefined })).toEqual([]);
  });
});

describe('outlinePreloadTag', () => {
  it('fetches the outline alongside the bundle, under the base path, as the fetch() that reads it', () => {
    expect(outlinePreloadTag(MANIFEST, { basePath: '/talks/', origin: undefined })).toEqual([
      '<link rel="preload" as="fetch" type="application/json" crossorigin href="/talks/assets/outline-g7.json">',
    ]);
  });

  it('preloads nothing when the build emitted no outline file', () => {
    expect(outlinePreloadTag({}, { basePath: '/', origin: undefined })).toEqual([]);
  });
});

describe('entryPreloadTags', () => {
  it('fetches the chunks the entry imports alongside it, not the entry itself', () => {
    expect(entryPreloadTags(MANIFEST, { basePath: '/talks/', origin: undefined })).toEqual([
      '<link rel="modulepreload" crossorigin href="/talks/assets/runtime-b2.js">',
    ]);
  });
});
