import { forbidden, notFound, redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { signInPath } from "@/components/auth/callback-path";

/**
 * Turns a domain refusal met while rendering a page into the page's answer:
 * unknown or foreign ids 404, refusals 403, a lost session back to sign-in.
 * Anything else is a real failure and goes on to the error boundary.
 */
export function pageErrorFor(path: string) {
  return (error: unknown): never => {
    if (isAppError(error)) {
      if (error.code === "NOT_FOUND") notFound();
      if (error.code === "FORBIDDEN") forbidden();
      if (error.code === "UNAUTHENTICATED") redirect(signInPath(path));
    }
    throw error;
  };
}
