import type { CollectionEntry, Talk } from '../catalog/catalog-schema';
import { talkPageMessages } from './talk-page-messages';
import { videoMessages } from '../video/video-messages';
import { ChinaAwareLink } from '../links/china-aware-link';
import { useMessages, useT } from '../i18n/use-i18n';
import { useVideoSource } from '../preferences/preferences-store';
import { VideoPlayer } from '../video/video-player';
import { videosInChooserOrder } from '../video/video-sources';
import { LinkHealthBadge } from '../link-health/link-health-badge';
import { LinkCheckNote } from '../link-health/link-check-note';
import { linkHostName } from '../link-health/link-host';

export type TalkLinksProps = {
  talk: Talk;
  /** The talk's entries in collections, whose own links (a post's short links) are listed too. */
  entries: readonly CollectionEntry[];
};

/**
 * Every link the talk has, each labelled with what it is and, if mainland China blocks its host,
 * saying so. Under the Slides heading a link is named by where it leads, not "Slides" again.
 */
export function TalkLinks({ talk, entries }: TalkLinksProps) {
  const t = useT();
  const talkT = useMessages(talkPageMessages);
  const videoT = useMessages(videoMessages);
  const preferred = useVideoSource();
  const videos = videosInChooserOrder(talk);
  const videoLinks = [...new Set(entries.flatMap((entry) => entry.links?.video ?? []))];
  const slideLinks = [...new Set(entries.flatMap((entry) => entry.links?.slides ?? []))];
  const slidesKnown = talk.slides != null || slideLinks.length > 0;
  return (
    <div className="talk-links">
      <section aria-labelledby="video-heading">
        <h2 id="video-heading">{t.videoHeading}</h2>
        <VideoPlayer talk={talk} />
        <ul className="link-list">
          {videos.map((video) => (
            <li key={video.url}>
              <ChinaAwareLink href={video.url} className={video.host === preferred ? 'preferred-source' : undefined}>
                {video.host === 'tencent' ? videoT.tencentMirror : t.videoHosts[video.host]}
              </ChinaAwareLink>{' '}
              <LinkHealthBadge url={video.url} />
            </li>
          ))}
          {videoLinks.map((url) => (
            <li key={url}>
              <ChinaAwareLink href={url}>{talkT.collectionVideoLink}</ChinaAwareLink> <LinkHealthBadge url={url} />
            </li>
          ))}
          {videos.length === 0 && videoLinks.length === 0 && <li>{t.noVideo}</li>}
        </ul>
      </section>
      {(slidesKnown || talk.slides === null) && (
        <section aria-labelledby="slides-heading">
          <h2 id="slides-heading">{t.slidesHeading}</h2>
          {talk.slides === null && slideLinks.length === 0 ? (
            <p className="no-slides">{talkT.noSlidesExplained}</p>
          ) : (
            <ul className="link-list">
              {talk.slides != null && (
                <li>
                  <ChinaAwareLink href={talk.slides.url}>{linkHostName(talk.slides.url)}</ChinaAwareLink> <LinkHealthBadge url={talk.slides.url} />
                </li>
              )}
              {slideLinks.map((url) => (
                <li key={url}>
                  <ChinaAwareLink href={url}>{t.collectionSlidesLink}</ChinaAwareLink> <LinkHealthBadge url={url} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <LinkCheckNote />
    </div>
  );
}
