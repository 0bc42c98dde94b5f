import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../i18n/use-i18n';
import { paths } from '../paths';
import { PageHeading } from './page-heading';

function RouteErrorMessage() {
  const t = useT();
  return (
    <section className="not-found" role="alert">
      <title>{t.errorTitle}</title>
      <PageHeading>{t.errorTitle}</PageHeading>
      <p>{t.errorBody}</p>
      <p>
        <Link to={paths.home()} className="button">
          {t.goHome}
        </Link>
      </p>
    </section>
  );
}

type Props = { children: ReactNode };
type State = { failed: boolean };

/**
 * Catches a failure while rendering one page, so the header, footer and navigation keep
 * working and the reader gets words and a way back instead of a blank page. The layout keys it
 * by path, so moving to another page starts afresh.
 */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console; nothing leaves the browser.
    console.warn('A page failed to render:', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <RouteErrorMessage /> : this.props.children;
  }
}
