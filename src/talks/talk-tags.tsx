import type { Catalog, Talk } from '../catalog/catalog-schema';
import { findTopic } from '../catalog/catalog-lookups';
import { pickText, useLanguage, useT } from '../i18n/use-i18n';

export type TalkTagsProps = {
  catalog: Catalog;
  talk: Talk;
  /** Set where the talk is shown as part of a collection whose author picked it. */
  pickedBy?: string | undefined;
};

/** The pick badge, kind, level and topics, as a list of small labels. Only what is known is shown. */
export function TalkTags({ catalog, talk, pickedBy }: TalkTagsProps) {
  const t = useT();
  const language = useLanguage();
  // A plain talk is the ordinary case: saying so on every card would be noise.
  const kind = talk.kind !== undefined && talk.kind !== 'talk' ? talk.kind : undefined;
  return (
    <ul className="tags">
      {pickedBy !== undefined && (
        <li className="tag tag-pick" title={t.pickExplained(pickedBy)}>
          ★ {t.pick}
        </li>
      )}
      {kind !== undefined && <li className={`tag tag-kind tag-kind-${kind}`}>{t.kinds[kind]}</li>}
      {talk.level !== undefined && <li className={`tag tag-level tag-level-${talk.level}`}>{t.levels[talk.level]}</li>}
      {talk.topics.map((id) => {
        const topic = findTopic(catalog, id);
        const label = topic === undefined ? { text: id, lang: 'en' } : pickText(topic.label, language);
        return (
          <li key={id} className={`tag tag-${topic?.kind ?? 'subject'}`} lang={label.lang}>
            {label.text}
          </li>
        );
      })}
    </ul>
  );
}
