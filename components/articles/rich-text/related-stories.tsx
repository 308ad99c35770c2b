import { isSafeHref } from "@/lib/articles/rich-text";
import type { Translate } from "@/lib/i18n/translator";
import { nodeAttrs, type RawNode } from "./raw-node";

/** A published story the page may link to, resolved before rendering through the published-only queries. */
export type RelatedStoryLink = { translationGroupId: string; title: string; href: string };

/**
 * "Related news": the block's stories that the resolver returned, in the
 * writer's order. A story that is not published in this page's language is
 * simply left out; a block with none left renders nothing.
 */
export function renderRelatedStories(node: RawNode, key: number, ordinal: number, related: ReadonlyMap<string, RelatedStoryLink>, t: Translate) {
  const attrs = nodeAttrs(node, "relatedArticles");
  const stories = (attrs?.translationGroupIds ?? [])
    .map((id) => related.get(id.toLowerCase()))
    .filter((story): story is RelatedStoryLink => Boolean(story) && isSafeHref(story?.href));
  if (stories.length === 0) return null;
  const headingId = `related-${ordinal}`;
  return (
    <aside key={key} className="related-stories" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("site.related")}</h2>
      <ul>
        {stories.map((story) => (
          <li key={story.translationGroupId}>
            <a href={story.href}>{story.title}</a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
