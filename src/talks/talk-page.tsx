import { talkPageMessages } from './talk-page-messages';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { findTalk, lookups } from '../catalog/catalog-lookups';
import type { Catalog, Talk } from '../catalog/catalog-schema';
import { useCatalog } from '../catalog/catalog-store';
import { NotFoundPage } from '../components/not-found-page';
import { PageHeading } from '../components/page-heading';
import { formatDay } from '../i18n/format';
import { LOCALE } from '../i18n/messages';
import { pickText, useLanguage, useMessages, useT } from '../i18n/use-i18n';
import { paths } from '../paths';
import { speakerId } from '../speakers/speaker-id';
import { filterTalks } from './filter-talks';
import { TalkLinks } from './talk-links';
import { TalkTags } from './talk-tags';
import { TalkCover } from './talk-cover';
import { ReaderListButtons } from '../reader-list/reader-list-buttons';
import { useIsSaved, useIsWatched } from '../reader-list/reader-list-store';
import { isFiltered, serializeTalkQuery, type TalkQuery } from './talk-query';
import { useTalkQuery } from './use-talk-query';

/** Neighbours within the list the reader came from, or the whole catalog when it has no filter. */
function neighbours(catalog: Catalog, query: TalkQuery, talk: Talk): { previous?: Talk; next?: Talk } {
  const filtered = isFiltered(query) ? filterTalks(catalog, query) : catalog.talks;
  const list = filtered.includes(talk) ? filtered : catalog.talks;
  const index = list.indexOf(talk);
  return { previous: list[index - 1], next: list[index + 1] };
}

export function TalkPage() {
  const { id = '' } = useParams();
  const catalog = useCatalog();
  const talk = findTalk(catalog, id);
  const talkT = useMessages(talkPageMessages);
  if (!talk) return <NotFoundPage detail={talkT.talkNotFound(id)} />;
  return <TalkDetails catalog={catalog} talk={talk} />;
}

type TalkDetailsProps = { catalog: Catalog; talk: Talk };

function TalkDetails({ catalog, talk }: TalkDetailsProps) {
  const t = useT();
  const talkT = useMessages(talkPageMessages);
  const language = useLanguage();
  const saved = useIsSaved(talk.id);
  const watched = useIsWatched(talk.id);
  const [query] = useTalkQuery();
  const search = serializeTalkQuery(query);
  const { previous, next } = useMemo(() => neighbours(catalog, query, talk), [catalog, query, talk]);
  const title = pickText(talk.title, language);
  const summary = pickText(talk.summary, language);
  const position = (lookups(catalog).positionById.get(talk.id) ?? 0) + 1;

  return (
    <article className="talk-page">
      <title>{`${title.text} · ${t.siteName}`}</title>
      <p className="back-link">
        <Link to={paths.home(search)}>← {t.backToList}</Link>
      </p>
      <TalkCover catalog={catalog} talk={talk} size="large" />
      <p className="talk-number">#{position}</p>
      <PageHeading lang={title.lang}>{title.text}</PageHeading>
      {language === 'zh' && talk.title.zh !== undefined ? (
        <p className="other-title">
          {t.officialTitle}
          <span lang={LOCALE.en}>{talk.title.en}</span>
        </p>
      ) : (
        talk.title.zh !== undefined && (
          <p className="other-title">
            {talkT.otherTitle}
            <span lang={LOCALE.zh}>{talk.title.zh}</span>
          </p>
        )
      )}
      <TalkTags catalog={catalog} talk={talk} />
      <ReaderListButtons talkId={talk.id} saved={saved} watched={watched} />
      <dl className="talk-facts">
        <dt>{talkT.speakersHeading}</dt>
        <dd>
          <ul className="speaker-list">
            {talk.speakers.map((speaker) => (
              <li key={speaker.name}>
                <Link to={paths.speaker(speakerId(speaker.name))}>{speaker.name}</Link>,{' '}
                <span className="affiliation">{speaker.affiliation}</span>
              </li>
            ))}
          </ul>
        </dd>
        <dt>{talkT.dateHeading}</dt>
        <dd>{talk.date === null ? talkT.dateUnknown : <time dateTime={talk.date}>{formatDay(talk.date, language)}</time>}</dd>
      </dl>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{talkT.summaryHeading}</h2>
        <p className="summary" lang={summary.lang}>
          {summary.text}
          {language === 'zh' && talk.summary.zh === undefined && <span lang={LOCALE.zh}> {talkT.untranslated}</span>}
        </p>
      </section>
      <TalkLinks talk={talk} />
      <nav className="talk-nav" aria-label={talkT.talkNavigation}>
        {previous && (
          <Link to={paths.talk(previous.id, search)} rel="prev" className="talk-nav-previous">
            <span className="talk-nav-label">← {talkT.previousTalk}</span>
            <span lang={pickText(previous.title, language).lang}>{pickText(previous.title, language).text}</span>
          </Link>
        )}
        {next && (
          <Link to={paths.talk(next.id, search)} rel="next" className="talk-nav-next">
            <span className="talk-nav-label">{talkT.nextTalk} →</span>
            <span lang={pickText(next.title, language).lang}>{pickText(next.title, language).text}</span>
          </Link>
        )}
      </nav>
    </article>
  );
}
