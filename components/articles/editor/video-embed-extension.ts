import { Node } from "@tiptap/core";
import { VIDEO_ID_PATTERNS, VIDEO_PROVIDER_NAMES, VIDEO_PROVIDERS, type VideoProvider } from "@/lib/articles/video-embed";

function isProvider(value: unknown): value is VideoProvider {
  return (VIDEO_PROVIDERS as readonly unknown[]).includes(value);
}

/**
 * A YouTube or Vimeo video by provider and id. The editor shows a card, not
 * the player: nothing loads from the provider while a story is written.
 */
export const VideoEmbed = Node.create({
  name: "videoEmbed",
  group: "block",
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes: () => ({
    provider: { default: "youtube", parseHTML: (element) => element.getAttribute("data-provider") },
    videoId: { default: "", parseHTML: (element) => element.getAttribute("data-video-id") },
    title: { default: "", parseHTML: (element) => element.getAttribute("data-title") ?? "" },
  }),
  parseHTML: () => [
    {
      tag: "div[data-video-embed]",
      getAttrs: (element) => {
        const provider = element.getAttribute("data-provider");
        const videoId = element.getAttribute("data-video-id") ?? "";
        return isProvider(provider) && VIDEO_ID_PATTERNS[provider].test(videoId) ? null : false;
      },
    },
  ],
  renderHTML: ({ node }) => {
    const provider: VideoProvider = isProvider(node.attrs.provider) ? node.attrs.provider : "youtube";
    return [
      "div",
      {
        "data-video-embed": "",
        "data-provider": provider,
        "data-video-id": node.attrs.videoId,
        "data-title": node.attrs.title,
        class: "editor-video",
      },
      ["span", { class: "editor-video-play", "aria-hidden": "true" }, "▶"],
      ["span", { class: "editor-video-text" }, ["strong", {}, node.attrs.title || VIDEO_PROVIDER_NAMES[provider]], ["span", {}, `${VIDEO_PROVIDER_NAMES[provider]} · ${node.attrs.videoId}`]],
    ];
  },
  renderText: () => "",
});
