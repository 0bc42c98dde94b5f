import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, useNavigate, type NavigateFunction } from 'react-router-dom';
import { App } from '../../src/app';
import type { Catalog, CatalogInput } from '../../src/catalog/catalog-schema';
import { CatalogProvider, type CatalogStoreOptions } from '../../src/catalog/catalog-store';
import { parseCatalogText, validateCatalog } from '../../src/catalog/validate-catalog';
import { LanguageProvider } from '../../src/i18n/language-context';
import { languageOfPath, routerBasename } from '../../src/i18n/language-path';
import fixtureText from '../fixtures/catalog.json?raw';

/** A fixture file, validated exactly as the build validates the real data. */
export function loadFixture(text: string, file: string): Catalog {
  const result = parseCatalogText(text, file);
  if (!result.ok) throw new Error(`the fixture ${file} is not a valid catalog:\n${result.problems.join('\n')}`);
  return result.catalog;
}

/** tests/fixtures/catalog.json: 6 talks at 3 events, and one collection of 3 of them. */
export const fixtureCatalog: Catalog = loadFixture(fixtureText, 'tests/fixtures/catalog.json');

/**
 * The fixture with a change made to its file's contents, checked like any catalog (so a variant
 * can never be a shape the app would refuse to build with).
 */
export function fixtureVariant(change: (input: CatalogInput) => void): Catalog {
  const input = JSON.parse(fixtureText) as CatalogInput;
  change(input);
  const result = validateCatalog(input, 'a variant of tests/fixtures/catalog.json');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.catalog;
}

/** The titles of the talk cards on the page, in order. */
export const cardTitles = () =>
  screen.getAllByRole('article').map((article) => within(article).getByRole('heading', { level: 3 }).textContent);

/**
 * A text matcher for a sentence the page builds from several elements (a link, a date inside it):
 * the innermost element whose whole text is `expected`.
 */
export const wholeText =
  (expected: string) =>
  (_content: string, element: Element | null): boolean =>
    element !== null && element.textContent === expected && [...element.children].every((child) => child.textContent !== expected);

/** A talk's card, by its title. */
export const card = (title: string) => screen.getByRole('article', { name: title });

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A filter's checkbox, by its label (the count that follows it left open). */
export const filter = (label: string) => screen.getByRole('checkbox', { name: new RegExp(`^${escaped(label)}\\s*[\\d,]+$`) });

/** A filter's checkbox with the count it shows. */
export const filterWithCount = (label: string, count: number) =>
  screen.getByRole('checkbox', { name: new RegExp(`^${escaped(label)}\\s*${count}$`) });

type ProbeProps = { onChange: (url: string) => void; onNavigate: (navigate: NavigateFunction) => void };

/** Shows the router's current URL to the test, as the address bar would, and lends it the back button. */
function LocationProbe({ onChange, onNavigate }: ProbeProps) {
  const location = useLocation();
  onChange(`${location.pathname}${location.search}`);
  onNavigate(useNavigate());
  return null;
}

/**
 * Renders the app at `url` and waits until the page (some split off into lazy chunks) has its h1.
 * A URL under /zh/ is the Chinese page, given to the app as main.tsx does: the language, and the
 * prefix as the router's basename. `location()` is then the router's path, without the prefix.
 */
export async function renderApp(url = '/', catalog: Catalog | CatalogStoreOptions = fixtureCatalog) {
  const current: { url: string; navigate?: NavigateFunction } = { url };
  const user = userEvent.setup();
  const options: CatalogStoreOptions = 'talks' in catalog ? { catalog } : catalog;
  const language = languageOfPath(new URL(url, 'http://test').pathname);
  const view = render(
    <LanguageProvider language={language}>
      <CatalogProvider {...options}>
        <MemoryRouter basename={routerBasename('/', language)} initialEntries={[url]} useTransitions={false}>
          <App />
          <LocationProbe onChange={(next) => (current.url = next)} onNavigate={(navigate) => (current.navigate = navigate)} />
        </MemoryRouter>
      </CatalogProvider>
    </LanguageProvider>,
  );
  await screen.findByRole('heading', { level: 1 });
  /** The browser's back button. */
  const back = () =>
    act(async () => {
      await current.navigate?.(-1);
    });
  return { ...view, user, location: () => current.url, back };
}
