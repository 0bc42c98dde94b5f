import { memo } from 'react';
import { Link } from 'react-router-dom';
import type { Catalog, CollectionEntry, Talk } from '../catalog/catalog-schema';
import { eventOf } from '../catalog/catalog-lookups';
import { ChinaAwareLink } from '../links/china-aware-link';
import { linkHostName } from '../link-health/link-host';
import { pickText, useLanguage, useT } from '../i18n/use-i18n';
import { paths } from '../paths';
import { TalkLink } from './talk-link';
import { TalkTags } from './talk-tags';
import { TalkCover } from './talk-cover';
import { TalkSpeakers } from './talk-speakers';
import { ReaderListButtons } from '../reader-list/reader-list-buttons';
import { useVideoSource } from '../preferences/preferences-store';
import { videosInOrder } from '../video/video-sources';
import { talkTitle } from './talk-title';

export type TalkCardProps = {
  catalog: Catalog;
  talk: Talk;
  /** The talk's number and entry in the collection the list shows, if it is one. */
  position?: number | undefined;
  entry?: CollectionEntry | undefined;
  /** The title of that collection's source, for the pick badge. */
  source?: string | undefined;
  /** Whether to name the event (lists that mix events). */
  showEvent: boolean;
  /** The reader's marks on this talk, from the list that renders the card. */
  saved: boolean;
  watched: boolean;
};

/** Memoised: typing in the search box re-renders the list, but a card only if one of its props changes. */
export const TalkCard = memo(function TalkCard({ catalog, talk, position, entry, source, showEvent, saved, watched }: TalkCardProps) {
  const t = useT();
  const language = useLanguage();
  const title = talkTitle(talk, language);
  const titleId = `talk-${talk.id}-title`;
  const videos = videosInOrder(talk, useVideoSource());
  const event = showEvent ? eventOf(catalog, talk) : undefined;
  const eventName = event === undefined ? undefined : pickText(event.name, language);
  const slidesUrl = talk.slides?.url ?? entry?.links?.slides;
  return (
    <article className="talk-card" aria-labelledby={titleId}>
      <TalkCover catalog={catalog} talk={talk} />
      <div className="talk-card-body">
        {position !== undefined && (
          <p className="talk-number" aria-hidden="true">
            {`#${position}`}
          </p>
        )}
        <h3 id={titleId} className="talk-title" lang={title.lang}>
          <TalkLink talkId={talk.id}>{title.text}</TalkLink>
        </h3>
        {event !== undefined && eventName !== undefined && (
          <p className="talk-event">
            <Link to={paths.event(event.id)} lang={eventName.lang}>
              {eventName.text}
            </Link>
          </p>
        )}
        <TalkSpeakers catalog={catalog} talk={talk} className="talk-speakers" />
        <TalkTags catalog={catalog} talk={talk} pickedBy={entry?.pick === true ? source : undefined} />
        <p className="card-links">
          <span className="card-links-label">{t.labelled(t.videoHeading, '')}</span>
          {videos.map((video, i) => (
            <ChinaAwareLink key={video.url} href={video.url} className={i === 0 ? 'preferred-source' : undefined}>
              {t.videoHosts[video.host]}
            </ChinaAwareLink>
          ))}
          {videos.length === 0 && <span>{t.noVideo}</span>}
          {(slidesUrl !== undefined || talk.slides === null) && (
            <>
              <span className="card-links-sep" aria-hidden="true">
                {' · '}
              </span>
              <span className="card-links-label">{t.labelled(t.slidesHeading, '')}</span>
              {slidesUrl !== undefined ? (
                // Named by where it leads: after the "Slides:" label, "Slides" again said nothing.
                <ChinaAwareLink href={slidesUrl}>{linkHostName(slidesUrl)}</ChinaAwareLink>
              ) : (
                <span className="no-slides">{t.noSlides}</span>
              )}
            </>
          )}
        </p>
        <ReaderListButtons talkId={talk.id} saved={saved} watched={watched} />
      </div>
    </article>
  );
});
