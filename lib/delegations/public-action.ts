import { randomUUID } from "node:crypto";
import { cookies, headers } from "next/headers";
import type { z } from "zod";
import type { ActionState } from "@/lib/action";
import { formDataToObject } from "@/lib/action";
import { AppError, isAppError } from "@/lib/errors";
import type { PublicRequestKind } from "@/lib/generated/prisma/enums";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { createTranslator, translateDynamic, type Translate } from "@/lib/i18n/translator";
import { logger } from "@/lib/logger";
import { requestIsSameOrigin } from "@/lib/request";
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
 * pass cookie, read by the handler, never from the form.
 */
export type PublicContext = { clientHash: string; locale: Locale; requestId: string };

const translateAll = (t: Translate, errors: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(errors).map(([field, keys]) => [field, keys.map((key) => translateDynamic(t, key))]));

export function publicAction<Schema extends z.ZodType, Result>(
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
      if (!(await requestIsSameOrigin())) throw new AppError("FORBIDDEN", "errors.crossOrigin");
      const clientHash = hashClientAddress(clientAddress(await headers()));
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
      const data = await handler(parsed.data, { clientHash, locale, requestId });
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

/** The application the request's pass cookie opens, or null. */
export async function currentApplicantId(): Promise<string | null> {
  return readApplicantPass((await cookies()).get(APPLICANT_PASS_COOKIE)?.value);
}

/** The same, or a refusal a form can show: the pass expired or was never given. */
export async function requireApplicantId(): Promise<string> {
  const id = await currentApplicantId();
  if (!id) throw new AppError("UNAUTHENTICATED", "applications.noPass");
  return id;
}

export async function setApplicantPass(delegationId: string): Promise<void> {
  (await cookies()).set(APPLICANT_PASS_COOKIE, issueApplicantPass(delegationId), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: APPLICANT_PASS_SECONDS,
  });
}

export async function clearApplicantPass(): Promise<void> {
  (await cookies()).delete({ name: APPLICANT_PASS_COOKIE, path: "/" });
}
