"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cx } from "@/components/ui/class-names";

/** A top-bar section link; the current section is marked for sight and for screen readers. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={cx(
        "flex items-center border-b-2 px-3 text-sm whitespace-nowrap focus-visible:outline-2 focus-visible:outline-white",
        current ? "border-white font-semibold text-white" : "border-transparent text-slate-300 hover:text-white",
      )}
    >
      {children}
    </Link>
  );
}
