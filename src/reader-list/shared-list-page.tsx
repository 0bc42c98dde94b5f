import { sharedListMessages } from './shared-list-messages';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { findTalk } from '../catalog/catalog-lookups';
import { useCatalog } from '../catalog/catalog-store';
import { useTalksById } from '../archive-index/use-talks-by-id';
import { PageHeading } from '../components/page-heading';
import { useHydrated } from '../components/use-hydrated';
import { PageTitle } from '../components/page-title';
import { formatCount } from '../i18n/format';
import { useLanguage, useMessages, useT } from '../i18n/use-i18n';
import { TalkCard } from '../talks/talk-card';
import { MAX_SHARED_IDS, parseSharedIds } from './reader-list-format';
import { useReaderListStore } from './reader-list-store';
import { marksOf, useReaderMarks } from './use-reader-marks';

/** Someone else's list, from the URL alone: shown read-only, never written into the reader's own list unasked. */
export function SharedListPage() {
  const sharedT = useMessages(sharedListMessages);
  const language = useLanguage();
  const catalog = useCatalog();
  const t = useT();
  const [params] = useSearchParams();
  const merge = useReaderListStore((state) => state.merge);
  const marks = useReaderMarks();
  const [added, setAdded] = useState(false);
  const { ids, total } = parseSharedIds(params.get('ids'));
  // Someone else's talks may be any of the archive's: their cards are fetched by id.
  const { status, retry } = useTalksById(ids, true);
  const talks = ids.flatMap((id) => findTalk(catalog, id) ?? []);
  const unknown = ids.length - talks.length;
  const cut = total - ids.length;
  const count = (n: number) => formatCount(n, language);
  // The prerendered /shared page cannot know the link's ids: until the app runs, it says so.
  const hydrated = useHydrated();

  return (
    <section className="shared-list" aria-labelledby="shared-count">
      <PageTitle>{sharedT.sharedTitle}</PageTitle>
      <PageHeading>{sharedT.sharedTitle}</PageHeading>
      {!hydrated ? (
        <p>{sharedT.sharedNeedsScript}</p>
      ) : status === 'loading' ? (
        <p role="status">{t.wholeLoading}</p>
      ) : status === 'failed' ? (
        <p role="alert">
          {t.wholeLoadFailed}{' '}
          <button type="button" className="link-button" onClick={retry}>
            {t.tryAgain}
          </button>
        </p>
      ) : talks.length === 0 ? (
        <p>{sharedT.sharedEmpty}</p>
      ) : (
        <>
          <p id="shared-count">{sharedT.sharedIntro(count(talks.length), talks.length)}</p>
          {unknown > 0 && <p>{sharedT.sharedUnknown(count(unknown), unknown)}</p>}
          {cut > 0 && <p>{sharedT.sharedCut(count(total), count(MAX_SHARED_IDS), count(cut), cut)}</p>}
          <p>
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                merge({ saved: talks.map((talk) => talk.id), watched: [] });
                setAdded(true);
              }}
            >
              {sharedT.saveAllShared}
            </button>{' '}
            <span role="status">{added ? sharedT.savedAllShared : ''}</span>
          </p>
          {/* The cards' titles are <h3>s: this <h2> keeps the heading levels in order under the <h1>. */}
          <h2 className="result-count">{sharedT.sharedTalks(count(talks.length))}</h2>
          <ol className="talk-list">
            {talks.map((talk) => (
              <li key={talk.id}>
                <TalkCard catalog={catalog} talk={talk} showEvent {...marksOf(marks, talk.id)} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
