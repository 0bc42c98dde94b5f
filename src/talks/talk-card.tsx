import { Link } from 'react-router-dom';
import type { Catalog, Talk } from '../catalog/catalog-schema';
import { ExternalLink } from '../components/external-link';
import { pickText, useLanguage, useT } from '../i18n/use-i18n';
import { paths } from '../paths';
import { speakerId } from '../speakers/speaker-id';
import { TalkTags } from './talk-tags';

export type TalkCardProps = { catalog: Catalog; talk: Talk; position: number; search: string };

export function TalkCard({ catalog, talk, position, search }: TalkCardProps) {
  const t = useT();
  const language = useLanguage();
  const title = pickText(talk.title, language);
  const titleId = `talk-${talk.id}-title`;
  return (
    <article className="talk-card" aria-labelledby={titleId}>
      <p className="talk-number" aria-hidden="true">
        #{position}
      </p>
      <h3 id={titleId} className="talk-title" lang={title.lang}>
        <Link to={paths.talk(talk.id, search)}>{title.text}</Link>
      </h3>
      <ul className="talk-speakers">
        {talk.speakers.map((speaker) => (
          <li key={speaker.name}>
            <Link to={paths.speaker(speakerId(speaker.name))}>{speaker.name}</Link>{' '}
            <span className="affiliation">({speaker.affiliation})</span>
          </li>
        ))}
      </ul>
      <TalkTags catalog={catalog} talk={talk} />
      <p className="card-links">
        <span className="card-links-label">{t.videoHeading}:</span>{' '}
        {talk.video.youtube !== undefined && <ExternalLink href={talk.video.youtube}>{t.youtube}</ExternalLink>}{' '}
        {talk.video.tencent !== undefined && <ExternalLink href={talk.video.tencent}>{t.tencent}</ExternalLink>}
        {talk.video.youtube === undefined && talk.video.tencent === undefined && <span>{t.noVideo}</span>}
        <span className="card-links-sep" aria-hidden="true">
          {' · '}
        </span>
        <span className="card-links-label">{t.slidesHeading}:</span>{' '}
        {talk.slides === null ? (
          <span className="no-slides">{t.noSlides}</span>
        ) : (
          <ExternalLink href={talk.slides.url ?? talk.slides.seedShortLink ?? ''}>{t.slidesLink}</ExternalLink>
        )}
      </p>
    </article>
  );
}
