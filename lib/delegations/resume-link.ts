import { isAppError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { logger } from "@/lib/logger";
import { resumeApplication } from "./application";
import { clientAddress } from "./public-request";
import { consumePublicAttempt, hashClientAddress } from "./public-rate-limit";

/**
 * A followed resume link: rate-limited per client (guessing tokens is as
 * hopeless as it is cheap to try), and null for a wrong, expired or
 * over-limit one, which the page answers alike.
 */
export async function followResumeLink(request: Request): Promise<{ delegationId: string; locale: Locale; formStep: number } | null> {
  try {
    await consumePublicAttempt({ kind: "RESUME_LINK", clientHash: hashClientAddress(clientAddress(request.headers)) });
    const resumed = await resumeApplication({ token: new URL(request.url).searchParams.get("token") ?? "" });
    return { ...resumed, locale: isLocale(resumed.locale) ? resumed.locale : "en" };
  } catch (error) {
    if (isAppError(error)) return null;
    logger.error({ err: error }, "resume link failed");
    return null;
  }
}
