"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useT();
  const [pending, setPending] = useState(false);
  return (
    <Button
      size="sm"
      variant="ghost"
      busy={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/signin" });
      }}
    >
      {t("common.signOut")}
    </Button>
  );
}
