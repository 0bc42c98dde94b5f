import { Suspense, useLayoutEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, NavigationType, Outlet, useLocation, useNavigationType } from 'react-router-dom';
import { useLanguage, useT } from '../i18n/use-i18n';
import type { Catalog } from '../catalog/catalog-schema';
import type { Language } from '../i18n/messages';
import { LOCALE } from '../i18n/messages';
import { formatDay } from '../i18n/format';
import { ExternalLink } from './external-link';
import { usePreferencesStore } from '../preferences/preferences-store';
import { useCatalog, usePageData } from '../catalog/catalog-store';
import { paths } from '../paths';
import { ThemeSwitch, useApplyTheme } from '../preferences/theme-switch';
import { RouteErrorBoundary } from './route-error-boundary';
import { pathInLanguage } from '../i18n/language-path';

/**
 * After an in-app page change, start at the top and put focus on the new page's heading. Before
 * paint (a layout effect), so focus never lands after a key the reader pressed on the new page.
 */
function usePageChangeFocus() {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const previous = useRef(pathname);
  useLayoutEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (navigationType !== NavigationType.Pop) window.scrollTo(0, 0);
    const focusHeading = (): boolean => {
      const heading = document.querySelector<HTMLElement>('main h1');
      heading?.focus({ preventScroll: navigationType === NavigationType.Pop });
      return heading !== null;
    };
    if (focusHeading()) return;
    // A page split off the first load renders once its code arrives: focus its heading then,
    // unless the reader has put focus somewhere themselves in the meantime.
    const main = document.querySelector('main');
    if (main === null) return;
    const observer = new MutationObserver(() => {
      const idle = document.activeElement === null || document.activeElement === document.body;
      if (!idle || focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname, navigationType]);
}

/**
 * A link to the same page, query and all, in the other language: each language's pages are
 * prerendered at their own URLs (language-path.ts), so it works before the app has started, and
 * the page it opens is painted in its language from the start. Following it also stores the
 * choice, for pages entered without a language in the URL.
 */
function LanguageSwitch() {
  const t = useT();
  const language = useLanguage();
  const { pathname, search, hash } = useLocation();
  const setLanguage = usePreferencesStore((state) => state.setLanguage);
  const other = language === 'en' ? 'zh' : 'en';
  const href = `${import.meta.env.BASE_URL.replace(/\/$/, '')}${pathInLanguage(pathname, other)}${search}${hash}`;
  return (
    <a className="language-switch" href={href} hrefLang={LOCALE[other]} lang={LOCALE[other]} onClick={() => setLanguage(other)}>
      <span className="visually-hidden" lang={LOCALE[language]}>
        {t.labelled(t.languageLabel, '')}
      </span>
      {t.switchToOther}
    </a>
  );
}

/** Credits every source the catalog's data comes from, and the curated lists it shows. */
function Credits({ catalog, language }: { catalog: Catalog; language: Language }) {
  const t = useT();
  return (
    <>
      <p>
        {t.footerCredit}
        {catalog.sources.map((source, i) => (
          <span key={source.id}>
            {i > 0 && t.listSeparator}
            {source.author !== undefined && `${source.author}${t.listSeparator}`}
            {source.url === undefined ? source.title : <ExternalLink href={source.url}>{source.title}</ExternalLink>}
            {source.license !== undefined && t.footerLicense(source.license)}
          </span>
        ))}
        {t.sentenceEnd}
      </p>
      {catalog.collections.length > 0 && (
        <p>
          {t.footerCollections}
          {catalog.collections.map((collection, i) => (
            <span key={collection.id}>
              {i > 0 && t.listSeparator}
              <cite lang={collection.source.language}>{t.quoted(collection.source.title)}</cite>
              {collection.source.published !== undefined && t.footerLicense(formatDay(collection.source.published, language))}
            </span>
          ))}
          {t.sentenceEnd}
        </p>
      )}
    </>
  );
}

/** Renders the page once the app has its slice of the catalog (page-data.ts); the page before stays meanwhile. */
function PageData({ path, children }: { path: string; children: ReactNode }) {
  usePageData(path);
  return children;
}

export function Layout() {
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  const { pathname } = useLocation();
  usePageChangeFocus();
  useApplyTheme();

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <Link to={paths.home()} className="site-name">
          {catalog.site.name[language]}
        </Link>
        <nav className="site-nav" aria-label={t.mainNavigation}>
          <NavLink to={paths.archive()} end>
            {t.navArchive}
          </NavLink>
          <NavLink to={paths.events()}>{t.navEvents}</NavLink>
        </nav>
        <div className="header-actions">
          <ThemeSwitch />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {/* One boundary for every page, kept across pages: a page whose code is still loading is
            rendered in the background (app.tsx) and the page before it stays until it can show.
            A boundary new to the tree would show its fallback instead, a blank main. */}
        <Suspense fallback={null}>
          <RouteErrorBoundary key={pathname}>
            <PageData path={pathname}>
              <Outlet />
            </PageData>
          </RouteErrorBoundary>
        </Suspense>
      </main>
      {/* index.html holds the first paint until the parser reaches this footer (<link rel="expect">):
          a page painted before all of its main part had arrived moved once the rest came in, e.g.
          a result count beside a button not yet parsed. */}
      <footer className="site-footer" id="site-footer">
        <Credits catalog={catalog} language={language} />
      </footer>
    </>
  );
}
