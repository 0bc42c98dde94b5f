import { talkPageMessages } from './talk-page-messages';
import { useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { eventOf, findTalk, lookups } from '../catalog/catalog-lookups';
import type { Catalog, Talk } from '../catalog/catalog-schema';
import { useCatalog, useCatalogTotals } from '../catalog/catalog-store';
import { ExternalLink } from '../components/external-link';
import { NotFoundPage } from '../components/not-found-page';
import { PageHeading } from '../components/page-heading';
import { PageTitle } from '../components/page-title';
import { Paragraphs } from '../components/paragraphs';
import { formatCount, formatDay } from '../i18n/format';
import { LOCALE, type Language } from '../i18n/messages';
import { pickText, useLanguage, useMessages, useT } from '../i18n/use-i18n';
import { paths } from '../paths';
import { useReaderMarks } from '../reader-list/use-reader-marks';
import { filterTalks, type ReaderMarks } from './filter-talks';
import { hasWholeScope, scopeFromKey, withScope, type ListScope } from './list-scope';
import { talkSearch } from './search-text';
import { sortTalks } from './sort-talks';
import { TalkLinks } from './talk-links';
import { TalkSpeakers } from './talk-speakers';
import { TalkTags } from './talk-tags';
import { TalkCover } from './talk-cover';
import { ReaderListButtons } from '../reader-list/reader-list-buttons';
import { useIsSaved, useIsWatched } from '../reader-list/reader-list-store';
import { parseTalkQuery, serializeTalkQuery, type TalkQuery } from './talk-query';
import { talkTitle } from './talk-title';
import { useArchiveNeighbours } from '../archive-index/use-archive-list';

/** Neighbours within the list the reader came from, as they saw it (filters, order, their marks). */
function neighbours(catalog: Catalog, scope: ListScope, query: TalkQuery, marks: ReaderMarks, language: Language, talk: Talk) {
  const shown = sortTalks(catalog, filterTalks(catalog, scope.talks, query, marks, talkSearch()).talks, query.sort, language);
  const list = shown.includes(talk) ? shown : scope.talks.includes(talk) ? scope.talks : [];
  const index = list.indexOf(talk);
  return { previous: index < 0 ? undefined : list[index - 1], next: index < 0 ? undefined : list[index + 1] };
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
  const marks = useReaderMarks();
  const { search: locationSearch } = useLocation();
  const params = useMemo(() => new URLSearchParams(locationSearch), [locationSearch]);
  const scope = scopeFromKey(catalog, params.get('from'));
  const query = useMemo(() => parseTalkQuery(params, catalog, scope.defaultSort, scope.sorts, scope.without), [params, catalog, scope]);
  const listSearch = serializeTalkQuery(query, scope.defaultSort);
  // Previous and next need the list the reader came from. The page carries only its own talk (or
  // its collection): a long list the reader searched or filtered is answered from the archive's
  // index, but a plain visit does not ask for two links.
  const complete = hasWholeScope(scope, useCatalogTotals());
  const fromIndex = useArchiveNeighbours(!complete && listSearch !== '', `${language}${listSearch}`, catalog, scope, query, marks, language, talk.id);
  const inMemory = useMemo(
    () => (complete ? neighbours(catalog, scope, query, marks, language, talk) : { previous: undefined, next: undefined }),
    [complete, catalog, scope, query, marks, language, talk],
  );
  const { previous, next } = complete ? inMemory : fromIndex;
  const title = talkTitle(talk, language);
  const summary = talk.summary === undefined ? undefined : pickText(talk.summary, language);
  const event = eventOf(catalog, talk);
  const eventName = event === undefined ? undefined : pickText(event.name, language);
  const entries = lookups(catalog).entriesByTalk.get(talk.id) ?? [];
  const frontEntry = scope.collection === undefined ? undefined : entries.find((e) => e.collection === scope.collection);
  const listName =
    scope.collection !== undefined
      ? scope.collection.title[language]
      : scope.event !== undefined
        ? pickText(scope.event.name, language).text
        : scope.key === ''
          ? catalog.site.name[language]
          : talkT.allTalks;
  const otherLanguage: Language = title.lang === LOCALE.zh ? 'en' : 'zh';
  const otherTitle = talk.title[otherLanguage];
  const source = event === undefined ? undefined : catalog.sources.find((s) => s.id === event.source);

  return (
    <article className="talk-page">
      <PageTitle>{title.text}</PageTitle>
      <p className="back-link">
        <Link to={`${scope.path}${listSearch}`}>← {t.backTo(listName)}</Link>
      </p>
      <TalkCover catalog={catalog} talk={talk} size="large" />
      {frontEntry !== undefined && <p className="talk-number">#{frontEntry.position}</p>}
      <PageHeading lang={title.lang}>{title.text}</PageHeading>
      {otherTitle !== undefined && (
        <p className="other-title">
          {otherLanguage === 'en' ? t.officialTitle : talkT.otherTitle}
          <span lang={LOCALE[otherLanguage]}>{otherTitle}</span>
        </p>
      )}
      <TalkTags catalog={catalog} talk={talk} pickedBy={frontEntry?.entry.pick === true ? t.quoted(frontEntry.collection.source.title) : undefined} />
      <ReaderListButtons talkId={talk.id} saved={saved} watched={watched} />
      <dl className="talk-facts">
        {event !== undefined && eventName !== undefined && (
          <>
            <dt>{talkT.eventHeading}</dt>
            <dd>
              <Link to={paths.event(event.id)} lang={eventName.lang}>
                {eventName.text}
              </Link>
            </dd>
          </>
        )}
        {talk.speakers.length > 0 && (
          <>
            <dt>{talkT.speakersHeading}</dt>
            <dd>
              <TalkSpeakers catalog={catalog} talk={talk} className="speaker-list" />
            </dd>
          </>
        )}
        {talk.date !== undefined && (
          <>
            <dt>{talkT.dateHeading}</dt>
            <dd>
              <time dateTime={talk.date}>{formatDay(talk.date, language)}</time>
            </dd>
          </>
        )}
      </dl>
      {summary !== undefined && (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">{talkT.summaryHeading}</h2>
          <Paragraphs className="summary" text={summary.text} lang={summary.lang} />
          {language === 'zh' && talk.summary?.zh === undefined && <p lang={LOCALE.zh}>{talkT.untranslated}</p>}
        </section>
      )}
      <TalkLinks talk={talk} entries={entries.map((e) => e.entry)} />
      {entries.length > 0 && (
        <section aria-labelledby="collections-heading">
          <h2 id="collections-heading">{talkT.inCollections}</h2>
          <ul className="talk-collections">
            {entries.map(({ collection, entry, position }) => {
              const note = entry.note === undefined ? undefined : pickText(entry.note, language);
              return (
                <li key={collection.id}>
                  <p>{talkT.entryOf(formatCount(position, language), t.quoted(collection.title[language]))}</p>
                  {note !== undefined && <Paragraphs className="entry-note" text={note.text} lang={note.lang} />}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {talk.source !== undefined && source !== undefined && (
        <p className="talk-source">
          {t.labelled(talkT.sourceHeading, '')}
          {source.url === undefined ? source.title : <ExternalLink href={source.url}>{source.title}</ExternalLink>}
          {language === 'zh' ? '，' : ', '}
          {talkT.sourceLine(talk.source.file, formatCount(talk.source.line, language))}
        </p>
      )}
      <nav className="talk-nav" aria-label={talkT.talkNavigation}>
        {previous && (
          <Link to={paths.talk(previous.id, withScope(listSearch, scope))} rel="prev" className="talk-nav-previous">
            <span className="talk-nav-label">← {talkT.previousTalk}</span>
            <span lang={talkTitle(previous, language).lang}>{talkTitle(previous, language).text}</span>
          </Link>
        )}
        {next && (
          <Link to={paths.talk(next.id, withScope(listSearch, scope))} rel="next" className="talk-nav-next">
            <span className="talk-nav-label">{talkT.nextTalk} →</span>
            <span lang={talkTitle(next, language).lang}>{talkTitle(next, language).text}</span>
          </Link>
        )}
      </nav>
    </article>
  );
}
