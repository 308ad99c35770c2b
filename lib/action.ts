import { randomUUID } from "node:crypto";
import { z } from "zod";
import { currentActor, type SessionActor } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { createTranslator, translateDynamic, type Translate } from "@/lib/i18n/translator";
import { logger } from "@/lib/logger";
import { newsroomLocale, requestIsSameOrigin } from "@/lib/request";

export type ActionState<T = unknown> =
  | { status: "idle" }
  | { status: "ok"; data: T }
  | {
      status: "error";
      code: AppError["code"] | "UNEXPECTED";
      message: string;
      fieldErrors?: Record<string, string[]>;
      details?: Record<string, unknown>;
    };

export const IDLE: ActionState<never> = { status: "idle" };

type Context = { actor: SessionActor; requestId: string };

function translateFieldErrors(t: Translate, fieldErrors: Record<string, string[] | undefined>) {
  return Object.fromEntries(
    Object.entries(fieldErrors)
      .filter((entry): entry is [string, string[]] => Boolean(entry[1]?.length))
      .map(([field, keys]) => [field, keys.map((key) => translateDynamic(t, key))]),
  );
}

function errorState(t: Translate, error: AppError): ActionState<never> {
  return {
    status: "error",
    code: error.code,
    message: t(error.messageKey, error.params),
    fieldErrors: error.fieldErrors ? translateFieldErrors(t, error.fieldErrors) : undefined,
    details: error.details,
  };
}

/**
 * The one way to write: checks the request's origin, authenticates, parses the
 * input with zod, runs the domain mutation, and maps every failure to a state a
 * form can show (field errors in the user's language). Each export of a
 * 'use server' file is a public endpoint, so each must be made by this.
 */
export function authedAction<Schema extends z.ZodType, Result>(
  name: string,
  schema: Schema,
  handler: (input: z.output<Schema>, context: Context) => Promise<Result>,
) {
  return async function action(input: unknown): Promise<ActionState<Result>> {
    const requestId = randomUUID();
    const log = logger.child({ action: name, requestId });
    const actor = await currentActor();
    const t = createTranslator(await newsroomLocale(actor?.preferredLocale));
    try {
      if (!(await requestIsSameOrigin())) throw new AppError("FORBIDDEN", "errors.crossOrigin");
      if (!actor) throw new AppError("UNAUTHENTICATED", "errors.UNAUTHENTICATED");
      const parsed = schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
      if (!parsed.success) {
        const { fieldErrors, formErrors } = z.flattenError(parsed.error);
        return {
          status: "error",
          code: "VALIDATION",
          message: formErrors.length ? formErrors.map((key) => translateDynamic(t, key)).join(" ") : t("errors.VALIDATION"),
          fieldErrors: translateFieldErrors(t, fieldErrors as Record<string, string[]>),
        };
      }
      const data = await handler(parsed.data, { actor, requestId });
      log.info({ actorId: actor.id }, "action completed");
      return { status: "ok", data };
    } catch (error) {
      if (isAppError(error)) {
        log.info({ actorId: actor?.id, code: error.code }, "action refused");
        return errorState(t, error);
      }
      log.error({ actorId: actor?.id, err: error }, "action failed");
      return { status: "error", code: "UNEXPECTED", message: t("errors.unexpected", { requestId }) };
    }
  };
}

/** Form fields to a plain object; repeated names become arrays. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else result[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}
