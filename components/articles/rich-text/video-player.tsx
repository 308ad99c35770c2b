"use client";

import { useEffect, useRef, useState } from "react";
import { videoPlayerUrl, type VideoRef } from "@/lib/articles/video-embed";

type VideoPlayerProps = VideoRef & {
  title: string;
  playLabel: string;
  notice: string;
  watchLabel: string;
  watchUrl: string;
};

/**
 * Click to load: until the reader presses play, the page shows a static
 * placeholder and contacts no video provider (no cookies, no tracking
 * requests, no third-party script). The player then replaces the placeholder
 * and takes the focus, so a keyboard user carries on inside it.
 */
export function VideoPlayer({ provider, videoId, title, playLabel, notice, watchLabel, watchUrl }: VideoPlayerProps) {
  const [isLoaded, setIsLoaded] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    if (isLoaded) frame.current?.focus();
  }, [isLoaded]);

  if (isLoaded) {
    return (
      <div className="video-frame">
        <iframe
          ref={frame}
          src={videoPlayerUrl({ provider, videoId })}
          title={title}
          allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
          sandbox="allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox"
        />
      </div>
    );
  }

  return (
    <div className="video-frame video-placeholder">
      <p className="video-title">{title}</p>
      <button type="button" className="video-play" aria-label={playLabel} onClick={() => setIsLoaded(true)}>
        <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
          <path d="M8 5v14l11-7z" fill="currentColor" />
        </svg>
      </button>
      <p className="video-notice">
        {notice}{" "}
        <a href={watchUrl} rel="noopener noreferrer nofollow">
          {watchLabel}
        </a>
      </p>
    </div>
  );
}
