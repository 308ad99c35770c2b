import Link from "next/link";
import type { MediaListItem } from "@/lib/media/queries";
import { formatDate, formatNumber, isoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { Badge } from "@/components/ui/badge";
import { DocumentIcon } from "./document-icon";

type MediaGridProps = { items: MediaListItem[]; isFiltered: boolean; locale: Locale; t: Translate };

/**
 * The library as cards. The file name is the card's one link (stretched over
 * the card), so a screen reader hears each item once, by its name.
 */
export function MediaGrid({ items, isFiltered, locale, t }: MediaGridProps) {
  if (items.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-10 text-center text-sm text-slate-600">
        {t(isFiltered ? "media.library.emptyFiltered" : "media.library.empty")}
      </p>
    );
  }
  return (
    <ul aria-label={t("media.library.itemsLabel")} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5 2xl:grid-cols-6">
      {items.map((item) => (
        <li
          key={item.id}
          className="group relative flex flex-col overflow-hidden rounded-lg border border-slate-200 bg-white focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-blue-700 hover:border-slate-400"
        >
          <div className="flex aspect-[4/3] items-center justify-center bg-slate-100">
            {item.thumbnailUrl ? (
              <picture className="flex h-full w-full">
                <img
                  src={item.thumbnailUrl}
                  // Alt text describes the picture; without one, the name below already says what it is.
                  alt={item.altText}
                  width={item.width ?? undefined}
                  height={item.height ?? undefined}
                  loading="lazy"
                  decoding="async"
                  className="h-full w-full object-contain"
                />
              </picture>
            ) : (
              <DocumentIcon className="size-12 text-red-700" />
            )}
          </div>
          <div className="flex flex-1 flex-col gap-1 border-t border-slate-200 p-2.5">
            <Link
              href={`/admin/media/${item.id}`}
              className="truncate text-sm font-medium text-slate-900 outline-none group-hover:text-blue-800 after:absolute after:inset-0 hover:underline"
              title={item.originalName}
            >
              {item.originalName}
            </Link>
            <p className="text-xs text-slate-600 tabular-nums">
              {item.width && item.height ? t("media.library.dimensions", { width: formatNumber(locale, item.width), height: formatNumber(locale, item.height) }) : t("media.library.pdf")}
            </p>
            <p className="truncate text-xs text-slate-600">
              {item.uploaderName} · <time dateTime={isoDate(item.createdAt)}>{formatDate(locale, item.createdAt, "short")}</time>
            </p>
            {item.kind === "IMAGE" && !item.altText && (
              <p className="mt-auto pt-1">
                <Badge tone="amber">{t("media.library.noAltText")}</Badge>
              </p>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
