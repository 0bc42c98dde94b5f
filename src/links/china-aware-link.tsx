import type { ReactNode } from 'react';
import { ExternalLink } from '../components/external-link';
import { useT } from '../i18n/use-i18n';
import { isBlockedInMainlandChina } from './blocked-in-china';

export type ChinaAwareLinkProps = { href: string; children: ReactNode; className?: string };

/**
 * An external link that, when its host is blocked in mainland China, says so: a small muted note
 * after the link for the eye, and the same words inside the link (visually hidden) so a screen
 * reader announces them with the link itself; the visible copy is hidden from it so it is heard once.
 * Links to hosts that load there (Tencent Video, WeChat, Bilibili…) are plain external links.
 */
export function ChinaAwareLink({ href, children, className }: ChinaAwareLinkProps) {
  const t = useT();
  if (!isBlockedInMainlandChina(href)) {
    return (
      <ExternalLink href={href} className={className}>
        {children}
      </ExternalLink>
    );
  }
  const note = t.parenthesized(t.blockedInMainlandChina);
  return (
    <>
      <ExternalLink href={href} className={className}>
        {children}
        <span className="visually-hidden">{` ${note}`}</span>
      </ExternalLink>
      {/* .link-health gives the badge's muted, small look (and its gap from the link). */}
      <span className="link-health blocked-in-china" aria-hidden="true">
        {note}
      </span>
    </>
  );
}
