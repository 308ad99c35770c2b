import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { ActionState } from "@/lib/action";
import { formDataToObject } from "@/lib/action";
import { AppError, isAppError } from "@/lib/errors";
import type { PublicRequestKind } from "@/lib/generated/prisma/enums";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { createTranslator, translateDynamic, type Translate } from "@/lib/i18n/translator";
import { logger } from "@/lib/logger";
import { isSameOrigin } from "@/lib/request";
import { APPLICANT_PASS_COOKIE, APPLICANT_PASS_SECONDS, issueApplicantPass, readApplicantPass } from "./applicant-access";
import { clientAddress, HONEYPOT_FIELD, honeypotFilled, issuesByPath, nestFields } from "./public-request";
import { consumePublicAttempt, hashClientAddress } from "./public-rate-limit";

/**
 * The public twin of lib/action.ts `authedAction`, for the delegation forms an
 * applicant fills in without an account: authedAction refuses anyone without
 * a session, so it cannot serve them. Same shape otherwise — origin check,
 * strict zod parse, field errors in the reader's language, AppErrors mapped to
 * a state — plus what an open endpoint needs: a rate limit per hashed client
 * address and a honeypot (a filled one gets a success-looking answer and
 * nothing is done). Which application is meant comes from the applicant's
 * pass cookie (context.pass), never from the form. Next's request accessors
 * are handed in by the 'use server' file, so this module stays free of Next.
 */
type CookieJar = {
  get(name: string): { value: string } | undefined;
  set(name: string, value: string, options: ReturnType<typeof applicantPassCookieOptions>): unknown;
  delete(options: { name: string; path: string }): unknown;
};
export type RequestAccess = { headers: () => Promise<Headers>; cookies: () => Promise<CookieJar> };

export type ApplicantPass = {
  /** The application the pass cookie opens, or a refusal a form can show: expired or never given. */
  require(): string;
  set(delegationId: string): void;
  clear(): void;
};
export type PublicContext = { clientHash: string; locale: Locale; requestId: string; pass: ApplicantPass };

/** HTTP-only, same-site (Lax: the e-mailed resume link is a top-level navigation), Secure in production, whole site. */
export function applicantPassCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, secure: process.env.NODE_ENV === "production", path: "/", maxAge: APPLICANT_PASS_SECONDS };
}

function passFrom(jar: CookieJar): ApplicantPass {
  return {
    require() {
      const id = readApplicantPass(jar.get(APPLICANT_PASS_COOKIE)?.value);
      if (!id) throw new AppError("UNAUTHENTICATED", "applications.noPass");
      return id;
    },
    set: (delegationId) => void jar.set(APPLICANT_PASS_COOKIE, issueApplicantPass(delegationId), applicantPassCookieOptions()),
    clear: () => void jar.delete({ name: APPLICANT_PASS_COOKIE, path: "/" }),
  };
}

const translateAll = (t: Translate, errors: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(errors).map(([field, keys]) => [field, keys.map((key) => translateDynamic(t, key))]));

export function publicAction<Schema extends z.ZodType, Result>(
  request: RequestAccess,
  name: string,
  schema: Schema,
  handler: (input: z.output<Schema>, context: PublicContext) => Promise<Result>,
  options: { rateLimit: PublicRequestKind; honeypot?: () => Result },
) {
  return async function action(input: unknown): Promise<ActionState<Result>> {
    const requestId = randomUUID();
    const log = logger.child({ action: name, requestId });
    const raw = nestFields(input instanceof FormData ? formDataToObject(input) : ((input ?? {}) as Record<string, unknown>));
    const locale: Locale = isLocale(raw.locale) ? raw.locale : DEFAULT_LOCALE;
    const t = createTranslator(locale);
    const trap = honeypotFilled(raw);
    delete raw.locale;
    delete raw[HONEYPOT_FIELD];
    try {
      const requestHeaders = await request.headers();
      if (!isSameOrigin(requestHeaders)) throw new AppError("FORBIDDEN", "errors.crossOrigin");
      const clientHash = hashClientAddress(clientAddress(requestHeaders));
      await consumePublicAttempt({ kind: options.rateLimit, clientHash });
      if (trap && options.honeypot) {
        log.info("honeypot filled");
        return { status: "ok", data: options.honeypot() };
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const { fieldErrors, formErrors } = issuesByPath(parsed.error);
        return {
          status: "error",
          code: "VALIDATION",
          message: formErrors.length ? formErrors.map((key) => translateDynamic(t, key)).join(" ") : t("errors.VALIDATION"),
          fieldErrors: translateAll(t, fieldErrors),
        };
      }
      const data = await handler(parsed.data, { clientHash, locale, requestId, pass: passFrom(await request.cookies()) });
      log.info("public action completed");
      return { status: "ok", data };
    } catch (error) {
      if (isAppError(error)) {
        log.info({ code: error.code }, "public action refused");
        return {
          status: "error",
          code: error.code,
          message: t(error.messageKey, error.params),
          fieldErrors: error.fieldErrors ? translateAll(t, error.fieldErrors) : undefined,
        };
      }
      log.error({ err: error }, "public action failed");
      return { status: "error", code: "UNEXPECTED", message: t("errors.unexpected", { requestId }) };
    }
  };
}

