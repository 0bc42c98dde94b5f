import { useCatalog, useCatalogTotals } from '../catalog/catalog-store';
import { PageHeading } from '../components/page-heading';
import { PageTitle } from '../components/page-title';
import { formatCount } from '../i18n/format';
import { useLanguage, useT } from '../i18n/use-i18n';
import type { ListScope } from '../talks/list-scope';
import { TalkList } from '../talks/talk-list';

export type ArchivePageProps = { scope: ListScope };

/** Every talk of the catalog, newest event first. */
export function ArchivePage({ scope }: ArchivePageProps) {
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  const totals = useCatalogTotals();
  const count = formatCount(totals.talks, language);
  const events = formatCount(catalog.events.length, language);
  // Where the archive is the front page, it carries the catalog's own name.
  const heading = scope.key === '' ? catalog.site.name[language] : t.archiveTitle;
  return (
    <div className="catalog-page">
      <PageTitle>{heading}</PageTitle>
      <PageHeading>{heading}</PageHeading>
      <p className="intro">
        {scope.key === '' && `${catalog.site.description[language]} `}
        {t.archiveIntro(t.talksCount(count, totals.talks), t.eventsCount(events, catalog.events.length))}
      </p>
      <TalkList scope={scope} heading={heading} />
    </div>
  );
}
