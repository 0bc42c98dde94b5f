import { useMemo } from 'react';
import { useCatalog } from '../catalog/catalog-store';
import { lookups } from '../catalog/catalog-lookups';
import { PageHeading } from '../components/page-heading';
import { formatCount, formatDayRange } from '../i18n/format';
import { useLanguage, useT } from '../i18n/use-i18n';
import { FilterPanel } from './filter-panel';
import { filterTalks } from './filter-talks';
import { SearchBox } from './search-box';
import { TalkCard } from './talk-card';
import { EMPTY_QUERY, isFiltered, serializeTalkQuery } from './talk-query';
import { useTalkQuery } from './use-talk-query';

export function CatalogPage() {
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  const [query, setQuery] = useTalkQuery();
  const { talks, counts } = useMemo(() => filterTalks(catalog, query), [catalog, query]);
  const search = serializeTalkQuery(query);
  const { positionById } = lookups(catalog);
  const event = catalog.event;
  const total = formatCount(catalog.talks.length, language);

  return (
    <div className="catalog-page">
      <title>{`${t.catalogTitle(event.name[language])} · ${t.siteName}`}</title>
      <PageHeading>{t.catalogTitle(event.name[language])}</PageHeading>
      <p className="intro">
        {t.catalogIntro(total, event.city[language], formatDayRange(event.startDate, event.endDate, language))}
      </p>
      <div className="catalog-layout">
        <div className="catalog-controls">
          <SearchBox value={query.q} onChange={(q) => setQuery({ ...query, q }, { typing: true })} />
          <FilterPanel catalog={catalog} query={query} counts={counts} onChange={setQuery} />
        </div>
        <section className="catalog-results" aria-labelledby="result-count">
          <div className="result-bar">
            <h2 id="result-count" className="result-count" aria-live="polite">
              {t.resultCount(formatCount(talks.length, language), total)}
            </h2>
            {isFiltered(query) && talks.length > 0 && (
              <button type="button" className="link-button" onClick={() => setQuery(EMPTY_QUERY)}>
                {t.clearFilters}
              </button>
            )}
          </div>
          {talks.length === 0 ? (
            <div className="empty-state">
              <p>{t.emptyState}</p>
              <button type="button" className="button" onClick={() => setQuery(EMPTY_QUERY)}>
                {t.clearFilters}
              </button>
            </div>
          ) : (
            <ol className="talk-list">
              {talks.map((talk) => (
                <li key={talk.id}>
                  <TalkCard catalog={catalog} talk={talk} position={(positionById.get(talk.id) ?? 0) + 1} search={search} />
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </div>
  );
}
