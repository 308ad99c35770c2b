import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { signInPath } from "@/components/auth/callback-path";

/**
 * The newsroom opens on the person's own desk. Without access to articles
 * (press officers), the article list answers with its refusal, as before.
 */
export default async function AdminHome() {
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin/my-work"));
  redirect(can(actor, "article.read") ? "/admin/my-work" : "/admin/articles");
}
