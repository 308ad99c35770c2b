"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useT } from "@/components/i18n/i18n-provider";
import { cx } from "@/components/ui/class-names";

const TABS = [
  { segment: "", key: "trips.tabs.details" },
  { segment: "/itinerary", key: "trips.tabs.itinerary" },
  { segment: "/participants", key: "trips.tabs.participants" },
  { segment: "/report", key: "trips.tabs.report" },
] as const;

/** The parts of one trip, each its own page; the current one is marked for sight and for screen readers. */
export function TripTabs({ tripId }: { tripId: string }) {
  const t = useT();
  const pathname = usePathname();
  const base = `/admin/trips/${tripId}`;
  return (
    <nav aria-label={t("trips.tabs.label")} className="mb-4 flex gap-1 overflow-x-auto border-b border-slate-200 print:hidden">
      {TABS.map((tab) => {
        const href = `${base}${tab.segment}`;
        const current = tab.segment === "" ? pathname === base : pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={tab.segment}
            href={href}
            aria-current={current ? "page" : undefined}
            className={cx(
              "-mb-px border-b-2 px-3 py-2 text-sm whitespace-nowrap focus-visible:outline-2 focus-visible:outline-blue-700",
              current ? "border-blue-700 font-semibold text-blue-900" : "border-transparent text-slate-600 hover:text-slate-900",
            )}
          >
            {t(tab.key)}
          </Link>
        );
      })}
    </nav>
  );
}
