import { memo } from 'react';
import { Link } from 'react-router-dom';
import type { Catalog, Talk } from '../catalog/catalog-schema';
import { ExternalLink } from '../components/external-link';
import { pickText, useLanguage, useT } from '../i18n/use-i18n';
import { paths } from '../paths';
import { speakerId } from '../speakers/speaker-id';
import { TalkLink } from './talk-link';
import { TalkTags } from './talk-tags';
import { TalkCover } from './talk-cover';
import { ReaderListButtons } from '../reader-list/reader-list-buttons';
import { useVideoSource } from '../preferences/preferences-store';
import { availableSources, watchUrl } from '../video/video-sources';

export type TalkCardProps = {
  catalog: Catalog;
  talk: Talk;
  position: number;
  /** The reader's marks on this talk, from the list that renders the card. */
  saved: boolean;
  watched: boolean;
};

/** Memoised: typing in the search box re-renders the list, but a card that stays only if its talk, position or marks change. */
export const TalkCard = memo(function TalkCard({ catalog, talk, position, saved, watched }: TalkCardProps) {
  const t = useT();
  const language = useLanguage();
  const title = pickText(talk.title, language);
  const titleId = `talk-${talk.id}-title`;
  const sources = availableSources(talk, useVideoSource());
  return (
    <article className="talk-card" aria-labelledby={titleId}>
      <TalkCover catalog={catalog} talk={talk} />
      <div className="talk-card-body">
      <p className="talk-number" aria-hidden="true">
        {`#${position}`}
      </p>
      <h3 id={titleId} className="talk-title" lang={title.lang}>
        <TalkLink talkId={talk.id}>{title.text}</TalkLink>
      </h3>
      <ul className="talk-speakers">
        {talk.speakers.map((speaker) => (
          <li key={speaker.name}>
            <Link to={paths.speaker(speakerId(speaker.name))}>{speaker.name}</Link>{' '}
            <span className="affiliation">{`(${speaker.affiliation})`}</span>
          </li>
        ))}
      </ul>
      <TalkTags catalog={catalog} talk={talk} />
      <p className="card-links">
        <span className="card-links-label">{`${t.videoHeading}:`}</span>{' '}
        {sources.map((source) => (
          <ExternalLink key={source} href={watchUrl(talk, source) ?? ''} className={source === sources[0] ? 'preferred-source' : undefined}>
            {source === 'youtube' ? t.youtube : t.tencent}
          </ExternalLink>
        ))}
        {sources.length === 0 && <span>{t.noVideo}</span>}
        <span className="card-links-sep" aria-hidden="true">
          {' · '}
        </span>
        <span className="card-links-label">{`${t.slidesHeading}:`}</span>{' '}
        {talk.slides === null ? (
          <span className="no-slides">{t.noSlides}</span>
        ) : (
          <ExternalLink href={talk.slides.url ?? talk.slides.seedShortLink ?? ''}>{t.slidesLink}</ExternalLink>
        )}
      </p>
      <ReaderListButtons talkId={talk.id} saved={saved} watched={watched} />
      </div>
    </article>
  );
});
