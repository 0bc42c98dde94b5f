import { linkHealthMessages } from './link-health-messages';
import { ExternalLink } from '../components/external-link';
import { formatDay } from '../i18n/format';
import { useLanguage, useMessages } from '../i18n/use-i18n';
import { archiveUrl, linkCheck } from './link-health';

export type LinkHealthBadgeProps = { url: string; onlyWhenBroken?: boolean };

/**
 * Says what the last check found for a link, and rescues a broken one. Nothing for a link no check
 * has looked at: "not checked yet" on every link said nothing per link, so LinkCheckNote says it
 * once for the page.
 */
export function LinkHealthBadge({ url, onlyWhenBroken = false }: LinkHealthBadgeProps) {
  const linkT = useMessages(linkHealthMessages);
  const language = useLanguage();
  const check = linkCheck(url);
  if (check === undefined) return null;
  const { status } = check;
  if (onlyWhenBroken && status !== 'broken') return null;
  const day = formatDay(check.checkedAt.slice(0, 10), language);
  const text =
    status === 'working'
      ? linkT.linkWorking(day)
      : status === 'broken'
        ? linkT.linkBroken(day)
        : check.reason === undefined
          ? linkT.linkUnverified(day)
          : linkT.linkUnverifiedBecause(check.reason, day);
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
