// A generated cover: the first topic picks the colour, the id seeds a few shapes, and the year
// and city of the talk's event are set in type. No image is downloaded. It is decorative
// (aria-hidden) and never repeats the title or the speakers: the heading and the line below it
// already say them, and a banner that said them again was read twice and clipped long titles.
import type { Catalog, Talk } from '../catalog/catalog-schema';
import { eventOf } from '../catalog/catalog-lookups';
import { pickText, useLanguage } from '../i18n/use-i18n';

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
  const event = eventOf(catalog, talk);
  const city = event?.city === undefined ? undefined : pickText(event.city, language);
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
      {event !== undefined && <span className="cover-year">{event.year}</span>}
      {city !== undefined && (
        <span className="cover-place" lang={city.lang}>
          {city.text}
        </span>
      )}
    </div>
  );
}
