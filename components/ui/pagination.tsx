import Link from "next/link";
import { buttonClasses } from "./button";
import { cx } from "./class-names";

type PaginationProps = {
  label: string;
  previous: { href: string | null; label: string };
  next: { href: string | null; label: string };
  className?: string;
};

/** Previous/next links for keyset pages; a missing href renders a disabled control. */
export function Pagination({ label, previous, next, className }: PaginationProps) {
  return (
    <nav aria-label={label} className={cx("flex items-center gap-2", className)}>
      {[previous, next].map((link, index) =>
        link.href ? (
          <Link key={index} href={link.href} rel={index === 0 ? "prev" : "next"} className={buttonClasses("secondary", "sm")}>
            {index === 0 ? "← " : ""}
            {link.label}
            {index === 1 ? " →" : ""}
          </Link>
        ) : (
          <span key={index} aria-disabled="true" className={buttonClasses("secondary", "sm", "pointer-events-none opacity-50")}>
            {index === 0 ? "← " : ""}
            {link.label}
            {index === 1 ? " →" : ""}
          </span>
        ),
      )}
    </nav>
  );
}
