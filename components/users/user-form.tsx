"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Role } from "@/lib/generated/prisma/enums";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { createUserAction, setUserActiveAction, updateUserAction } from "@/lib/users/actions";
import { useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxGroup, SelectField, TextField } from "@/components/ui/field";

/** What the edit form starts from; dates already formatted on the server. */
export type EditableUser = {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  preferredLocale: Locale;
  version: number;
  isActive: boolean;
  isSelf: boolean;
  deactivatedLabel: string | null;
};

type Feedback = { tone: "success" | "error"; message: string } | null;

/** In the schema's order: ADMIN, CHIEF_EDITOR, EDITOR, WRITER, PRESS_OFFICER. */
const ROLE_OPTIONS = Object.values(Role);

/**
 * Creates a user, or edits one over the version loaded. The form is submitted
 * by hand (not as a form action) so what was typed stays after a refusal.
 */
export function UserForm({ user, passwordMinLength }: { user?: EditableUser; passwordMinLength: number }) {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [version, setVersion] = useState(user?.version ?? 0);
  const [isActive, setIsActive] = useState(user?.isActive ?? true);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      if (!user) {
        const state = await createUserAction(form);
        if (state.status === "ok") {
          router.push(`/admin/users/${state.data.id}`);
          return;
        }
        if (state.status === "error") {
          setFieldErrors(state.fieldErrors ?? {});
          setFeedback({ tone: "error", message: state.message });
        }
        return;
      }
      form.set("userId", user.id);
      form.set("version", String(version));
      const state = await updateUserAction(form);
      if (state.status === "ok") {
        setVersion(state.data.version);
        setFieldErrors({});
        setFeedback({ tone: "success", message: t("admin.users.saved") });
      } else if (state.status === "error") {
        setFieldErrors(state.fieldErrors ?? {});
        setFeedback({ tone: "error", message: state.message });
      }
    });
  }

  function toggleActive() {
    if (!user) return;
    const next = !isActive;
    startTransition(async () => {
      const state = await setUserActiveAction({ userId: user.id, version, isActive: next });
      if (state.status === "ok") {
        setVersion(state.data.version);
        setIsActive(next);
        setFeedback({ tone: "success", message: next ? t("admin.users.reactivated") : t("admin.users.deactivated") });
      } else if (state.status === "error") {
        setFeedback({ tone: "error", message: state.message });
      }
    });
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,36rem)_minmax(0,22rem)]">
      <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-5" aria-busy={pending || undefined}>
        <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
        <TextField name="name" label={t("admin.users.name")} defaultValue={user?.name} error={fieldErrors.name} required autoComplete="off" />
        <TextField
          name="email"
          type="email"
          label={t("admin.users.email")}
          defaultValue={user?.email}
          error={fieldErrors.email}
          required
          autoComplete="off"
        />
        {user ? (
          <TextField
            name="newPassword"
            type="password"
            label={t("admin.users.newPassword")}
            hint={t("admin.users.newPasswordHint", { min: passwordMinLength })}
            error={fieldErrors.newPassword}
            autoComplete="new-password"
            minLength={passwordMinLength}
          />
        ) : (
          <TextField
            name="password"
            type="password"
            label={t("admin.users.password")}
            hint={t("admin.users.passwordHint", { min: passwordMinLength })}
            error={fieldErrors.password}
            autoComplete="new-password"
            minLength={passwordMinLength}
            required
          />
        )}
        <CheckboxGroup
          name="roles"
          legend={t("admin.users.roles")}
          hint={t("admin.users.rolesHint")}
          options={ROLE_OPTIONS.map((role) => ({ value: role, label: t(`admin.roles.${role}`) }))}
          defaultValues={user?.roles ?? []}
          error={fieldErrors.roles}
        />
        <SelectField
          name="preferredLocale"
          label={t("admin.users.preferredLocale")}
          defaultValue={user?.preferredLocale ?? "vi"}
          options={LOCALES.map((locale) => ({ value: locale, label: t(`common.languages.${locale}`) }))}
          error={fieldErrors.preferredLocale}
        />
        <div className="flex justify-end border-t border-slate-100 pt-4">
          <Button type="submit" variant="primary" busy={pending}>
            {user ? t("common.save") : t("admin.users.create")}
          </Button>
        </div>
      </form>

      {user && (
        <section aria-labelledby="access-heading" className="h-fit space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="access-heading" className="text-sm font-semibold text-slate-900">
            {t("admin.users.accessTitle")}
          </h2>
          <p className="text-sm text-slate-700">
            {t("admin.users.status")}: <strong>{isActive ? t("admin.users.active") : t("admin.users.inactive")}</strong>
            {!isActive && user.deactivatedLabel && <span className="block text-xs text-slate-600">{user.deactivatedLabel}</span>}
          </p>
          <p className="text-xs text-slate-600">{t("admin.users.deactivateHint")}</p>
          {user.isSelf && isActive ? (
            <p className="text-xs text-slate-600">{t("admin.users.cannotDeactivateSelf")}</p>
          ) : (
            <Button variant={isActive ? "danger" : "secondary"} busy={pending} onClick={toggleActive}>
              {isActive ? t("admin.users.deactivate") : t("admin.users.reactivate")}
            </Button>
          )}
        </section>
      )}
    </div>
  );
}
