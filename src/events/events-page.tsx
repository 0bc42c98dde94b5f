import { Link } from 'react-router-dom';
import { useCatalog, useCatalogTotals } from '../catalog/catalog-store';
import { PageHeading } from '../components/page-heading';
import { PageTitle } from '../components/page-title';
import { formatCount } from '../i18n/format';
import { pickText, useLanguage, useMessages, useT } from '../i18n/use-i18n';
import { paths } from '../paths';
import { eventFacts } from './event-facts';
import { eventMessages } from './event-messages';
import { EventWhen } from './event-when';

/** Every event with how many of its talks the catalog has, and how many of those are mirrored for China. */
export function EventsPage() {
  const t = useT();
  const eventT = useMessages(eventMessages);
  const language = useLanguage();
  const catalog = useCatalog();
  const totals = useCatalogTotals();
  const rows = eventFacts(catalog, totals);
  const count = (n: number) => formatCount(n, language);
  return (
    <div className="events-page">
      <PageTitle>{eventT.eventsTitle}</PageTitle>
      <PageHeading>{eventT.eventsTitle}</PageHeading>
      <p className="intro">
        {eventT.eventsIntro(t.eventsCount(count(rows.length), rows.length), t.talksCount(count(totals.talks), totals.talks))}
      </p>
      <table className="events-table">
        <thead>
          <tr>
            <th scope="col">{eventT.eventColumn}</th>
            <th scope="col">{eventT.whereColumn}</th>
            <th scope="col" className="number">
              {eventT.talksColumn}
            </th>
            <th scope="col" className="number">
              {eventT.mirroredColumn}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ event, talks, mirrored }) => {
            const name = pickText(event.name, language);
            return (
              <tr key={event.id}>
                <th scope="row">
                  <Link to={paths.event(event.id)} lang={name.lang}>
                    {name.text}
                  </Link>
                </th>
                <td>
                  <EventWhen event={event} />
                </td>
                <td className="number">{count(talks)}</td>
                <td className="number">{count(mirrored)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
