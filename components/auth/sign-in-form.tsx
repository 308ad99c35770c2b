"use client";

import { signIn } from "next-auth/react";
import { useRef, useState, type FormEvent } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

const RATE_LIMITED = /^RATE_LIMITED:(\d+)$/;

/**
 * E-mail and password sign-in. Every refusal reads the same whether or not the
 * address has an account; only a lock-out says how long to wait.
 */
export function SignInForm({ callbackPath }: { callbackPath: string }) {
  const t = useT();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        // A full load, so the newsroom renders with the new session and the person's language.
        window.location.assign(callbackPath);
        return;
      }
      const limited = RATE_LIMITED.exec(result?.error ?? "");
      setError(limited ? t("auth.rateLimited", { minutes: limited[1] }) : t("auth.invalidCredentials"));
    } catch {
      setError(t("auth.signInFailed"));
    }
    setPending(false);
    if (passwordRef.current) {
      passwordRef.current.value = "";
      passwordRef.current.focus();
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <FormMessage tone="error" message={error ?? undefined} />
      <TextField name="email" type="email" label={t("auth.email")} autoComplete="username" required autoFocus />
      <TextField ref={passwordRef} name="password" type="password" label={t("auth.password")} autoComplete="current-password" required />
      <Button type="submit" variant="primary" busy={pending} className="w-full">
        {pending ? t("auth.signingIn") : t("auth.signIn")}
      </Button>
    </form>
  );
}
