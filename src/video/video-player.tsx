import { videoMessages } from './video-messages';
import { useRef, useState } from 'react';
import type { Talk } from '../catalog/catalog-schema';
import { pickText, useLanguage, useMessages, useT } from '../i18n/use-i18n';
import { usePreferencesStore, useVideoSource, type VideoSource } from '../preferences/preferences-store';
import { embedUrl } from './video-embed';
import { embeddableSources } from './video-sources';
import { useHydrated } from '../components/use-hydrated';

export type VideoPlayerProps = { talk: Talk };

/**
 * Nothing is requested from a video host until the reader presses play: before that this is a
 * plain button, so the page stays fast, private and working in places where a host is blocked.
 */
export function VideoPlayer({ talk }: VideoPlayerProps) {
  const t = useT();
  const hydrated = useHydrated();
  const videoT = useMessages(videoMessages);
  const language = useLanguage();
  const preferred = useVideoSource();
  const setVideoSource = usePreferencesStore((state) => state.setVideoSource);
  const [playing, setPlaying] = useState(false);
  // The play button goes when pressed: without a hand-over its focus would fall to <body> and a
  // keyboard reader would start again at the top. Only that press moves focus; a player replaced
  // by a change of source leaves focus on the source the reader is choosing.
  const focusPlayer = useRef(false);
  const sources = embeddableSources(talk);
  const source = sources.includes(preferred) ? preferred : sources[0];
  if (source === undefined) return null;
  const src = embedUrl(talk, source);
  const label = (s: VideoSource) => t.videoHosts[s];

  return (
    <div className="video-player">
      <div className="video-frame">
        {playing && src !== null ? (
          <iframe
            key={src}
            ref={(frame) => {
              if (frame !== null && focusPlayer.current) {
                focusPlayer.current = false;
                frame.focus();
              }
            }}
            src={src}
            title={videoT.playerTitle(label(source), pickText(talk.title, language).text)}
            allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
            loading="lazy"
          />
        ) : (
          <button type="button" className="video-play" onClick={() => {
              focusPlayer.current = true;
              setPlaying(true);
            }} disabled={src === null || !hydrated}>
            <span className="video-play-icon" aria-hidden="true">
              ▶
            </span>
            {videoT.playHere(label(source))}
          </button>
        )}
      </div>
      {sources.length > 1 && (
        <fieldset className="video-source-switch">
          <legend>{videoT.videoSourceLegend}</legend>
          {sources.map((s) => (
            <label key={s}>
              <input
                type="radio"
                name={`video-source-${talk.id}`}
                checked={s === source}
                disabled={!hydrated}
                onChange={() => setVideoSource(s)}
              />{' '}
              {s === 'tencent' ? videoT.tencentMirror : t.videoHosts.youtube}
            </label>
          ))}
          <p className="video-source-hint">{videoT.videoSourceHint}</p>
        </fieldset>
      )}
    </div>
  );
}
