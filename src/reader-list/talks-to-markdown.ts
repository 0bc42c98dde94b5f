// "Copy as Markdown": a view of the catalog as the bulleted list a blogger would paste into a
// post like the one this catalog came from: title, speakers, then every link.
import type { Catalog, Talk } from '../catalog/catalog-schema';
import type { Language, Messages } from '../i18n/messages';
import { availableSources, watchUrl } from '../video/video-sources';
import type { VideoSource } from '../preferences/preferences-store';

/** Escapes the characters that would turn a title into Markdown syntax. */
export function escapeMarkdown(text: string): string {
  // Parentheses only matter right after "]", which is itself escaped, so names keep "(Weaveworks)".
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

/** Angle brackets keep a URL with parentheses or spaces intact inside a Markdown link. */
const link = (label: string, url: string) => `[${escapeMarkdown(label)}](<${url}>)`;

export type MarkdownOptions = { language: Language; t: Messages; videoSource: VideoSource; heading: string };

function talkLines(talk: Talk, { language, t, videoSource }: MarkdownOptions): string[] {
  const title = language === 'zh' ? (talk.title.zh ?? talk.title.en) : talk.title.en;
  const speakers = talk.speakers.map((s) => `${s.name} (${s.affiliation})`).join(', ');
  const videos = availableSources(talk, videoSource).map((source) =>
    link(source === 'youtube' ? t.youtube : t.tencent, watchUrl(talk, source) ?? ''),
  );
  const slides =
    talk.slides === null
      ? [t.noSlides]
      : [
          ...(talk.slides.url === undefined ? [] : [link(t.slidesLink, talk.slides.url)]),
          ...(talk.slides.seedShortLink === undefined ? [] : [link(t.seedSlidesLink, talk.slides.seedShortLink)]),
        ];
  const lines = [`- **${escapeMarkdown(title)}** — ${escapeMarkdown(speakers)}`];
  if (language === 'zh' && talk.title.zh !== undefined) lines.push(`  - ${t.officialTitle}${escapeMarkdown(talk.title.en)}`);
  lines.push(`  - ${t.labelled(t.videoHeading, videos.length > 0 ? videos.join(' · ') : t.noVideo)}`);
  lines.push(`  - ${t.labelled(t.slidesHeading, slides.join(' · '))}`);
  return lines;
}

export function talksToMarkdown(_catalog: Catalog, talks: readonly Talk[], options: MarkdownOptions): string {
  return [`## ${escapeMarkdown(options.heading)}`, '', ...talks.flatMap((talk) => talkLines(talk, options)), ''].join('\n');
}
