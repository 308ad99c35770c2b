"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { FormMessage, type AlertTone } from "@/components/ui/alert";

type Announcement = { tone: AlertTone; message: ReactNode } | null;
type Announce = (announcement: Announcement) => void;

const AnnouncerContext = createContext<Announce | null>(null);

/**
 * One live region for the whole guest list: a row that is removed, or moves
 * after an answer, must not take its own announcement away with it.
 */
export function ParticipantAnnouncer({ children }: { children: ReactNode }) {
  const [announcement, setAnnouncement] = useState<Announcement>(null);
  return (
    <AnnouncerContext.Provider value={setAnnouncement}>
      <FormMessage tone={announcement?.tone ?? "success"} message={announcement?.message} className="mb-3" />
      {children}
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): Announce {
  const announce = useContext(AnnouncerContext);
  if (!announce) throw new Error("useAnnounce() needs a <ParticipantAnnouncer> above it.");
  return announce;
}
