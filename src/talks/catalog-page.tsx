import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useCatalog } from '../catalog/catalog-store';
import { lookups } from '../catalog/catalog-lookups';
import type { Talk } from '../catalog/catalog-schema';
import { PageHeading } from '../components/page-heading';
import { formatCount, formatDayRange } from '../i18n/format';
import { useLanguage, useT } from '../i18n/use-i18n';
import { useReaderMarks } from '../reader-list/use-reader-marks';
import { FilterPanel } from './filter-panel';
import { facetCounts, filterTalks } from './filter-talks';
import { SearchBox } from './search-box';
import { SortSelect } from './sort-select';
import { sortTalks } from './sort-talks';
import { ListSearchContext } from './list-search-context';
import { TalkCard } from './talk-card';
import { clearedFilters, isFiltered, serializeTalkQuery } from './talk-query';
import { useCatalogKeys } from './use-catalog-keys';
import { useSearchWarmUp } from './use-search-warm-up';
import { useAfterPaint } from './use-after-paint';
import { useCatalogQuery } from './use-catalog-query';

const ListTools = lazy(() => import('../reader-list/list-tools'));

/**
 * The summary pictures the whole catalog and is already in the prerendered page, so its code can
 * come after the list's: React hydrates it when it arrives (and app.tsx prefetches it for visits
 * that reach the catalog from another page).
 */
export const loadCatalogSummary = () => import('../insights/catalog-summary');
const CatalogSummary = lazy(() => loadCatalogSummary().then((m) => ({ default: m.CatalogSummary })));

/**
 * Cards rendered at once. A catalog of 10,000 talks renders its first page and a "show more"
 * button, so the DOM stays the same size whatever the catalog holds and a keystroke re-renders
 * at most this many cards.
 */
export const PAGE_SIZE = 40;

/**
 * Cards rendered with the keystroke or click that changed the list: more than a tall phone or a
 * desktop window shows. The rest of the page follows as soon as those are painted, in a render
 * the next keystroke interrupts, so typing never waits for cards below the fold.
 */
export const URGENT_CARDS = 6;

/** How many cards two lists have in common at their start (the cards a change leaves in place). */
function sharedStart(a: readonly Talk[], b: readonly Talk[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

export function CatalogPage() {
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  const marks = useReaderMarks();
  const { query, urlSearch, setQuery, setSearch, flushSearch } = useCatalogQuery();
  const matching = useMemo(() => filterTalks(catalog, query, marks), [catalog, query, marks]);
  // The filters' counts follow once the list is painted: a keystroke waits only for the list.
  const countedQuery = useAfterPaint(query);
  const counts = useMemo(() => facetCounts(catalog, countedQuery, marks), [catalog, countedQuery, marks]);
  const talks = useMemo(() => sortTalks(matching, query.sort, language), [matching, query.sort, language]);
  const search = serializeTalkQuery(query);
  // How many cards are shown resets whenever the view changes (computed, not synced by an effect).
  const [shown, setShown] = useState({ view: search, count: PAGE_SIZE });
  const visibleCount = shown.view === search ? shown.count : PAGE_SIZE;
  const visible = useMemo(() => talks.slice(0, visibleCount), [talks, visibleCount]);
  // Until the change is painted, `painted` is still the previous list: show the new list's first
  // cards (and any the change left in place, such as all of them for "show more"), never a mix of
  // old and new results. The render after the paint fills in the rest.
  const painted = useAfterPaint(visible);
  const rendered = painted === visible ? visible : visible.slice(0, Math.max(URGENT_CARDS, sharedStart(painted, visible)));
  const [toolsOpen, setToolsOpen] = useState(false);
  const searchInput = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // The same element on every render: while the summary's code is still on its way, React keeps
  // the prerendered summary only if its boundary receives nothing new. A re-render of this page
  // right after hydrating (the reader's saved talks arriving from storage) otherwise made React
  // drop the summary and draw it again later, shifting the whole page (Lighthouse CLS 0.68).
  const summary = useMemo(
    () => (
      <Suspense fallback={null}>
        <CatalogSummary catalog={catalog} />
      </Suspense>
    ),
    [catalog],
  );
  const clearSearch = useCallback(() => setSearch(''), [setSearch]);
  useCatalogKeys(searchInput, list, clearSearch);
  useSearchWarmUp(catalog.talks);

  const { positionById } = lookups(catalog);
  const event = catalog.event;
  const count = (n: number) => formatCount(n, language);
  const heading = t.catalogTitle(event.name[language]);
  const remaining = talks.length - visibleCount;

  return (
    <div className="catalog-page">
      <title>{`${heading} · ${t.siteName}`}</title>
      <PageHeading>{heading}</PageHeading>
      <p className="intro">
        {t.catalogIntro(count(catalog.talks.length), event.city[language], formatDayRange(event.startDate, event.endDate, language))}
      </p>
      {summary}
      <div className="catalog-layout">
        <div className="catalog-controls">
          <SearchBox inputRef={searchInput} value={query.q} onChange={setSearch} onDone={flushSearch} />
          <SortSelect value={query.sort} onChange={(sort) => setQuery({ ...query, sort })} />
          <FilterPanel catalog={catalog} query={query} counts={counts} onChange={setQuery} />
          <p className="keyboard-hint">{t.keyboardHint}</p>
        </div>
        <section className="catalog-results" aria-labelledby="result-count">
          <div className="result-bar">
            <h2 id="result-count" className="result-count" aria-live="polite">
              {t.resultCount(count(talks.length), count(catalog.talks.length))}
            </h2>
            {isFiltered(query) && talks.length > 0 && (
              <button type="button" className="link-button" onClick={() => setQuery(clearedFilters(query))}>
                {t.clearFilters}
              </button>
            )}
            <button type="button" className="toolbar-button" aria-expanded={toolsOpen} onClick={() => setToolsOpen(!toolsOpen)}>
              {toolsOpen ? t.closeListTools : t.openListTools}
            </button>
          </div>
          {toolsOpen && (
            <Suspense fallback={null}>
              <ListTools catalog={catalog} visibleTalks={talks} heading={heading} />
            </Suspense>
          )}
          {talks.length === 0 ? (
            <div className="empty-state">
              <p>{t.emptyState}</p>
              <button type="button" className="button" onClick={() => setQuery(clearedFilters(query))}>
                {t.clearFilters}
              </button>
            </div>
          ) : (
            <ListSearchContext value={urlSearch}>
              <ol className="talk-list" ref={list}>
                {rendered.map((talk) => (
                  <li key={talk.id}>
                    <TalkCard catalog={catalog} talk={talk} position={(positionById.get(talk.id) ?? 0) + 1} />
                  </li>
                ))}
              </ol>
            </ListSearchContext>
          )}
          {remaining > 0 && (
            <p className="show-more">
              <button type="button" className="button" onClick={() => setShown({ view: search, count: visibleCount + PAGE_SIZE })}>
                {t.showMore(count(Math.min(PAGE_SIZE, remaining)), count(remaining))}
              </button>
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
