import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { createTranslator } from "@/lib/i18n/translator";
import { listMedia, listMediaUploaders } from "@/lib/media/queries";
import { mediaListFiltersSchema, type MediaListFilters } from "@/lib/media/schemas";
import { signInPath } from "@/components/auth/callback-path";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { MediaFilters } from "@/components/media/media-filters";
import { MediaGrid } from "@/components/media/media-grid";
import { MediaUploader } from "@/components/media/media-uploader";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { firstValues, listHref } from "../list-query";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const FILTER_KEYS = ["q", "kind", "uploaderId", "from", "to"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("media.library.title") };
}

const pageHref = (filters: MediaListFilters, cursor: string | null) => listHref("/admin/media", FILTER_KEYS, filters, cursor);


export default async function MediaLibraryPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin/media"));
  if (!can(actor, "media.read")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const filters = mediaListFiltersSchema.parse(firstValues(await searchParams));
  const [page, uploaders] = await Promise.all([listMedia({ actor, filters }), listMediaUploaders({ actor })]);
  const isFiltered = FILTER_KEYS.some((key) => Boolean(filters[key]));

  return (
    <>
      <PageHeader title={t("media.library.title")} description={t("media.library.description")} />
      {can(actor, "media.upload") && <MediaUploader />}
      <MediaFilters filters={filters} uploaders={uploaders} t={t} />
      <MediaGrid items={page.items} isFiltered={isFiltered} locale={locale} t={t} />
      <Pagination
        className="mt-4 justify-end"
        label={t("common.pagination")}
        previous={{ href: filters.cursor ? pageHref(filters, null) : null, label: t("media.library.firstPage") }}
        next={{ href: page.nextCursor ? pageHref(filters, page.nextCursor) : null, label: t("common.next") }}
      />
    </>
  );
}
