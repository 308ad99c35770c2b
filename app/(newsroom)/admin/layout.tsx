import type { ReactNode } from "react";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { createTranslator } from "@/lib/i18n/translator";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { TopBar } from "./top-bar";

/**
 * The newsroom frame. It shows the signed-in person but protects nothing:
 * each page.tsx checks the actor and the policy itself (layouts do not run for
 * server actions and are not re-run on every navigation).
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        {t("common.skipToContent")}
      </a>
      {actor && (
        <TopBar
          name={actor.name}
          roles={actor.roles.map((role) => t(`admin.roles.${role}`))}
          canReadArticles={can(actor, "article.read")}
          canUseMedia={can(actor, "media.read")}
          canReadContacts={can(actor, "contact.read")}
          canReadTrips={can(actor, "trip.read")}
          canReviewDelegations={can(actor, "delegation.review")}
          canSeeDelegationStats={can(actor, "delegation.stats")}
          canManageUsers={can(actor, "user.manage")}
          t={t}
        />
      )}
      <main id="main" className="mx-auto w-full max-w-[1440px] px-4 py-5">
        {children}
      </main>
    </>
  );
}
