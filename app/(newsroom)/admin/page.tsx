import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { signInPath } from "@/components/auth/callback-path";

export default async function AdminHome() {
  if (!(await currentActor())) redirect(signInPath("/admin/articles"));
  redirect("/admin/articles");
}
