import type { Talk } from '../catalog/catalog-schema';
import { talkPageMessages } from './talk-page-messages';
import { videoMessages } from '../video/video-messages';
import { ExternalLink } from '../components/external-link';
import { useMessages, useT } from '../i18n/use-i18n';
import { VideoPlayer } from '../video/video-player';
import { LinkHealthBadge } from '../link-health/link-health-badge';

export type TalkLinksProps = { talk: Talk };

/** Every link the talk has, each labelled with what it is, so a reader in China knows which loads. */
export function TalkLinks({ talk }: TalkLinksProps) {
  const t = useT();
  const talkT = useMessages(talkPageMessages);
  const videoT = useMessages(videoMessages);
  const { video, slides } = talk;
  return (
    <div className="talk-links">
      <section aria-labelledby="video-heading">
        <h2 id="video-heading">{t.videoHeading}</h2>
        <VideoPlayer talk={talk} />
        <ul className="link-list">
          {video.youtube !== undefined && (
            <li>
              <ExternalLink href={video.youtube}>{t.youtube}</ExternalLink> <LinkHealthBadge url={video.youtube} />
            </li>
          )}
          {video.tencent !== undefined && (
            <li>
              <ExternalLink href={video.tencent}>{videoT.tencentMirror}</ExternalLink> <LinkHealthBadge url={video.tencent} />
            </li>
          )}
          {video.seedShortLink !== undefined && (
            <li>
              <ExternalLink href={video.seedShortLink}>{talkT.seedVideoLink}</ExternalLink> <LinkHealthBadge url={video.seedShortLink} />
            </li>
          )}
          {video.youtube === undefined && video.tencent === undefined && video.seedShortLink === undefined && (
            <li>{t.noVideo}</li>
          )}
        </ul>
      </section>
      <section aria-labelledby="slides-heading">
        <h2 id="slides-heading">{t.slidesHeading}</h2>
        {slides === null ? (
          <p className="no-slides">
            {t.noSlides}. {talkT.noSlidesExplained}
          </p>
        ) : (
          <ul className="link-list">
            {slides.url !== undefined && (
              <li>
                <ExternalLink href={slides.url}>{t.slidesLink}</ExternalLink> <LinkHealthBadge url={slides.url} />
              </li>
            )}
            {slides.seedShortLink !== undefined && (
              <li>
                <ExternalLink href={slides.seedShortLink}>{t.seedSlidesLink}</ExternalLink> <LinkHealthBadge url={slides.seedShortLink} />
              </li>
            )}
          </ul>
        )}
      </section>
    </div>
  );
}
