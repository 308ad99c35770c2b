import { VIDEO_PROVIDER_NAMES, videoWatchUrl } from "@/lib/articles/video-embed";
import type { Translate } from "@/lib/i18n/translator";
import { nodeAttrs, type RawNode } from "./raw-node";
import { VideoPlayer } from "./video-player";

/**
 * A YouTube or Vimeo video from its provider and id only; the player URL is
 * built here, never read from the document. The title shows on the
 * placeholder and names the player once loaded.
 */
export function renderVideoEmbed(node: RawNode, key: number, t: Translate) {
  const attrs = nodeAttrs(node, "videoEmbed");
  if (!attrs) return null;
  const provider = VIDEO_PROVIDER_NAMES[attrs.provider];
  const title = attrs.title || t("site.video.untitled", { provider });
  return (
    <figure key={key} className="video-embed">
      <VideoPlayer
        provider={attrs.provider}
        videoId={attrs.videoId}
        title={title}
        playLabel={t("site.video.play", { title })}
        notice={t("site.video.notice", { provider })}
        watchLabel={t("site.video.watchOn", { provider })}
        watchUrl={videoWatchUrl(attrs)}
      />
    </figure>
  );
}
