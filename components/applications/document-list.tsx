"use client";

import { useRouter } from "next/navigation";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { removeDocumentAction } from "@/lib/delegations/application-actions";
import { formatNumber } from "@/lib/i18n/format";
import { usePublicForm } from "./use-public-form";

type Listed = { id: string; fileName: string; byteSize: number };

/** The files of one kind already attached to the draft, each removable. */
export function DocumentList({ documents }: { documents: Listed[] }) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const { pending, feedback, run } = usePublicForm();
  if (documents.length === 0) return <p className="text-sm text-slate-600">{t("applications.documents.none")}</p>;
  return (
    <div className="space-y-2">
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      <ul className="space-y-1">
        {documents.map((document) => (
          <li key={document.id} className="flex flex-wrap items-center gap-3 text-sm">
            <span>
              {document.fileName} ({formatNumber(locale, Math.ceil(document.byteSize / 1024))} KB)
            </span>
            <Button size="sm" variant="ghost" busy={pending} onClick={() => run(() => removeDocumentAction({ documentId: document.id, locale }), () => router.refresh())}>
              {t("applications.documents.remove", { fileName: document.fileName })}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
