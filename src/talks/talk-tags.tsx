import type { Catalog, Talk } from '../catalog/catalog-schema';
import { findTopic } from '../catalog/catalog-lookups';
import { useLanguage, useT } from '../i18n/use-i18n';

export type TalkTagsProps = { catalog: Catalog; talk: Talk };

/** Level, topics and the pick badge, as a list of small labels. */
export function TalkTags({ catalog, talk }: TalkTagsProps) {
  const t = useT();
  const language = useLanguage();
  return (
    <ul className="tags">
      {talk.pick && (
        <li className="tag tag-pick" title={t.pickExplained}>
          ★ {t.pick}
        </li>
      )}
      <li className={`tag tag-level tag-level-${talk.level}`}>{t.levels[talk.level]}</li>
      {talk.topics.map((id) => (
        <li key={id} className="tag tag-topic">
          {findTopic(catalog, id)?.label[language] ?? id}
        </li>
      ))}
    </ul>
  );
}
