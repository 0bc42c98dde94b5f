import { linkHealthMessages } from './link-health-messages';
import { ExternalLink } from '../components/external-link';
import { formatDay } from '../i18n/format';
import { useLanguage, useMessages } from '../i18n/use-i18n';
import { archiveUrl, linkCheck } from './link-health';

export type LinkHealthBadgeProps = { url: string; onlyWhenBroken?: boolean };

/** Says honestly whether a link was found working, broken or not checked, and rescues a broken one. */
export function LinkHealthBadge({ url, onlyWhenBroken = false }: LinkHealthBadgeProps) {
  const linkT = useMessages(linkHealthMessages);
  const language = useLanguage();
  const check = linkCheck(url);
  const status = check?.status ?? 'unverified';
  if (onlyWhenBroken && status !== 'broken') return null;
  const day = check ? formatDay(check.checkedAt.slice(0, 10), language) : null;
  const text =
    status === 'working' && day !== null
      ? linkT.linkWorking(day)
      : status === 'broken' && day !== null
        ? linkT.linkBroken(day)
        : check?.reason !== undefined && day !== null
          ? linkT.linkUnverifiedBecause(check.reason, day)
          : linkT.linkUnverified;
  return (
    <span className={`link-health link-health-${status}`}>
      {text}
      {status === 'broken' && (
        <>
          {' '}
          <ExternalLink href={archiveUrl(url)}>{linkT.archiveCopy}</ExternalLink>
        </>
      )}
    </span>
  );
}
