"use client";

import { useRouter } from "next/navigation";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { leaveApplicationAction } from "@/lib/delegations/application-actions";
import { usePublicForm } from "./use-public-form";

/** Forgets the pass on this browser, back to the lookup form. */
export function LeaveButton() {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const { pending, run } = usePublicForm();
  return (
    <Button variant="ghost" busy={pending} onClick={() => run(() => leaveApplicationAction({ locale }), () => router.refresh())}>
      {t("applications.status.newLookup")}
    </Button>
  );
}
