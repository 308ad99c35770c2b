import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { createTranslator } from "@/lib/i18n/translator";
import { getMediaForEditor, type MediaDetail } from "@/lib/media/queries";
import { signInPath } from "@/components/auth/callback-path";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import type { PreviewImage } from "@/components/media/focal-point-picker";
import { MediaDetailsForm } from "@/components/media/media-details-form";
import { MediaFacts, MediaPublishedIn } from "@/components/media/media-facts";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { pageErrorFor } from "../../page-errors";

type Params = Promise<{ id: string }>;

/** The preview's width: sharp enough for the page's main column. */
const PREVIEW_WIDTH = 960;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  if (!actor || !can(actor, "media.read")) return { title: t("media.library.title") };
  const { id } = await params;
  const media = await getMediaForEditor({ actor, mediaId: id }).catch(() => null);
  return { title: media?.originalName ?? t("media.library.title") };
}

/** The 960 WebP (or the largest below it) as the picture, every width for srcset. */
function previewImage(media: MediaDetail): PreviewImage | null {
  const webp = media.renditions.filter((rendition) => rendition.format === "webp");
  if (media.kind !== "IMAGE" || webp.length === 0) return null;
  const main = webp.find((rendition) => rendition.width === PREVIEW_WIDTH) ?? webp.filter((rendition) => rendition.width <= PREVIEW_WIDTH).at(-1) ?? webp[0];
  const srcSet = (format: string) =>
    media.renditions
      .filter((rendition) => rendition.format === format)
      .map((rendition) => `${rendition.url} ${rendition.width}w`)
      .join(", ");
  return { src: main.url, srcSet: srcSet("webp"), avifSrcSet: srcSet("avif"), width: main.width, height: main.height, maxWidth: webp[webp.length - 1].width };
}

export default async function MediaItemPage({ params }: { params: Params }) {
  const { id } = await params;
  const path = `/admin/media/${id}`;
  const actor = await currentActor();
  if (!actor) redirect(signInPath(path));
  if (!can(actor, "media.read")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const media = await getMediaForEditor({ actor, mediaId: id }).catch(pageErrorFor(path));

  return (
    <>
      <p className="mb-1 text-sm">
        <Link href="/admin/media" className="text-slate-600 underline-offset-2 hover:text-slate-900 hover:underline">
          ← {t("media.item.back")}
        </Link>
      </p>
      <PageHeader
        title={<span className="break-all">{media.originalName}</span>}
        actions={
          // A document's own link sits in its preview.
          media.kind === "IMAGE" && (
            <ButtonLink href={media.url} target="_blank" rel="noopener" prefetch={false} size="sm">
              {t("media.item.openOriginal")} <span className="sr-only">{t("common.openInNewTab")}</span>
            </ButtonLink>
          )
        }
      />
      <MediaDetailsForm
        // After a save the page re-renders with a new version; the form keeps its own state.
        key={media.id}
        media={{
          id: media.id,
          kind: media.kind,
          originalName: media.originalName,
          version: media.version,
          altText: media.altText,
          caption: media.caption,
          credit: media.credit,
          source: media.source,
          usageNote: media.usageNote,
          focalX: media.focalX,
          focalY: media.focalY,
          canEdit: media.canEdit,
          canDelete: media.canDelete,
        }}
        preview={previewImage(media)}
        fileUrl={media.url}
        facts={
          <div className="grid gap-4 md:grid-cols-2">
            <MediaFacts media={media} locale={locale} t={t} />
            <MediaPublishedIn stories={media.publishedIn} t={t} />
          </div>
        }
      />
    </>
  );
}
