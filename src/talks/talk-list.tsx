// A searchable, filterable, sortable list of talks: the body of the front page, the archive and
// each event's page. What it lists and how it starts come from its scope (list-scope.ts); the
// reader's view is the URL's query.
import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useRef, useState, type ReactNode } from 'react';
import { useCatalog } from '../catalog/catalog-store';
import { formatCount } from '../i18n/format';
import { useLanguage, useT } from '../i18n/use-i18n';
import { marksOf, useReaderMarks } from '../reader-list/use-reader-marks';
import { FilterPanel } from './filter-panel';
import { facetOptions } from './filter-options';
import { filterTalks } from './filter-talks';
import { SearchBox } from './search-box';
import { SortSelect } from './sort-select';
import { sortTalks } from './sort-talks';
import { ListSearchContext } from './list-search-context';
import { withScope, type ListScope } from './list-scope';
import { TalkCard } from './talk-card';
import { clearedFilters, isFiltered, serializeTalkQuery } from './talk-query';
import { useCatalogKeys } from './use-catalog-keys';
import { useSearchWarmUp } from './use-search-warm-up';
import { useCatalogQuery } from './use-catalog-query';

const ListTools = lazy(() => import('../reader-list/list-tools'));

/**
 * Cards rendered at once. A list of thousands of talks renders its first page and a "show more"
 * button, so the DOM stays the same size whatever the list holds.
 */
export const PAGE_SIZE = 40;

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
  const marks = useReaderMarks();
  const { query, urlSearch, setQuery, setSearch, flushView } = useCatalogQuery(scope);
  // The box shows every keystroke at once; the list follows as fast as it can be rendered, and a
  // further keystroke interrupts a render still under way.
  const deferred = useDeferredValue(query);
  const { talks: matching, counts } = useMemo(() => filterTalks(catalog, scope.talks, deferred, marks), [catalog, scope.talks, deferred, marks]);
  const talks = useMemo(() => sortTalks(catalog, matching, deferred.sort, language), [catalog, matching, deferred.sort, language]);
  const options = facetOptions(catalog, scope.talks, scope.without);
  const search = serializeTalkQuery(deferred, scope.defaultSort);
  // How many cards are shown resets whenever the view changes (computed, not synced by an effect).
  const [shown, setShown] = useState({ view: search, count: PAGE_SIZE });
  const visibleCount = shown.view === search ? shown.count : PAGE_SIZE;
  const visible = talks.slice(0, visibleCount);
  const [toolsOpen, setToolsOpen] = useState(false);
  const searchInput = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const clearSearch = useCallback(() => setSearch(''), [setSearch]);
  useCatalogKeys(searchInput, list, clearSearch);
  useSearchWarmUp(catalog, scope.talks);

  const positions = useMemo(
    () => new Map(scope.collection?.entries.map((entry, i) => [entry.talk, { entry, position: i + 1 }]) ?? []),
    [scope.collection],
  );
  // Naming the event on every card only helps where the list mixes events.
  const showEvent = useMemo(() => new Set(scope.talks.map((talk) => talk.event)).size > 1, [scope.talks]);
  const count = (n: number) => formatCount(n, language);
  const remaining = talks.length - visibleCount;
  const source = scope.collection === undefined ? undefined : t.quoted(scope.collection.source.title);

  return (
    <>
      {children}
      <div className="catalog-layout">
        <div className="catalog-controls">
          <SearchBox inputRef={searchInput} value={query.q} onChange={setSearch} onDone={flushView} />
          <SortSelect sorts={scope.sorts} value={query.sort} onChange={(sort) => setQuery({ ...query, sort })} />
          <FilterPanel catalog={catalog} options={options} query={query} counts={counts} onChange={setQuery} />
          <p className="keyboard-hint">{t.keyboardHint}</p>
        </div>
        <section className="catalog-results" aria-labelledby="result-count">
          <div className="result-bar">
            <h2 id="result-count" className="result-count" aria-live="polite">
              {t.resultCount(count(talks.length), count(scope.talks.length), scope.talks.length)}
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
          {visible.length === 0 ? (
            <div className="empty-state">
              <p>{t.emptyState}</p>
              <button type="button" className="button" onClick={() => setQuery(clearedFilters(query))}>
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
          {remaining > 0 && (
            <p className="show-more">
              <button type="button" className="button" onClick={() => setShown({ view: search, count: visibleCount + PAGE_SIZE })}>
                {t.showMore(count(Math.min(PAGE_SIZE, remaining)), count(remaining))}
              </button>
            </p>
          )}
        </section>
      </div>
    </>
  );
}
