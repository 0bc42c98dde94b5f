// What a page says about itself to search engines and link previews: its title, description and
// Open Graph type. Written in the language pages are prerendered in, with the app's own messages,
// so the head agrees with the <title> and text the page renders.
import type { Catalog } from '../../src/catalog/catalog-schema';
import { formatCount, formatDayRange } from '../../src/i18n/format';
import { messages } from '../../src/i18n/messages';
import { pickText } from '../../src/i18n/use-i18n';
import { speakerMessages } from '../../src/speakers/speaker-messages';
import { PRERENDER_LANGUAGE } from '../../src/preferences/preferences-store';
import { metaDescription } from './meta-description';
import type { PageRoute } from './page-routes';

export type PageMeta = {
  /** The page's own title, without the site's name (og:site_name carries that). */
  title: string;
  description: string;
  /** Open Graph type: a talk with a recording is a video; other pages are plain websites. */
  type: 'website' | 'video.other' | 'profile';
  /** The not-found page is served for any unknown URL and must not be indexed under it. */
  indexable: boolean;
};

const language = PRERENDER_LANGUAGE;
const t = messages[language];
const speakerT = speakerMessages[language];

export const siteName: string = t.siteName;

export function pageMeta(catalog: Catalog, route: PageRoute): PageMeta {
  switch (route.kind) {
    case 'home': {
      const { event } = catalog;
      const dates = formatDayRange(event.startDate, event.endDate, language);
      return {
        title: t.catalogTitle(event.name[language]),
        description: metaDescription(t.catalogIntro(formatCount(catalog.talks.length, language), event.city[language], dates)),
        type: 'website',
        indexable: true,
      };
    }
    case 'talk': {
      const { talk } = route;
      const hasVideo = talk.video.youtube !== undefined || talk.video.tencent !== undefined;
      return {
        title: pickText(talk.title, language).text,
        description: metaDescription(pickText(talk.summary, language).text),
        type: hasVideo ? 'video.other' : 'website',
        indexable: true,
      };
    }
    case 'speaker': {
      const { speaker, talks } = route.speaker;
      const titles = talks.map((talk) => pickText(talk.title, language).text).join('; ');
      return {
        title: speakerT.speakerPageTitle(speaker.name),
        description: metaDescription(
          `${speaker.name}, ${speaker.affiliation}. ${speakerT.speakerTalks(formatCount(talks.length, language))}: ${titles}`,
        ),
        type: 'profile',
        indexable: true,
      };
    }
    case 'not-found':
      return { title: t.notFoundTitle, description: metaDescription(t.notFoundBody), type: 'website', indexable: false };
  }
}
