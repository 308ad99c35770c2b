import Link from "next/link";
import type { Translate } from "@/lib/i18n/translator";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { NavLink } from "./nav-link";

type TopBarProps = { name: string; roles: string[]; canReadArticles: boolean; canUseMedia: boolean; canReadContacts: boolean; canReadTrips: boolean; canReviewDelegations: boolean; canSeeDelegationStats: boolean; canManageUsers: boolean; t: Translate };

/** Sections, the signed-in person with their roles, language, sign-out. */
export function TopBar({ name, roles, canReadArticles, canUseMedia, canReadContacts, canReadTrips, canReviewDelegations, canSeeDelegationStats, canManageUsers, t }: TopBarProps) {
  return (
    <header className="border-b border-slate-800 bg-slate-900 text-slate-100 print:hidden">
      <div className="mx-auto flex h-12 w-full max-w-[1440px] items-center gap-6 px-4">
        <Link href="/admin/articles" className="text-sm font-semibold tracking-wide uppercase">
          {t("common.appName")}
        </Link>
        <nav aria-label={t("common.mainNavigation")} className="flex h-full items-stretch gap-1">
          {canReadArticles && <NavLink href="/admin/my-work">{t("collaboration.nav.myWork")}</NavLink>}
          <NavLink href="/admin/articles">{t("admin.nav.articles")}</NavLink>
          {canUseMedia && <NavLink href="/admin/media">{t("admin.nav.media")}</NavLink>}
          {canReadTrips && <NavLink href="/admin/trips">{t("trips.nav")}</NavLink>}
          {canReviewDelegations && <NavLink href="/admin/delegations">{t("delegations.nav")}</NavLink>}
          {/* Chief editors read the statistics without seeing applications. */}
          {!canReviewDelegations && canSeeDelegationStats && <NavLink href="/admin/delegations/statistics">{t("delegationStats.title")}</NavLink>}
          {canReadContacts && <NavLink href="/admin/contacts">{t("contacts.nav")}</NavLink>}
          {canManageUsers && <NavLink href="/admin/users">{t("admin.nav.users")}</NavLink>}
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <p className="hidden text-right leading-tight sm:block">
            <span className="sr-only">{t("common.signedInAs", { name })}</span>
            <span className="block text-sm font-medium" aria-hidden="true">
              {name}
            </span>
            <span className="block text-xs text-slate-400">{roles.join(" · ")}</span>
          </p>
          <LanguageSwitcher signedIn />
          <div className="[&_button]:text-slate-100 [&_button:hover]:bg-slate-800">
            <SignOutButton />
          </div>
        </div>
      </div>
    </header>
  );
}
