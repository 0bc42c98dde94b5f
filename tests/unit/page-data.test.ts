import { describe, expect, it } from 'vitest';
import { catalogTotals, FIRST_SCREEN, jsonForScript, outlineOf, pageDataFile, withSlice } from '../../src/catalog/page-data';
import { pageRoutes } from '../../scripts/prerender/page-routes';
import { pageSlice } from '../../scripts/prerender/page-slices';
import { fixtureCatalog, freshCatalog } from './fixture-catalog';
import { longCatalog } from './long-catalog';

const long = longCatalog();
const routeOf = (kind: string, path?: string) => {
  const route = pageRoutes(long).find((r) => r.kind === kind && (path === undefined || r.path === path));
  if (route === undefined) throw new Error(`no ${kind} route ${path ?? ''}`);
  return route;
};
const ids = (talks: readonly { id: string }[]) => talks.map((talk) => talk.id);

describe('what each page carries', () => {
  it('gives a talk page its own talk and speakers, not the archive', () => {
    const slice = pageSlice(long, routeOf('talk', '/talks/generated-007'));
    expect(ids(slice.talks)).toEqual(['generated-007']);
    expect(slice.speakers.map((s) => s.id)).toEqual(['bjorn-rabenstein']);
    expect(slice.speakers.map((s) => s.id).sort()).toEqual([...new Set(slice.talks.flatMap((t) => t.speakers.map((s) => s.id)))].sort());
    expect(slice.list).toBeUndefined();
  });

  it('gives a talk of the front collection the collection, for previous and next', () => {
    const slice = pageSlice(long, routeOf('talk', '/talks/alerting-at-scale'));
    expect(ids(slice.talks)).toEqual(long.collections[0]?.entries.map((entry) => entry.talk));
  });

  it('gives a long list its first screen and the counts of its filters for the whole list', () => {
    const slice = pageSlice(long, routeOf('archive'));
    expect(slice.talks).toHaveLength(FIRST_SCREEN);
    expect(slice.list).toMatchObject({ scope: 'archive', total: long.talks.length });
    expect(slice.list?.ids).toEqual(ids(slice.talks));
    // Newest event first, as the archive starts: the generated Berlin (2017) talks come last.
    expect(slice.list?.ids[0]).not.toMatch(/^generated-/);
    const prometheus = long.talks.filter((talk) => talk.topics.includes('prometheus')).length;
    expect(Object.fromEntries(slice.list?.counts.projects ?? [])).toMatchObject({ prometheus });
  });

  it('gives an event too long for one screen its first screen, in the event’s own order', () => {
    const slice = pageSlice(long, routeOf('event', '/events/conf-2017-berlin'));
    const berlin = long.talks.filter((talk) => talk.event === 'conf-2017-berlin');
    expect(slice.list).toMatchObject({ scope: 'event:conf-2017-berlin', total: berlin.length });
    expect(ids(slice.talks)).toEqual(ids(berlin.slice(0, FIRST_SCREEN)));
  });

  it('gives a short list all of its talks and no first view', () => {
    const archive = pageRoutes(fixtureCatalog).find((r) => r.kind === 'archive');
    if (archive === undefined) throw new Error('no archive route');
    const slice = pageSlice(fixtureCatalog, archive);
    expect(slice.talks).toHaveLength(fixtureCatalog.talks.length);
    expect(slice.list).toBeUndefined();
  });
});

describe('putting slices together', () => {
  it('keeps the whole catalog’s order and the talks it already had', () => {
    const catalog = freshCatalog();
    const outline = outlineOf(catalog);
    const start = { ...catalog, talks: [], speakers: [] };
    const positions = new Map<string, number>();
    const lastRoute = pageRoutes(catalog).find((r) => r.kind === 'talk' && r.talk === catalog.talks.at(-1));
    if (lastRoute === undefined) throw new Error('no talk route');
    const last = pageSlice(catalog, lastRoute);
    const afterOne = withSlice(start, last, positions);
    const afterAll = withSlice(afterOne, { talks: catalog.talks, positions: catalog.talks.map((_, i) => i), speakers: catalog.speakers }, positions);
    expect(ids(afterAll.talks)).toEqual(ids(catalog.talks));
    expect(afterAll.talks).toContain(afterOne.talks[0]);
    expect(outline.totals).toEqual(catalogTotals(catalog));
    expect(withSlice(afterAll, last, positions)).toBe(afterAll);
  });

  it('counts talks per event and topic over the whole catalog', () => {
    const totals = catalogTotals(long);
    expect(totals.talks).toBe(long.talks.length);
    expect(totals.byEvent['conf-2017-berlin']?.talks).toBe(long.talks.filter((t) => t.event === 'conf-2017-berlin').length);
    expect(totals.byTopic.prometheus).toBe(long.talks.filter((t) => t.topics.includes('prometheus')).length);
  });

  it('names each page’s data file beside its HTML', () => {
    expect(pageDataFile('/')).toBe('page-data.json');
    expect(pageDataFile('/talks/x')).toBe('talks/x/page-data.json');
    expect(pageDataFile('/talks/x/')).toBe('talks/x/page-data.json');
  });

  it('writes data that no title can break out of its <script>', () => {
    const text = jsonForScript({ title: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ title: '</script><script>alert(1)</script>' });
  });
});
