import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { App } from '../../src/app';
import { bundledCatalog } from '../../src/catalog/catalog-data';
import type { Catalog } from '../../src/catalog/catalog-schema';
import { CatalogProvider } from '../../src/catalog/catalog-store';

/** Shows the router's current URL to the test, as the address bar would. */
function LocationProbe({ onChange }: { onChange: (url: string) => void }) {
  const location = useLocation();
  onChange(`${location.pathname}${location.search}`);
  return null;
}

/** Renders the app at `url` and waits until the page (some split off into lazy chunks) has its h1. */
export async function renderApp(url = '/', catalog: Catalog = bundledCatalog) {
  const current = { url };
  const user = userEvent.setup();
  const view = render(
    <CatalogProvider catalog={catalog}>
      <MemoryRouter initialEntries={[url]} useTransitions={false}>
        <App />
        <LocationProbe onChange={(next) => (current.url = next)} />
      </MemoryRouter>
    </CatalogProvider>,
  );
  await screen.findByRole('heading', { level: 1 });
  return { ...view, user, location: () => current.url };
}
