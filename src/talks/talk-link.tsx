import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../paths';
import { useListSearch } from './list-search-context';

export type TalkLinkProps = { talkId: string; children: ReactNode };

/** A link to a talk that keeps the list's filters, so "back" and previous/next stay in that view. */
export function TalkLink({ talkId, children }: TalkLinkProps) {
  return <Link to={paths.talk(talkId, useListSearch())}>{children}</Link>;
}
