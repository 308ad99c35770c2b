import { randomUUID } from "node:crypto";
import { currentActor, type SessionActor } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { createTranslator, translateDynamic, type Translate } from "@/lib/i18n/translator";
import { logger } from "@/lib/logger";
import { isSameOrigin, newsroomLocale } from "@/lib/request";

type RouteContext = { actor: SessionActor; requestId: string; t: Translate };

function errorResponse(t: Translate, error: AppError): Response {
  const fieldErrors = error.fieldErrors
    ? Object.fromEntries(Object.entries(error.fieldErrors).map(([field, keys]) => [field, keys.map((key) => translateDynamic(t, key))]))
    : undefined;
  return Response.json({ error: { code: error.code, message: t(error.messageKey, error.params), fieldErrors } }, { status: error.status });
}

/**
 * The route-handler twin of authedAction: refuses cross-site requests for
 * anything but GET, authenticates, runs the handler and answers every refusal
 * as `{ error: { code, message, fieldErrors } }` with the code's HTTP status,
 * in the person's language. Unexpected failures say only "something went
 * wrong" with a request id; the detail goes to the log.
 */
export function withActor(name: string, handler: (request: Request, context: RouteContext) => Promise<Response>) {
  return async function route(request: Request): Promise<Response> {
    const requestId = randomUUID();
    const log = logger.child({ route: name, requestId });
    const actor = await currentActor();
    const t = createTranslator(await newsroomLocale(actor?.preferredLocale));
    try {
      if (request.method !== "GET" && request.method !== "HEAD" && !isSameOrigin(request.headers)) throw new AppError("FORBIDDEN", "errors.crossOrigin");
      if (!actor) throw new AppError("UNAUTHENTICATED", "errors.UNAUTHENTICATED");
      const response = await handler(request, { actor, requestId, t });
      log.info({ actorId: actor.id, status: response.status }, "route completed");
      return response;
    } catch (error) {
      if (isAppError(error)) {
        log.info({ actorId: actor?.id, code: error.code }, "route refused");
        return errorResponse(t, error);
      }
      log.error({ actorId: actor?.id, err: error }, "route failed");
      return Response.json({ error: { code: "UNEXPECTED", message: t("errors.unexpected", { requestId }) } }, { status: 500 });
    }
  };
}
