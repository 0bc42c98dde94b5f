// A generated cover: the first topic picks the colour, the id seeds a few shapes, and the title
// and speakers are set in type. No image is downloaded; it is decorative (aria-hidden) because
// the same words are in the card's heading.
import type { Catalog, Talk } from '../catalog/catalog-schema';
import { findSpeaker } from '../catalog/catalog-lookups';
import { useLanguage } from '../i18n/use-i18n';
import { talkTitle } from './talk-title';

export type TalkCoverProps = { catalog: Catalog; talk: Talk; size?: 'small' | 'large' };

const HUES = 9;

/** A small, stable hash (FNV-1a) so a talk always gets the same shapes. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function TalkCover({ catalog, talk, size = 'small' }: TalkCoverProps) {
  const language = useLanguage();
  const topicIndex = Math.max(0, catalog.topics.findIndex((topic) => topic.id === talk.topics[0]));
  const seed = hash(talk.id);
  const title = talkTitle(talk, language);
  const circles = [0, 1, 2].map((i) => ({
    cx: (seed >>> (i * 8)) % 100,
    cy: (seed >>> (i * 5 + 3)) % 40,
    r: 8 + ((seed >>> (i * 7 + 1)) % 22),
  }));
  return (
    <div className={`talk-cover talk-cover-${size} cover-hue-${topicIndex % HUES}`} aria-hidden="true">
      <svg className="cover-shapes" viewBox="0 0 100 40" preserveAspectRatio="xMidYMid slice" focusable="false">
        {circles.map((c, i) => (
          <circle key={i} cx={c.cx} cy={c.cy} r={c.r} />
        ))}
      </svg>
      <span className="cover-title" lang={title.lang}>
        {title.text}
      </span>
      <span className="cover-speaker">{talk.speakers.map((s) => findSpeaker(catalog, s.id)?.name ?? '').join(' · ')}</span>
    </div>
  );
}
