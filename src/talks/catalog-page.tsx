import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useCatalog } from '../catalog/catalog-store';
import { lookups } from '../catalog/catalog-lookups';
import { PageHeading } from '../components/page-heading';
import { formatCount, formatDayRange } from '../i18n/format';
import { useLanguage, useT } from '../i18n/use-i18n';
import { marksOf, useReaderMarks } from '../reader-list/use-reader-marks';
import { FilterPanel } from './filter-panel';
import { facetCounts, filterTalks } from './filter-talks';
import { previewMatches } from './preview-matches';
import { SearchBox } from './search-box';
import { SortSelect } from './sort-select';
import { catalogInOrder, orderMatches } from './sort-talks';
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
 * Cards rendered with the keystroke or click that changed the list: enough to fill a phone's screen
 * or a laptop's window even with the list scrolled to its top (a card is 220–340 px tall). The
 * rest of the page follows as soon as those are painted, in a render the next keystroke
 * interrupts, so typing never waits for cards below the fold. Each new card costs its frame a few
 * milliseconds here: six instead of four made a topic toggle's p95 at 10k 52 ms instead of 30.
 */
export const URGENT_CARDS = 4;

export function CatalogPage() {
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  const marks = useReaderMarks();
  const { query, urlSearch, setQuery, setSearch, flushView } = useCatalogQuery();
  // The whole answer (every match, their number, the filters' counts) follows the query once the
  // frame of the keystroke or click that changed it is painted. That frame shows a preview: the
  // first matches, found by judging talks in order only until there are enough (previewMatches).
  const settled = useAfterPaint(query);
  const matching = useMemo(() => filterTalks(catalog, settled, marks), [catalog, settled, marks]);
  const counts = useMemo(() => facetCounts(catalog, settled, marks), [catalog, settled, marks]);
  const talks = useMemo(
    () => orderMatches(matching, catalog.talks, settled.sort, language),
    [matching, catalog.talks, settled.sort, language],
  );
  const search = serializeTalkQuery(query);
  // How many cards are shown resets whenever the view changes (computed, not synced by an effect).
  const [shown, setShown] = useState({ view: search, count: PAGE_SIZE });
  const visibleCount = shown.view === search ? shown.count : PAGE_SIZE;
  const visible = useMemo(() => talks.slice(0, visibleCount), [talks, visibleCount]);
  const preview = useMemo(() => {
    if (settled === query) return null;
    const ordered = catalogInOrder(catalog.talks, query.sort, language);
    return previewMatches(ordered, query, marks, visible, URGENT_CARDS);
  }, [settled, query, catalog.talks, language, marks, visible]);
  const rendered = preview?.talks ?? visible;
  // A complete preview knows how many talks match; otherwise the count shown is the previous one,
  // for the frame until the whole answer is in.
  const total = preview?.complete ? preview.talks.length : talks.length;
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
  // Unknown until the whole answer is in: no button rather than one with a wrong number.
  const remaining = preview === null ? talks.length - visibleCount : 0;

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
          <SearchBox inputRef={searchInput} value={query.q} onChange={setSearch} onDone={flushView} />
          <SortSelect value={query.sort} onChange={(sort) => setQuery({ ...query, sort })} />
          <FilterPanel catalog={catalog} query={query} counts={counts} onChange={setQuery} />
          <p className="keyboard-hint">{t.keyboardHint}</p>
        </div>
        <section className="catalog-results" aria-labelledby="result-count">
          <div className="result-bar">
            <h2 id="result-count" className="result-count" aria-live="polite">
              {t.resultCount(count(total), count(catalog.talks.length))}
            </h2>
            {isFiltered(query) && total > 0 && (
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
          {rendered.length === 0 ? (
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
                    <TalkCard catalog={catalog} talk={talk} position={(positionById.get(talk.id) ?? 0) + 1} {...marksOf(marks, talk.id)} />
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
