import { articlePath, categoryPath } from "@/lib/articles/public-paths";
import type { PublicStorySummary } from "@/lib/articles/public-queries";
import type { Locale } from "@/lib/i18n/locales";
import { CoverImage, isSafeImageSrc } from "./cover-image";
import { StoryDate } from "./story-date";

type StoryCardProps = {
  locale: Locale;
  story: PublicStorySummary;
  /** The lead story of a page: wider, larger title, cover loaded first. */
  isLead?: boolean;
  /** Hidden on a section's own page, where every story shares it. */
  showCategory?: boolean;
};

/** One story in a list: cover, section, title (the link), lead and date. */
export function StoryCard({ locale, story, isLead = false, showCategory = true }: StoryCardProps) {
  const href = articlePath(locale, story.slug);
  // A lead story without a cover takes the whole width instead of leaving the image column empty.
  const leadLayout = isSafeImageSrc(story.coverImageUrl) ? "grid gap-5 md:grid-cols-[3fr_2fr] md:items-start" : "max-w-3xl";
  return (
    <article className={isLead ? leadLayout : "flex flex-col gap-3"}>
      <CoverImage src={story.coverImageUrl} alt="" eager={isLead} />
      <div className="flex flex-col gap-2">
        {showCategory && story.category && (
          <a href={categoryPath(locale, story.category.slug)} className="kicker self-start">
            {story.category.name}
          </a>
        )}
        <h2 className={isLead ? "text-2xl leading-tight font-bold sm:text-3xl" : "text-lg leading-snug font-semibold"}>
          <a href={href} className="story-link">
            {story.title}
          </a>
        </h2>
        {story.sapo && <p className={isLead ? "text-base text-slate-700 sm:text-lg" : "line-clamp-3 text-[0.95rem] text-slate-700"}>{story.sapo}</p>}
        <StoryDate locale={locale} date={story.publishedAt} className="text-sm text-slate-600" />
      </div>
    </article>
  );
}
