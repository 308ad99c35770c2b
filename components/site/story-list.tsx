import type { PublicStorySummary } from "@/lib/articles/public-queries";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";
import { StoryCard } from "./story-card";

/** A page of stories; on the first page the newest one leads. */
export function StoryList({
  locale,
  stories,
  hasLead,
  showCategory = true,
}: {
  locale: Locale;
  stories: PublicStorySummary[];
  hasLead: boolean;
  showCategory?: boolean;
}) {
  const t = createTranslator(locale);
  if (stories.length === 0) return <p className="py-10 text-slate-600">{t("site.noStories")}</p>;
  const lead = hasLead ? stories[0] : undefined;
  const rest = hasLead ? stories.slice(1) : stories;
  return (
    <div className="flex flex-col gap-10">
      {lead && (
        <div className="border-b border-slate-200 pb-10">
          <StoryCard locale={locale} story={lead} isLead showCategory={showCategory} />
        </div>
      )}
      {rest.length > 0 && (
        <ul className="grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
          {rest.map((story) => (
            <li key={story.slug}>
              <StoryCard locale={locale} story={story} showCategory={showCategory} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
