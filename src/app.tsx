import { lazy, useEffect } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Layout } from './components/layout';
import { NotFoundPage } from './components/not-found-page';
import { routes } from './paths';
import { whenIdle } from './scheduling/when-idle';
import { CatalogPage, loadCatalogSummary } from './talks/catalog-page';

// The catalog is what most visits open first, so it ships in the first load; the other pages are
// split off (keeping `/` inside its JavaScript budget) and fetched while the browser is idle.
const loadTalkPage = () => import('./talks/talk-page');
const loadSpeakerPage = () => import('./speakers/speaker-page');
const loadSharedListPage = () => import('./reader-list/shared-list-page');

const TalkPage = lazy(() => loadTalkPage().then((m) => ({ default: m.TalkPage })));
const SpeakerPage = lazy(() => loadSpeakerPage().then((m) => ({ default: m.SpeakerPage })));
const SharedListPage = lazy(() => loadSharedListPage().then((m) => ({ default: m.SharedListPage })));

/** Warms the split-off pages once the browser has nothing better to do, so opening a talk is instant. */
function usePrefetchPages() {
  useEffect(() => {
    const prefetch = () => {
      void Promise.all([loadTalkPage(), loadSpeakerPage(), loadSharedListPage(), loadCatalogSummary()]).catch(() => undefined);
    };
    return whenIdle(prefetch, { timeoutMs: 3000, fallbackMs: 1500 });
  }, []);
}

/** The routes. The router itself is supplied by the entry (browser) or the prerenderer (static). */
export function App() {
  usePrefetchPages();
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path={routes.home} element={<CatalogPage />} />
        <Route path={routes.talk} element={<TalkPage />} />
        <Route path={routes.speaker} element={<SpeakerPage />} />
        <Route path={routes.shared} element={<SharedListPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
