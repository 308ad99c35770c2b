import { NextResponse } from "next/server";
import { APPLICANT_PASS_COOKIE, issueApplicantPass } from "@/lib/delegations/applicant-access";
import { applyPath } from "@/lib/delegations/application";
import { applicantPassCookieOptions } from "@/lib/delegations/public-action";
import { followResumeLink } from "@/lib/delegations/resume-link";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";

/**
 * The link e-mailed when an application is started. It swaps the secret in
 * the address for the applicant's pass cookie and sends them on to the step
 * they reached, so the secret does not stay in the address bar or history.
 */
export async function GET(request: Request) {
  const outcome = await followResumeLink(request);
  if (!outcome) return NextResponse.redirect(new URL(`${applyPath(DEFAULT_LOCALE)}?link=invalid`, request.url), 303);
  const response = NextResponse.redirect(new URL(`${applyPath(outcome.locale)}?step=${outcome.formStep}`, request.url), 303);
  response.cookies.set(APPLICANT_PASS_COOKIE, issueApplicantPass(outcome.delegationId), applicantPassCookieOptions());
  response.headers.set("Referrer-Policy", "no-referrer");
  return response;
}
