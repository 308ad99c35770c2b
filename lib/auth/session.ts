import { getServerSession } from "next-auth";
import { unauthenticated } from "@/lib/errors";
import { loadActiveActor, type SessionActor } from "./actor";
import { authOptions } from "./options";

export type { SessionActor } from "./actor";

/** The signed-in, still active user of this request, or null. */
export async function currentActor(): Promise<SessionActor | null> {
  const session = (await getServerSession(authOptions)) as { userId?: string } | null;
  return loadActiveActor(session?.userId);
}

export async function requireActor(): Promise<SessionActor> {
  const actor = await currentActor();
  if (!actor) throw unauthenticated();
  return actor;
}
