import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import type { Catalog, Talk } from '../catalog/catalog-schema';
import { findSpeaker } from '../catalog/catalog-lookups';
import { useLanguage, useT } from '../i18n/use-i18n';
import { paths } from '../paths';

export type TalkSpeakersProps = { catalog: Catalog; talk: Talk; className: string };

/** Each speaker links to their page; the affiliation they gave for this talk follows, where known. */
export function TalkSpeakers({ catalog, talk, className }: TalkSpeakersProps) {
  const t = useT();
  // Chinese parentheses carry their own space.
  const gap = useLanguage() === 'zh' ? '' : ' ';
  if (talk.speakers.length === 0) return null;
  return (
    <ul className={className}>
      {talk.speakers.map(({ id, affiliation }) => (
        <li key={id}>
          <Link to={paths.speaker(id)}>{findSpeaker(catalog, id)?.name ?? id}</Link>
          {affiliation !== undefined && (
            <Fragment>
              {gap}
              <span className="affiliation">{t.parenthesized(affiliation)}</span>
            </Fragment>
          )}
        </li>
      ))}
    </ul>
  );
}
