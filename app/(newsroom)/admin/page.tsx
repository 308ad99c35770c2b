import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { signInPath } from "@/components/auth/callback-path";

/**
 * The newsroom opens on the person's own desk: "My work" for everyone who
 * works on articles, the media library for press officers (trips and
 * delegations will give them a desk of their own). Someone with no part of
 * the newsroom at all is told so.
 */
export default async function AdminHome() {
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin"));
  if (can(actor, "article.read")) redirect("/admin/my-work");
  if (can(actor, "media.read")) redirect("/admin/media");
  forbidden();
}
