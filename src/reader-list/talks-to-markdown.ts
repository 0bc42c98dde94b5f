// "Copy as Markdown": a view of the catalog as the bulleted list a blogger would paste into a
// post like the one this catalog came from: title, speakers, then every link, each named by its
// host or source ("Slides: SlideShare"), never by the label in front of it ("Slides: Slides").
import type { Catalog, Talk } from '../catalog/catalog-schema';
import { findSpeaker, lookups } from '../catalog/catalog-lookups';
import type { Language, Messages } from '../i18n/messages';
import { videosInOrder } from '../video/video-sources';
import { linkHostName } from '../link-health/link-host';
import type { VideoSource } from '../preferences/preferences-store';

/** Escapes the characters that would turn a title into Markdown syntax. */
export function escapeMarkdown(text: string): string {
  // Parentheses only matter right after "]", which is itself escaped, so names keep "(Weaveworks)".
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

/** Angle brackets keep a URL with parentheses or spaces intact inside a Markdown link. */
const link = (label: string, url: string) => `[${escapeMarkdown(label)}](<${url}>)`;

export type MarkdownOptions = { language: Language; t: Messages; videoSource: VideoSource; heading: string };

function talkLines(catalog: Catalog, talk: Talk, { language, t, videoSource }: MarkdownOptions): string[] {
  const other: Language = language === 'zh' ? 'en' : 'zh';
  const title = talk.title[language] ?? talk.title[other] ?? '';
  const speakers = talk.speakers
    .map((s) => {
      const name = findSpeaker(catalog, s.id)?.name ?? s.id;
      return s.affiliation === undefined ? name : `${name}${language === 'zh' ? '' : ' '}${t.parenthesized(s.affiliation)}`;
    })
    .join(t.listSeparator);
  const videos = videosInOrder(talk, videoSource).map((video) => link(t.videoHosts[video.host], video.url));
  const listed = (lookups(catalog).entriesByTalk.get(talk.id) ?? []).flatMap(({ entry }) => entry.links?.slides ?? []);
  const slides =
    talk.slides != null
      ? [link(linkHostName(talk.slides.url), talk.slides.url)]
      : listed.length > 0
        ? [...new Set(listed)].map((url) => link(t.collectionSlidesLink, url))
        : talk.slides === null
          ? [t.noSlides]
          : [];
  const lines = [speakers === '' ? `- **${escapeMarkdown(title)}**` : `- **${escapeMarkdown(title)}** — ${escapeMarkdown(speakers)}`];
  if (language === 'zh' && talk.title.zh !== undefined && talk.title.en !== undefined) {
    lines.push(`  - ${t.officialTitle}${escapeMarkdown(talk.title.en)}`);
  }
  lines.push(`  - ${t.labelled(t.videoHeading, videos.length > 0 ? videos.join(' · ') : t.noVideo)}`);
  if (slides.length > 0) lines.push(`  - ${t.labelled(t.slidesHeading, slides.join(' · '))}`);
  return lines;
}

export function talksToMarkdown(catalog: Catalog, talks: readonly Talk[], options: MarkdownOptions): string {
  return [`## ${escapeMarkdown(options.heading)}`, '', ...talks.flatMap((talk) => talkLines(catalog, talk, options)), ''].join('\n');
}
