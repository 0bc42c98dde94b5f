import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { PageDataError } from '../catalog/catalog-store';
import { CatalogLoadError } from '../catalog/fetch-catalog';
import { useT } from '../i18n/use-i18n';
import { paths } from '../paths';
import { PageHeading } from './page-heading';

type RouteErrorMessageProps = { error: unknown; onRetry: () => void };

function RouteErrorMessage({ error, onRetry }: RouteErrorMessageProps) {
  const t = useT();
  const data = error instanceof PageDataError;
  return (
    <section className="not-found" role="alert">
      <title>{t.errorTitle}</title>
      <PageHeading>{t.errorTitle}</PageHeading>
      <p>{data ? t.pageDataFailed : t.errorBody}</p>
      {data && error.cause instanceof CatalogLoadError && (
        <p>
          <small>{error.cause.detail}</small>
        </p>
      )}
      <p>
        {/* Native elements: a button renders the page again in place (a passing failure, such as
            a chunk that did not load, may be gone); the link leaves for the front page. */}
        <button type="button" className="button" onClick={onRetry}>
          {t.tryAgain}
        </button>{' '}
        <Link to={paths.home()} className="button">
          {t.goHome}
        </Link>
      </p>
    </section>
  );
}

type Props = { children: ReactNode };
type State = { failed: boolean; error?: unknown };

/**
 * Catches a failure while rendering one page, so the header, footer and navigation keep
 * working and the reader gets words and a way on instead of a blank page. The layout keys it
 * by path, so moving to another page starts afresh; "try again" does so on the same page.
 * Nothing here touches storage: the reader's saved list and settings stay as they were.
 */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { failed: true, error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console; nothing leaves the browser.
    console.warn('A page failed to render:', error, info.componentStack);
  }

  /** Set by "try again": the button goes with the render, and focus would fall to <body>. */
  private retried = false;

  private readonly retry = () => {
    this.forgetFailedData();
    this.retried = true;
    this.setState({ failed: false, error: undefined });
  };

  /** A page's data that did not come is asked for again once its error view goes, not before. */
  private forgetFailedData(): void {
    if (this.state.error instanceof PageDataError) this.state.error.forget();
  }

  override componentWillUnmount(): void {
    this.forgetFailedData();
  }

  override componentDidUpdate(): void {
    if (!this.retried) return;
    this.retried = false;
    // The page's heading if it renders now, the error's if it failed again: either says where the reader is.
    document.querySelector<HTMLElement>('main h1')?.focus();
  }

  override render() {
    return this.state.failed ? <RouteErrorMessage error={this.state.error} onRetry={this.retry} /> : this.props.children;
  }
}
