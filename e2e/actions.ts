/**
 * Server actions as an attacker sees them: a POST to a page with a
 * `Next-Action` id header and the arguments in the body. The journeys capture
 * a real call made by the UI, then replay it changed (another person, another
 * origin, smuggled fields) to prove the server, not the UI, refuses it.
 */
import type { APIRequestContext, APIResponse, Page, Request } from "@playwright/test";
import { BASE_URL } from "./server";

export type CapturedAction = {
  url: string;
  actionId: string;
  contentType: string;
  /** The body as sent: JSON text for plain arguments, multipart for a FormData. */
  body: Buffer;
};

/** Waits for the next server-action call the page makes while `trigger` runs. */
export async function captureAction(page: Page, trigger: () => Promise<void>): Promise<CapturedAction> {
  const isAction = (candidate: Request) => candidate.method() === "POST" && Boolean(candidate.headers()["next-action"]);
  const [request] = await Promise.all([page.waitForRequest(isAction), trigger()]);
  const headers = request.headers();
  return {
    url: request.url(),
    actionId: headers["next-action"],
    contentType: headers["content-type"] ?? "text/plain;charset=UTF-8",
    body: request.postDataBuffer() ?? Buffer.alloc(0),
  };
}

/** The arguments of a call made with plain values (not a FormData). */
export function argumentsOf(action: CapturedAction): Record<string, unknown> {
  const [first] = JSON.parse(action.body.toString("utf8")) as unknown[];
  return first as Record<string, unknown>;
}

type ReplayOptions = {
  /** New plain arguments; the captured body is sent unchanged when absent. */
  args?: unknown[];
  /** The Origin header to send; `null` leaves it out altogether. Defaults to this site. */
  origin?: string | null;
};

export function replayAction(request: APIRequestContext, action: CapturedAction, { args, origin = BASE_URL }: ReplayOptions = {}): Promise<APIResponse> {
  return request.post(action.url, {
    headers: {
      "next-action": action.actionId,
      "content-type": args ? "text/plain;charset=UTF-8" : action.contentType,
      accept: "text/x-component",
      ...(origin === null ? {} : { origin }),
    },
    data: args ? JSON.stringify(args) : action.body,
    maxRedirects: 0,
  });
}

/** The action's answer as our wrapper returns it: "ok", or "error" with a code; null when Next refused it before running it. */
export async function actionOutcome(response: APIResponse): Promise<{ status: string; code?: string } | null> {
  const body = await response.text();
  const match = /\{"status":"(ok|error)"(?:,"code":"([A-Z_]+)")?/.exec(body);
  return match ? { status: match[1], code: match[2] } : null;
}
