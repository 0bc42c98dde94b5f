// A searchable, filterable, sortable list of talks: the body of the front page, the archive and
// each event's page. What it lists and how it starts come from its scope (list-scope.ts); the
// reader's view is the URL's query.
import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useRef, useState, type ReactNode } from 'react';
import { useCatalog, useCatalogTotals, useFirstView } from '../catalog/catalog-store';
import { findTalk } from '../catalog/catalog-lookups';
import type { Catalog } from '../catalog/catalog-schema';
import { FIRST_SCREEN, type ListFirstView } from '../catalog/page-data';
import { formatCount } from '../i18n/format';
import { useLanguage, useT } from '../i18n/use-i18n';
import { marksOf, useReaderMarks } from '../reader-list/use-reader-marks';
import { FilterPanel } from './filter-panel';
import { facetOptions } from './filter-options';
import { filterTalks, type FacetCounts, type FilterResult } from './filter-talks';
import { SearchBox } from './search-box';
import { SortSelect } from './sort-select';
import { sortTalks } from './sort-talks';
import { ListSearchContext } from './list-search-context';
import { hasWholeScope, withScope, type ListScope } from './list-scope';
import { TalkCard } from './talk-card';
import { activeFilterCount, clearedFilters, isFiltered, serializeTalkQuery, sortsFor } from './talk-query';
import { useHydrated } from '../components/use-hydrated';
import { useCatalogKeys } from './use-catalog-keys';
import { useTalkSearch } from './use-talk-search';
import { useCatalogQuery } from './use-catalog-query';
import { useArchiveList } from '../archive-index/use-archive-list';

const ListTools = lazy(() => import('../reader-list/list-tools'));

/**
 * Cards rendered at once. A list of thousands of talks renders its first page and a "show more"
 * button, so the DOM stays the same size whatever the list holds. The same length as the first
 * screen a long list's page carries (page-data.ts).
 */
export const PAGE_SIZE = FIRST_SCREEN;

/** A long list as the build saw it with no filter: its first screen, its length, its filters' counts. */
function firstViewResult(catalog: Catalog, view: ListFirstView): FilterResult {
  const counts = Object.fromEntries(Object.entries(view.counts).map(([facet, values]) => [facet, new Map(values)])) as FacetCounts;
  return { talks: view.ids.flatMap((id) => findTalk(catalog, id) ?? []), counts };
}

export type TalkListProps = {
  scope: ListScope;
  /** The list's name, for the copied Markdown's heading. */
  heading: string;
  /** Shown above the controls, e.g. the collection's summary. */
  children?: ReactNode;
};

