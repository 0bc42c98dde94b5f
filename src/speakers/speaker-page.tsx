import { speakerMessages } from './speaker-messages';
import { Link, useParams } from 'react-router-dom';
import { findSpeaker, lookups } from '../catalog/catalog-lookups';
import type { Catalog, Talk } from '../catalog/catalog-schema';
import { useCatalog } from '../catalog/catalog-store';
import { NotFoundPage } from '../components/not-found-page';
import { PageHeading } from '../components/page-heading';
import { PageTitle } from '../components/page-title';
import { formatCount } from '../i18n/format';
import { pickText, useLanguage, useMessages, useT } from '../i18n/use-i18n';
import { paths } from '../paths';
import { eventsNewestFirst } from '../events/event-facts';
import { TalkTags } from '../talks/talk-tags';
import { talkTitle } from '../talks/talk-title';

/** A speaker's talks grouped by event, newest event first. */
function talksByEvent(catalog: Catalog, talks: readonly Talk[]) {
  return eventsNewestFirst(catalog).flatMap((event) => {
    const atEvent = talks.filter((talk) => talk.event === event.id);
    return atEvent.length === 0 ? [] : [{ event, talks: atEvent }];
  });
}

export function SpeakerPage() {
  const { id = '' } = useParams();
  const catalog = useCatalog();
  const t = useT();
  const speakerT = useMessages(speakerMessages);
  const language = useLanguage();
  const speaker = findSpeaker(catalog, id);
  const talks = lookups(catalog).talksBySpeaker.get(id) ?? [];
  if (speaker === undefined || talks.length === 0) return <NotFoundPage detail={speakerT.speakerNotFound(id)} />;
  const groups = talksByEvent(catalog, talks);
  const count = (n: number) => formatCount(n, language);
  // The affiliation belongs to each talk (people change jobs): list the ones given, each once.
  const affiliations = [...new Set(talks.flatMap((talk) => talk.speakers.filter((s) => s.id === id).flatMap((s) => s.affiliation ?? [])))];
  return (
    <section className="speaker-page" aria-labelledby="speaker-heading">
      <PageTitle>{speakerT.speakerPageTitle(speaker.name)}</PageTitle>
      <PageHeading id="speaker-heading">{speaker.name}</PageHeading>
      {affiliations.length > 0 && <p className="affiliation">{t.labelled(speakerT.affiliationsLabel, affiliations.join(t.listSeparator))}</p>}
      <p className="intro">
        {speakerT.speakerSummary(t.talksCount(count(talks.length), talks.length), t.eventsCount(count(groups.length), groups.length))}
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
    </section>
  );
}
