import type { ReactNode } from 'react';
import { useT } from '../i18n/use-i18n';

export type ExternalLinkProps = { href: string; children: ReactNode; className?: string };

/** Only http(s) URLs become links: the data is validated, but a link is where a bad URL would hurt. */
export function isWebUrl(href: string): boolean {
  return /^https?:\/\//i.test(href) && URL.canParse(href);
}

export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  const t = useT();
  if (!isWebUrl(href)) return <span className={className}>{children}</span>;
  return (
    <a href={href} className={className} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden">{` ${t.opensInNewTab}`}</span>
    </a>
  );
}
