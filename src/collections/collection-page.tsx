// The front page when the catalog has a collection: the list as its author made it (their order,
// their picks, their notes), with the way into the whole archive and into the projects the list is
// about.
import { lazy, Suspense, useCallback, useMemo, useRef, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Catalog, Collection } from '../catalog/catalog-schema';
import { findTopic } from '../catalog/catalog-lookups';
import { useCatalog, useCatalogTotals } from '../catalog/catalog-store';
import type { CatalogTotals } from '../catalog/page-data';
import { PageHeading } from '../components/page-heading';
import { PageTitle } from '../components/page-title';
import { Paragraphs } from '../components/paragraphs';
import { useHydrated } from '../components/use-hydrated';
import { formatCount, formatDay } from '../i18n/format';
import { pickText, useLanguage, useT } from '../i18n/use-i18n';
import { paths } from '../paths';
import type { ListScope } from '../talks/list-scope';
import { TalkList } from '../talks/talk-list';
import { serializeTalkQuery, emptyQuery } from '../talks/talk-query';

/**
 * The summary pictures the collection and is already in the prerendered page, so its code can
 * come after the list's: React hydrates it when it arrives (app.tsx prefetches it too).
 */
export const loadCatalogSummary = () => import('../insights/catalog-summary');
const CatalogSummary = lazy(() => loadCatalogSummary().then((m) => ({ default: m.CatalogSummary })));

/** Projects most of the collection is about, with how many talks the archive has on each. */
function mainProjects(catalog: Catalog, totals: CatalogTotals, scope: ListScope): { id: string; total: number }[] {
  const inList = new Map<string, number>();
  for (const talk of scope.talks) {
    for (const id of talk.topics) if (findTopic(catalog, id)?.kind === 'project') inList.set(id, (inList.get(id) ?? 0) + 1);
  }
  const main = [...inList].filter(([, n]) => n * 2 >= scope.talks.length).map(([id]) => id);
  return main.map((id) => ({ id, total: totals.byTopic[id] ?? 0 }));
}

/**
 * A link to the archive filtered by a project. The archive is prerendered unfiltered (a static
 * host cannot answer a query), so without JavaScript such a link led to every talk while promising
 * a project's. Until the app runs it is a placeholder instead (an <a> without href: no link, no
 * focus stop), the same words in the same place, so nothing moves when it becomes a link.
 */
function FilteredArchiveLink({ to, children }: { to: string; children: ReactNode }) {
  const hydrated = useHydrated();
  return hydrated ? <Link to={to}>{children}</Link> : <a>{children}</a>;
}

export type CollectionPageProps = { scope: ListScope; collection: Collection };

export function CollectionPage({ scope, collection }: CollectionPageProps) {
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  const totals = useCatalogTotals();
  const heading = collection.title[language];
  const description = collection.description === undefined ? undefined : pickText(collection.description, language);
  const projects = useMemo(() => mainProjects(catalog, totals, scope), [catalog, totals, scope]);
  const talksCount = (n: number) => t.talksCount(formatCount(n, language), n);
  const published = collection.source.published === undefined ? undefined : formatDay(collection.source.published, language);
  // The same element on every render: while the summary's code is still on its way, React keeps
  // the prerendered summary only if its boundary receives nothing new (Lighthouse CLS 0.68 once).
  const fold = useRef<HTMLDetailsElement>(null);
  // On a phone the open summary fills the screen, so a topic tapped in it would filter a list out
  // of sight: the summary folds away and focus goes to its toggle, right above the search box and
  // the results. Where the fold is shown open whatever its state (a wide screen) it is never open.
  const foldAway = useCallback(() => {
    const details = fold.current;
    if (details === null || !details.open) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  }, []);
  const summary = useMemo(
    () => (
      <Suspense fallback={null}>
        <CatalogSummary catalog={catalog} talks={scope.talks} onTopicChosen={foldAway} />
      </Suspense>
    ),
    [catalog, scope.talks, foldAway],
  );

  return (
    <div className="catalog-page">
      <PageTitle>{heading}</PageTitle>
      <PageHeading>{heading}</PageHeading>
      {description !== undefined && <Paragraphs className="intro" text={description.text} lang={description.lang} />}
      <p className="collection-source">{t.collectionSource(t.quoted(collection.source.title), published)}</p>
      <ul className="archive-links">
        <li>
          <Link to={paths.archive()}>{t.browseArchive(talksCount(totals.talks))}</Link>
        </li>
        {projects.map(({ id, total }) => {
          const label = findTopic(catalog, id)?.label;
          const name = label === undefined ? id : pickText(label, language).text;
          return (
            <li key={id}>
              <FilteredArchiveLink to={paths.archive(serializeTalkQuery({ ...emptyQuery('newest'), projects: [id] }, 'newest'))}>
                {t.projectInArchive(name, talksCount(total))}
              </FilteredArchiveLink>
            </li>
          );
        })}
      </ul>
      <TalkList scope={scope} heading={heading}>
        {/* Folded on a phone, like the filters (talk-list.tsx), so the first talk is on the first screen. */}
        <details className="fold summary-fold" ref={fold}>
          <summary className="fold-toggle">{t.summaryTitle}</summary>
          {summary}
        </details>
      </TalkList>
    </div>
  );
}
