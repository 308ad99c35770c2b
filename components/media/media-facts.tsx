import Link from "next/link";
import type { ReactNode } from "react";
import { articlePath } from "@/lib/articles/public-paths";
import { formatByteSize, formatDateTime, formatNumber, isoDate } from "@/lib/i18n/format";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { MediaDetail } from "@/lib/media/queries";

/** "JPEG", "PNG", "PDF": the format people know, from the type the bytes proved. */
const formatName = (mimeType: string) => mimeType.slice(mimeType.indexOf("/") + 1).toUpperCase();

type FactsProps = { media: MediaDetail; locale: Locale; t: Translate };

/** What the file is: read from the file itself, never edited. */
export function MediaFacts({ media, locale, t }: FactsProps) {
  const facts: [string, ReactNode][] = [
    [t("media.item.type"), `${t(`media.item.kinds.${media.kind}`)} · ${formatName(media.mimeType)}`],
    [t("media.item.originalName"), <span key="name" className="break-all">{media.originalName}</span>],
    [t("media.item.size"), formatByteSize(locale, media.byteSize)],
    ...(media.width && media.height
      ? [[t("media.item.dimensions"), t("media.library.dimensions", { width: formatNumber(locale, media.width), height: formatNumber(locale, media.height) })] as [string, string]]
      : []),
    [t("media.item.uploader"), media.uploaderName],
    [t("media.item.uploadedAt"), <time key="date" dateTime={isoDate(media.createdAt)}>{formatDateTime(locale, media.createdAt)}</time>],
    ...(media.kind === "IMAGE" ? [[t("media.item.renditions"), formatNumber(locale, media.renditions.length)] as [string, string]] : []),
  ];
  return (
    <section aria-labelledby="media-facts-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="media-facts-heading" className="mb-2 text-sm font-semibold text-slate-900">
        {t("media.item.facts")}
      </h2>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1.5 text-sm">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600">{label}</dt>
            <dd className="text-slate-900 tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The published stories that show the item; while there is one, it cannot be deleted. */
export function MediaPublishedIn({ stories, t }: { stories: MediaDetail["publishedIn"]; t: Translate }) {
  return (
    <section aria-labelledby="media-published-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="media-published-heading" className="mb-2 text-sm font-semibold text-slate-900">
        {t("media.item.publishedIn")}
      </h2>
      {stories.length === 0 ? (
        <p className="text-sm text-slate-600">{t("media.item.notPublished")}</p>
      ) : (
        <ul className="space-y-1.5 text-sm">
          {stories.map((story) => (
            <li key={`${story.locale}/${story.slug}`} className="flex items-baseline gap-2">
              <abbr title={isLocale(story.locale) ? t(`common.languages.${story.locale}`) : story.locale} className="text-xs font-medium text-slate-500 uppercase no-underline">
                {story.locale}
              </abbr>
              {isLocale(story.locale) ? (
                <Link href={articlePath(story.locale, story.slug)} lang={story.locale} className="text-blue-800 underline hover:text-blue-950">
                  {story.title}
                </Link>
              ) : (
                <span lang={story.locale}>{story.title}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
