"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { Feedback } from "./use-public-form";

/** One file to /api/delegations/documents; the page is refreshed to list it. */
export function DocumentUpload({ kind, memberId, label, hint }: { kind: "ASSIGNMENT_LETTER" | "PASSPORT_SCAN" | "OTHER"; memberId?: string; label: string; hint: string }) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string[] | undefined>();
  const [feedback, setFeedback] = useState<Feedback>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const file = form.get("file");
    form.set("kind", kind);
    if (memberId) form.set("memberId", memberId);
    setPending(true);
    try {
      const response = await fetch("/api/delegations/documents", { method: "POST", body: form, headers: { "x-locale": locale } });
      const body = await response.json();
      if (response.ok) {
        element.reset();
        setError(undefined);
        setFeedback({ tone: "success", message: t("applications.documents.uploaded", { fileName: file instanceof File ? file.name : "" }) });
        router.refresh();
      } else {
        setError(body.error?.fieldErrors?.file);
        setFeedback({ tone: "error", message: body.error?.message ?? t("errors.VALIDATION") });
      }
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={label} className="space-y-2" aria-busy={pending || undefined}>
      <TextField id={`upload-${id}`} name="file" type="file" accept="application/pdf,image/jpeg,image/png" label={label} hint={hint} error={error} required />
      <Button type="submit" busy={pending}>
        {t("applications.documents.upload")}
      </Button>
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
    </form>
  );
}
