import { lazy, useDeferredValue, useEffect, useState } from 'react';
import { Route, Routes, useLocation, type Location } from 'react-router-dom';
import { Layout } from './components/layout';
import { NotFoundPage } from './components/not-found-page';
import { useCatalog } from './catalog/catalog-store';
import { routes } from './paths';
import { whenIdle } from './scheduling/when-idle';
import { loadCatalogSummary } from './collections/collection-page';
import { FrontPage } from './front-page';
import { ArchivePage } from './archive/archive-page';
import { archiveScope } from './talks/list-scope';
import { loadSearch } from './talks/use-talk-search';

// The front page is what most visits open first, so it ships in the first load (and so does the
// archive, which is the same list); the other pages are split off and fetched while the browser
// is idle.
const loadTalkPage = () => import('./talks/talk-page');
const loadSpeakerPage = () => import('./speakers/speaker-page');
const loadEventsPage = () => import('./events/events-page');
const loadEventPage = () => import('./events/event-page');
const loadSharedListPage = () => import('./reader-list/shared-list-page');

const TalkPage = lazy(() => loadTalkPage().then((m) => ({ default: m.TalkPage })));
const SpeakerPage = lazy(() => loadSpeakerPage().then((m) => ({ default: m.SpeakerPage })));
const EventsPage = lazy(() => loadEventsPage().then((m) => ({ default: m.EventsPage })));
const EventPage = lazy(() => loadEventPage().then((m) => ({ default: m.EventPage })));
const SharedListPage = lazy(() => loadSharedListPage().then((m) => ({ default: m.SharedListPage })));

/** Warms the split-off pages once the browser has nothing better to do, so opening a talk is instant. */
function usePrefetchPages() {
  useEffect(() => {
    const prefetch = () => {
      void Promise.all([loadTalkPage(), loadSpeakerPage(), loadEventsPage(), loadEventPage(), loadSharedListPage(), loadCatalogSummary(), loadSearch()]).catch(
        () => undefined,
      );
    };
    return whenIdle(prefetch, { timeoutMs: 3000, fallbackMs: 1500 });
  }, []);
}

/**
 * The location the routes render. A move to another page is rendered in the background, so the
 * page the reader is on stays until the next one can show (its code may still be loading) instead
 * of a blank main area in between. A change of the query alone (typing, a filter) is rendered at
 * once: the search box and filters are controlled by it.
 */
function useShownLocation(): Location {
  const location = useLocation();
  const pathname = useDeferredValue(location.pathname);
  const [settled, setSettled] = useState(location);
  const arrived = pathname === location.pathname;
  // Adjusted during render, React's way to follow a changed value without an effect's extra pass.
  if (arrived && settled !== location) setSettled(location);
  return arrived ? location : settled;
}

function Archive() {
  return <ArchivePage scope={archiveScope(useCatalog())} />;
}

/** The routes. The router itself is supplied by the entry (browser) or the prerenderer (static). */
export function App() {
  usePrefetchPages();
  return (
    <Routes location={useShownLocation()}>
      <Route element={<Layout />}>
        <Route path={routes.home} element={<FrontPage />} />
        <Route path={routes.archive} element={<Archive />} />
        <Route path={routes.talk} element={<TalkPage />} />
        <Route path={routes.events} element={<EventsPage />} />
        <Route path={routes.event} element={<EventPage />} />
        <Route path={routes.speaker} element={<SpeakerPage />} />
        <Route path={routes.speakerPage} element={<SpeakerPage />} />
        <Route path={routes.shared} element={<SharedListPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
