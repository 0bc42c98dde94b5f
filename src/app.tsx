import { Route, Routes } from 'react-router-dom';
import { Layout } from './components/layout';
import { NotFoundPage } from './components/not-found-page';
import { routes } from './paths';
import { SharedListPage } from './reader-list/shared-list-page';
import { SpeakerPage } from './speakers/speaker-page';
import { CatalogPage } from './talks/catalog-page';
import { TalkPage } from './talks/talk-page';

/** The routes. The router itself is supplied by the entry (browser) or the prerenderer (static). */
export function App() {
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
