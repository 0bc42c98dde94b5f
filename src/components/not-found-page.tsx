import { PageTitle } from './page-title';
import { Link } from 'react-router-dom';
import { useT } from '../i18n/use-i18n';
import { paths } from '../paths';
import { PageHeading } from './page-heading';

export type NotFoundPageProps = { detail?: string };

export function NotFoundPage({ detail }: NotFoundPageProps) {
  const t = useT();
  return (
    <section className="not-found">
      <PageTitle>{t.notFoundTitle}</PageTitle>
      <PageHeading>{t.notFoundTitle}</PageHeading>
      {detail !== undefined && <p>{detail}</p>}
      <p>{t.notFoundBody}</p>
      <p>
        <Link to={paths.home()} className="button">
          {t.goHome}
        </Link>
      </p>
    </section>
  );
}
