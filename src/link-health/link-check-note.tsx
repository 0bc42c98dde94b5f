import { formatDay } from '../i18n/format';
import { useLanguage, useMessages } from '../i18n/use-i18n';
import { lastLinkCheck } from './link-health';
import { linkHealthMessages } from './link-health-messages';

/**
 * One line under a talk's links saying when `npm run check-links` last ran, or that it never has.
 * A link's own mark (LinkHealthBadge) appears only where that check looked at it, so the line is
 * what tells an unmarked link apart from one found working.
 */
export function LinkCheckNote() {
  const linkT = useMessages(linkHealthMessages);
  const language = useLanguage();
  const checkedAt = lastLinkCheck();
  return (
    <p className="link-check-note">{checkedAt === null ? linkT.linksNotChecked : linkT.linksLastChecked(formatDay(checkedAt.slice(0, 10), language))}</p>
  );
}
