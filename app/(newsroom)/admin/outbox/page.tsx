import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { outboxFiltersSchema } from "@/lib/delegations/review-schemas";
import { createTranslator } from "@/lib/i18n/translator";
import { canReadOutbox, listOutbox } from "@/lib/mail/outbox-queries";
import { signInPath } from "@/components/auth/callback-path";
import { OutboxTable } from "@/components/delegations/outbox-table";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { firstValues, listHref } from "../list-query";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("delegationReview.outbox.title") };
}

export default async function OutboxPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin/outbox"));
  if (!canReadOutbox(actor)) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const { cursor } = outboxFiltersSchema.parse(firstValues(await searchParams));
  const page = await listOutbox({ actor, cursor });

  return (
    <>
      <PageHeader title={t("delegationReview.outbox.title")} description={t("delegationReview.outbox.description")} />
      <OutboxTable items={page.items} locale={locale} t={t} />
      <Pagination
        className="mt-4 justify-end"
        label={t("common.pagination")}
        previous={{ href: cursor ? "/admin/outbox" : null, label: t("delegationReview.outbox.firstPage") }}
        next={{ href: page.nextCursor ? listHref("/admin/outbox", [], {}, page.nextCursor) : null, label: t("common.next") }}
      />
    </>
  );
}
