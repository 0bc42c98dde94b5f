// What a page says about itself to search engines and link previews: its title, description and
// Open Graph type. Written in the page's language with the app's own messages, so the head agrees
// with the <title> and text the page renders.
import type { Catalog } from '../../src/catalog/catalog-schema';
import { eventOf, findSpeaker, frontCollection, lookups } from '../../src/catalog/catalog-lookups';
import { eventMessages } from '../../src/events/event-messages';
import { formatCount } from '../../src/i18n/format';
import { messages, type Language } from '../../src/i18n/messages';
import { pickText } from '../../src/i18n/use-i18n';
import { sharedListMessages } from '../../src/reader-list/shared-list-messages';
import { speakerMessages } from '../../src/speakers/speaker-messages';
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

export const siteName = (catalog: Catalog, language: Language): string => catalog.site.name[language];

export function pageMeta(catalog: Catalog, route: PageRoute, language: Language): PageMeta {
  const t = messages[language];
  const speakerT = speakerMessages[language];
  const eventT = eventMessages[language];
  const talksCount = (n: number) => t.talksCount(formatCount(n, language), n);
  // Titles have commas of their own.
  const titleSeparator = language === 'zh' ? '；' : '; ';
  const page = (title: string, description: string, type: PageMeta['type'] = 'website'): PageMeta => ({
    title,
    description: metaDescription(description),
    type,
    indexable: true,
  });
  switch (route.kind) {
    case 'home': {
      const collection = frontCollection(catalog);
      if (collection === undefined) return page(siteName(catalog, language), catalog.site.description[language]);
      const description = collection.description === undefined ? catalog.site.description[language] : pickText(collection.description, language).text;
      return page(collection.title[language], description);
    }
    case 'archive':
      return page(t.archiveTitle, `${catalog.site.description[language]} ${t.archiveIntro(talksCount(catalog.talks.length), t.eventsCount(formatCount(catalog.events.length, language), catalog.events.length))}`);
    case 'events':
      return page(eventT.eventsTitle, eventT.eventsIntro(t.eventsCount(formatCount(catalog.events.length, language), catalog.events.length), talksCount(catalog.talks.length)));
    case 'event': {
      const { event } = route;
      const titles = (lookups(catalog).talksByEvent.get(event.id) ?? []).map((talk) => pickText(talk.title, language).text);
      return page(pickText(event.name, language).text, t.labelled(talksCount(titles.length), titles.join(titleSeparator)));
    }
    case 'talk': {
      const { talk } = route;
      const event = eventOf(catalog, talk);
      const speakers = talk.speakers.map((s) => findSpeaker(catalog, s.id)?.name ?? s.id).join(t.listSeparator);
      const about = [speakers, event === undefined ? '' : pickText(event.name, language).text].filter((s) => s !== '').join(' · ');
      const summary = talk.summary === undefined ? about : pickText(talk.summary, language).text;
      return page(pickText(talk.title, language).text, summary, talk.videos.length > 0 ? 'video.other' : 'website');
    }
    case 'speaker': {
      const { speaker, talks } = route;
      const titles = talks.map((talk) => pickText(talk.title, language).text).join(titleSeparator);
      const title = route.page === 1 ? speakerT.speakerPageTitle(speaker.name) : speakerT.speakerPageTitleAt(speaker.name, String(route.page));
      return page(title, `${t.labelled(speaker.name, talksCount(talks.length))}${t.sentenceEnd} ${titles}`, 'profile');
    }
    case 'shared': {
      // Someone's own list, different at every link: nothing for a search engine to index.
      const sharedT = sharedListMessages[language];
      return { title: sharedT.sharedTitle, description: metaDescription(sharedT.sharedNeedsScript), type: 'website', indexable: false };
    }
    case 'not-found':
      return { title: t.notFoundTitle, description: metaDescription(t.notFoundBody), type: 'website', indexable: false };
  }
}
