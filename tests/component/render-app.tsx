import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { App } from '../../src/app';

/** Shows the router's current URL to the test, as the address bar would. */
function LocationProbe({ onChange }: { onChange: (url: string) => void }) {
  const location = useLocation();
  onChange(`${location.pathname}${location.search}`);
  return null;
}

/** Renders the app at `url` and waits until the page (some split off into lazy chunks) has its h1. */
export async function renderApp(url = '/') {
  const current = { url };
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[url]} useTransitions={false}>
      <App />
      <LocationProbe onChange={(next) => (current.url = next)} />
    </MemoryRouter>,
  );
  await screen.findByRole('heading', { level: 1 });
  return { ...view, user, location: () => current.url };
}
