import Link from "next/link";
import { formatDate, isoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { UserListItem } from "@/lib/users/queries";
import { Badge } from "@/components/ui/badge";
import { RoleBadges } from "./role-badges";

export function UsersTable({ users, locale, t }: { users: UserListItem[]; locale: Locale; t: Translate }) {
  if (users.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-10 text-center text-sm text-slate-600">{t("admin.users.empty")}</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-3 py-2">{t("admin.users.name")}</th>
            <th scope="col" className="px-3 py-2">{t("admin.users.email")}</th>
            <th scope="col" className="px-3 py-2">{t("admin.users.roles")}</th>
            <th scope="col" className="px-3 py-2">{t("admin.users.status")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("admin.users.createdAt")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.map((user) => (
            <tr key={user.id} className={user.isActive ? "hover:bg-slate-50" : "bg-slate-50 text-slate-500"}>
              <td className="px-3 py-2">
                <Link href={`/admin/users/${user.id}`} className="font-medium text-slate-900 hover:text-blue-800 hover:underline">
                  {user.name}
                </Link>
              </td>
              <td className="px-3 py-2 text-slate-700">{user.email}</td>
              <td className="px-3 py-2">
                <RoleBadges roles={user.roles} t={t} />
              </td>
              <td className="px-3 py-2">
                {user.isActive ? <Badge tone="green">{t("admin.users.active")}</Badge> : <Badge tone="slate">{t("admin.users.inactive")}</Badge>}
              </td>
              <td className="px-3 py-2 text-right whitespace-nowrap text-slate-600 tabular-nums">
                <time dateTime={isoDate(user.createdAt)}>{formatDate(locale, user.createdAt, "short")}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
