import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, useNavigate, type NavigateFunction } from 'react-router-dom';
import { App } from '../../src/app';
import { bundledCatalog } from '../../src/catalog/catalog-data';
import type { Catalog } from '../../src/catalog/catalog-schema';
import { CatalogProvider } from '../../src/catalog/catalog-store';

type ProbeProps = { onChange: (url: string) => void; onNavigate: (navigate: NavigateFunction) => void };

/** Shows the router's current URL to the test, as the address bar would, and lends it the back button. */
function LocationProbe({ onChange, onNavigate }: ProbeProps) {
  const location = useLocation();
  onChange(`${location.pathname}${location.search}`);
  onNavigate(useNavigate());
  return null;
}

/** Renders the app at `url` and waits until the page (some split off into lazy chunks) has its h1. */
export async function renderApp(url = '/', catalog: Catalog = bundledCatalog) {
  const current: { url: string; navigate?: NavigateFunction } = { url };
  const user = userEvent.setup();
  const view = render(
    <CatalogProvider catalog={catalog}>
      <MemoryRouter initialEntries={[url]} useTransitions={false}>
        <App />
        <LocationProbe onChange={(next) => (current.url = next)} onNavigate={(navigate) => (current.navigate = navigate)} />
      </MemoryRouter>
    </CatalogProvider>,
  );
  await screen.findByRole('heading', { level: 1 });
  /** The browser's back button. */
  const back = () =>
    act(async () => {
      await current.navigate?.(-1);
    });
  return { ...view, user, location: () => current.url, back };
}
