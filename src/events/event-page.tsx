import { Link, useParams } from 'react-router-dom';
import { findEvent } from '../catalog/catalog-lookups';
import { useCatalog, useCatalogTotals } from '../catalog/catalog-store';
import { ExternalLink } from '../components/external-link';
import { NotFoundPage } from '../components/not-found-page';
import { PageHeading } from '../components/page-heading';
import { PageTitle } from '../components/page-title';
import { formatCount } from '../i18n/format';
import { pickText, useLanguage, useMessages, useT } from '../i18n/use-i18n';
import { paths } from '../paths';
import { eventScope } from '../talks/list-scope';
import { TalkList } from '../talks/talk-list';
import { eventFacts } from './event-facts';
import { eventMessages } from './event-messages';
import { EventWhen } from './event-when';

export function EventPage() {
  const { id = '' } = useParams();
  const catalog = useCatalog();
  const totals = useCatalogTotals();
  const eventT = useMessages(eventMessages);
  const t = useT();
  const language = useLanguage();
  const event = findEvent(catalog, id);
  if (event === undefined) return <NotFoundPage detail={eventT.eventNotFound(id)} />;
  const name = pickText(event.name, language);
  const facts = eventFacts(catalog, totals).find((row) => row.event.id === event.id);
  const source = catalog.sources.find((s) => s.id === event.source);
  const count = (n: number) => formatCount(n, language);
  return (
    <div className="catalog-page event-page">
      <PageTitle>{name.text}</PageTitle>
      <p className="back-link">
        <Link to={paths.events()}>← {t.backTo(eventT.allEvents)}</Link>
      </p>
      <PageHeading lang={name.lang}>{name.text}</PageHeading>
      <p className="intro">
        <EventWhen event={event} />
        {language === 'zh' ? '。' : '. '}
        {facts !== undefined && eventT.eventFacts(t.talksCount(count(facts.talks), facts.talks), count(facts.mirrored))}
      </p>
      {source !== undefined && (
        <p className="collection-source">
          {t.labelled(eventT.eventSourceLabel, '')}
          {source.url === undefined ? source.title : <ExternalLink href={source.url}>{source.title}</ExternalLink>}
          {t.sentenceEnd}
        </p>
      )}
      <TalkList scope={eventScope(catalog, event)} heading={name.text} />
    </div>
  );
}
