import { speakerMessages } from './speaker-messages';
import { Link, useParams } from 'react-router-dom';
import { findEvent, findSpeaker, findTalk, lookups } from '../catalog/catalog-lookups';
import type { Catalog, CatalogEvent, Talk } from '../catalog/catalog-schema';
import { useCatalog, useSpeakerPageView } from '../catalog/catalog-store';
import { NotFoundPage } from '../components/not-found-page';
import { PageHeading } from '../components/page-heading';
import { PageTitle } from '../components/page-title';
import { formatCount } from '../i18n/format';
import { pickText, useLanguage, useMessages, useT } from '../i18n/use-i18n';
import { paths } from '../paths';
import { speakerPageView } from './speaker-pages';
import { TalkTags } from '../talks/talk-tags';
import { talkTitle } from '../talks/talk-title';

/** Talks grouped by their event, in the order given (newest event first). */
function groupedByEvent(catalog: Catalog, talks: readonly Talk[]) {
  const groups: { event: CatalogEvent; talks: Talk[] }[] = [];
  for (const talk of talks) {
    const last = groups.at(-1);
    if (last?.event.id === talk.event) last.talks.push(talk);
    else {
      const event = findEvent(catalog, talk.event);
      if (event !== undefined) groups.push({ event, talks: [talk] });
    }
  }
  return groups;
}

export function SpeakerPage() {
  const { id = '', page: pageParam = '1' } = useParams();
  const catalog = useCatalog();
  const t = useT();
  const speakerT = useMessages(speakerMessages);
  const language = useLanguage();
  const speaker = findSpeaker(catalog, id);
  const page = /^[1-9]\d*$/.test(pageParam) ? Number(pageParam) : 0;
  // A speaker with more than one page carries its page's talks and the counts over all of them;
  // otherwise (or once the app has every talk) the page works them out from the talks it has.
  const stored = useSpeakerPageView(id, page);
  const view = stored ?? speakerPageView(catalog, id, lookups(catalog).talksBySpeaker.get(id) ?? [], page);
  if (speaker === undefined || view.talks === 0 || page < 1 || page > view.pages) return <NotFoundPage detail={speakerT.speakerNotFound(id)} />;
  const talks = view.ids.flatMap((talkId) => findTalk(catalog, talkId) ?? []);
  const groups = groupedByEvent(catalog, talks);
  const count = (n: number) => formatCount(n, language);
  const heading = page === 1 ? speakerT.speakerPageTitle(speaker.name) : speakerT.speakerPageTitleAt(speaker.name, count(page));
  return (
    <section className="speaker-page" aria-labelledby="speaker-heading">
      <PageTitle>{heading}</PageTitle>
      <PageHeading id="speaker-heading">{speaker.name}</PageHeading>
      {view.affiliations.length > 0 && (
        <p className="affiliation">{t.labelled(speakerT.affiliationsLabel, view.affiliations.join(t.listSeparator))}</p>
      )}
      <p className="intro">
        {speakerT.speakerSummary(t.talksCount(count(view.talks), view.talks), t.eventsCount(count(view.events), view.events))}
      </p>
      {groups.map(({ event, talks: atEvent }) => {
        const name = pickText(event.name, language);
        return (
          <section key={event.id} className="speaker-event" aria-labelledby={`speaker-event-${event.id}`}>
            <h2 id={`speaker-event-${event.id}`}>
              <Link to={paths.event(event.id)} lang={name.lang}>
                {name.text}
              </Link>
            </h2>
            <ul className="speaker-talks">
              {atEvent.map((talk) => {
                const title = talkTitle(talk, language);
                const affiliation = talk.speakers.find((s) => s.id === id)?.affiliation;
                return (
                  <li key={talk.id}>
                    <Link to={paths.talk(talk.id)} lang={title.lang}>
                      {title.text}
                    </Link>
                    {affiliation !== undefined && <span className="affiliation">{language === 'zh' ? '' : ' '}{t.parenthesized(affiliation)}</span>}
                    <TalkTags catalog={catalog} talk={talk} />
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {view.pages > 1 && (
        <nav className="speaker-pages" aria-label={speakerT.pagesLabel}>
          {page > 1 && <Link to={paths.speaker(id, page - 1)}>← {speakerT.previousPage}</Link>}
          <span>{speakerT.pageOf(count(page), count(view.pages))}</span>
          {page < view.pages && <Link to={paths.speaker(id, page + 1)}>{speakerT.nextPage} →</Link>}
        </nav>
      )}
    </section>
  );
}
