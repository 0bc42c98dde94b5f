import type { ReactNode } from 'react';

export type PageHeadingProps = { children: ReactNode; lang?: string; id?: string };

/**
 * The page's one <h1>. It can take focus (tabIndex -1) so that, after an in-app navigation,
 * the layout moves focus here and a screen reader announces the new page.
 */
export function PageHeading({ children, lang, id }: PageHeadingProps) {
  return (
    <h1 className="page-heading" tabIndex={-1} lang={lang} id={id}>
      {children}
    </h1>
  );
}