export function TalkList({ scope, heading, children }: TalkListProps) {
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  const hydrated = useHydrated();
  const marks = useReaderMarks();
  const { query, urlSearch, setQuery, setSearch } = useCatalogQuery(scope);
  // The box shows every keystroke at once; the list follows as fast as it can be rendered, and a
  // further keystroke interrupts a render still under way. Measured against a list rendered with
  // the box: toggles and the first search up to twice as slow without it (docs/performance.md).
  const deferred = useDeferredValue(query);
  const search = serializeTalkQuery(deferred, scope.defaultSort);
  // How many cards are shown resets whenever the view changes (computed, not synced by an effect).
  const [shown, setShown] = useState({ view: search, count: PAGE_SIZE });
  const visibleCount = shown.view === search ? shown.count : PAGE_SIZE;
  const [toolsOpen, setToolsOpen] = useState(false);
  // A long list's page carries only its first screen. The archive's index answers once the reader
  // asks for anything the build did not work out: a search, a filter, another order, more talks,
  // or counts that depend on their own saved and watched talks.
  const complete = hasWholeScope(scope, useCatalogTotals());
  const hasMarks = marks.saved.size > 0 || marks.watched.size > 0;
  const firstView = useFirstView(scope.key, complete);
  // Asked for the view the list is about to show (the deferred one), not for the box's latest text:
  // the first render after a keystroke still shows the view before it, which the page has.
  const asksIndex = firstView !== undefined && (search !== '' || visibleCount > PAGE_SIZE || hasMarks);
  const { view: answered, status, retry } = useArchiveList(asksIndex, `${language}${search}#${String(visibleCount)}`, catalog, scope, deferred, marks, language, visibleCount);
  const talkSearch = useTalkSearch(firstView === undefined ? deferred.q : '');
  const { talks: matching, counts } = useMemo(
    () =>
      answered !== undefined
        ? answered
        : firstView === undefined
          ? filterTalks(catalog, scope.talks, deferred, marks, talkSearch)
          : firstViewResult(catalog, firstView),
    [answered, catalog, firstView, scope.talks, deferred, marks, talkSearch],
  );
  const talks = useMemo(
    () => (firstView === undefined ? sortTalks(catalog, matching, deferred.sort, language) : matching),
    [catalog, firstView, matching, deferred.sort, language],
  );
  const options = firstView === undefined ? facetOptions(catalog, scope.talks, scope.without) : firstView.options;
  // A search or filter of a list whose talks are still on their way: the first screen is not its
  // answer, so it is not shown as one (a reader's ↓ would land on a card about to be replaced).
  // The archive's last answer stays until the next arrives.
  const waiting = firstView !== undefined && search !== '' && status !== 'failed' && answered === undefined;
  const matchingCount = answered?.total ?? firstView?.total ?? talks.length;
  const scopeCount = firstView?.total ?? scope.talks.length;
  const visible = talks.slice(0, visibleCount);
  const searchInput = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const clearSearch = useCallback(() => setSearch(''), [setSearch]);
  useCatalogKeys(searchInput, list, clearSearch, `${scope.path}${urlSearch}`);

  const positions = useMemo(
    () => new Map(scope.collection?.entries.map((entry, i) => [entry.talk, { entry, position: i + 1 }]) ?? []),
    [scope.collection],
  );
  // Naming the event on every card only helps where the list mixes events.
  const mixedEvents = useMemo(() => new Set(scope.talks.map((talk) => talk.event)).size > 1, [scope.talks]);
  const showEvent = firstView === undefined ? mixedEvents : (firstView.counts.events.length) > 1;
  const count = (n: number) => formatCount(n, language);
  const remaining = matchingCount - visibleCount;
  const source = scope.collection === undefined ? undefined : t.quoted(scope.collection.source.title);
  const filterCount = activeFilterCount(query);

  return (
    <>
      {children}
      <div className="catalog-layout">
        <div className="catalog-controls">
          <SearchBox inputRef={searchInput} value={query.q} onChange={setSearch} />
          {/* On a phone the order, the filters and the keys fold away, so the search box sits right
              above the results; on a wide screen styles.css shows them whatever the fold's state. A
              native <details>: it works without JavaScript, and the server's HTML and the hydrated
              one are the same (never open), so nothing moves when the app takes over. */}
          <details className="fold filter-fold">
            <summary className="fold-toggle">{t.filterFold(count(filterCount), filterCount)}</summary>
            <SortSelect sorts={sortsFor(query.q, scope.sorts)} value={query.sort} onChange={(sort) => setQuery({ ...query, sort })} />
            <FilterPanel catalog={catalog} options={options} query={query} counts={counts} onChange={setQuery} />
            <p className="keyboard-hint">{t.keyboardHint}</p>
          </details>
        </div>
        <section className="catalog-results" aria-labelledby="result-count">
          <div className="result-bar">
            <h2 id="result-count" className="result-count" aria-live="polite">
              {waiting ? t.wholeLoading : t.resultCount(count(matchingCount), count(scopeCount), scopeCount)}
            </h2>
            {isFiltered(query) && talks.length > 0 && (
              <button type="button" className="link-button" disabled={!hydrated} onClick={() => setQuery(clearedFilters(query, scope.defaultSort))}>
                {t.clearFilters}
              </button>
            )}
            {/* Named whole everywhere; on a phone it shows only its first words, so it fits beside the
                count instead of pushing the first talk down a line. */}
            <button
              type="button"
              className="toolbar-button"
              aria-expanded={toolsOpen}
              aria-label={toolsOpen ? undefined : t.openListTools}
              disabled={!hydrated}
              onClick={() => setToolsOpen(!toolsOpen)}
            >
              {toolsOpen ? (
                t.closeListTools
              ) : (
                <>
                  <span className="narrow-only">{t.openListToolsShort}</span>
                  <span className="wide-only">{t.openListTools}</span>
                </>
              )}
            </button>
          </div>
          {/* Only before the list's first answer: after it, the last answer stays on screen until
              the next arrives, and a line that came and went with each keystroke would shake the list. */}
          {status === 'loading' && !waiting && answered === undefined && (
            <p className="list-loading" role="status">
              {t.wholeLoading}
            </p>
          )}
          {status === 'failed' && (
            <p className="list-loading" role="alert">
              {t.wholeLoadFailed}{' '}
              <button type="button" className="link-button" onClick={retry}>
                {t.tryAgain}
              </button>
            </p>
          )}
          {toolsOpen && (
            <Suspense fallback={null}>
              <ListTools catalog={catalog} visibleTalks={talks} heading={heading} />
            </Suspense>
          )}
          {waiting ? null : visible.length === 0 ? (
            <div className="empty-state">
              <p>{t.emptyState}</p>
              <button type="button" className="button" disabled={!hydrated} onClick={() => setQuery(clearedFilters(query, scope.defaultSort))}>
                {t.clearFilters}
              </button>
            </div>
          ) : (
            <ListSearchContext value={withScope(urlSearch, scope)}>
              <ol className="talk-list" ref={list}>
                {visible.map((talk) => {
                  const place = positions.get(talk.id);
                  return (
                    <li key={talk.id}>
                      <TalkCard
                        catalog={catalog}
                        talk={talk}
                        position={place?.position}
                        entry={place?.entry}
                        source={source}
                        showEvent={showEvent}
                        {...marksOf(marks, talk.id)}
                      />
                    </li>
                  );
                })}
              </ol>
            </ListSearchContext>
          )}
          {remaining > 0 && !waiting && (
            <p className="show-more">
              <button type="button" className="button" disabled={!hydrated} onClick={() => setShown({ view: search, count: visibleCount + PAGE_SIZE })}>
                {t.showMore(count(Math.min(PAGE_SIZE, remaining)), count(remaining))}
              </button>
            </p>
          )}
        </section>
      </div>
    </>
  );
}
