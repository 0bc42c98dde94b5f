import { useCatalog } from '../catalog/catalog-store';
import { useLanguage } from '../i18n/use-i18n';

export type PageTitleProps = { children: string };

/** The document's title: the page's own, then the catalog's name (React hoists it into <head>). */
export function PageTitle({ children }: PageTitleProps) {
  const site = useCatalog().site.name[useLanguage()];
  return <title>{children === site ? site : `${children} · ${site}`}</title>;
}
