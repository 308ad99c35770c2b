import { releaseEditSession } from "@/lib/collaboration/edit-sessions";
import { withActor } from "@/lib/route";

/**
 * POST (navigator.sendBeacon on pagehide): the person left the editor, so
 * their edit session ends now rather than after the expiry. withActor refuses
 * cross-site POSTs, so another site cannot end someone's session; only the
 * caller's own session is ever removed.
 */
export const POST = withActor("releaseEditSession", async (request, { actor }) => {
  const articleId = new URL(request.url).pathname.split("/").at(-2) ?? "";
  await releaseEditSession({ actor, articleId });
  return new Response(null, { status: 204 });
});
