import { ExternalLink } from '../components/external-link';
import { formatDay } from '../i18n/format';
import { useLanguage, useT } from '../i18n/use-i18n';
import { archiveUrl, linkCheck } from './link-health';

export type LinkHealthBadgeProps = { url: string; onlyWhenBroken?: boolean };

/** Says honestly whether a link was found working, broken or not checked, and rescues a broken one. */
export function LinkHealthBadge({ url, onlyWhenBroken = false }: LinkHealthBadgeProps) {
  const t = useT();
  const language = useLanguage();
  const check = linkCheck(url);
  const status = check?.status ?? 'unverified';
  if (onlyWhenBroken && status !== 'broken') return null;
  const day = check ? formatDay(check.checkedAt.slice(0, 10), language) : null;
  const text =
    status === 'working' && day !== null
      ? t.linkWorking(day)
      : status === 'broken' && day !== null
        ? t.linkBroken(day)
        : check?.reason !== undefined && day !== null
          ? t.linkUnverifiedBecause(check.reason, day)
          : t.linkUnverified;
  return (
    <span className={`link-health link-health-${status}`}>
      {text}
      {status === 'broken' && (
        <>
          {' '}
          <ExternalLink href={archiveUrl(url)}>{t.archiveCopy}</ExternalLink>
        </>
      )}
    </span>
  );
}
