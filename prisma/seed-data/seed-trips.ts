/**
 * Seeds the directory and the field trips through the real domain functions:
 * the press officer files people and plans trips, the chief editor approves
 * them, invitations, answers, attendance, program and coverage go through the
 * same checks (seats, waitlist, dates, history) as in the newsroom.
 */
import type { Actor } from "@/lib/authz/policy";
import { createContact, createMission, createOutlet } from "@/lib/contacts/mutations";
import { db } from "@/lib/db";
import { createContactSchema, createMissionSchema, createOutletSchema } from "@/lib/contacts/schemas";
import type { TripStatus } from "@/lib/generated/prisma/enums";
import { saveTripItinerary } from "@/lib/itinerary/trip-itinerary";
import { saveTripItinerarySchema } from "@/lib/itinerary/schemas";
import { addCoverage } from "@/lib/trips/coverage";
import { addCoverageSchema, savePublicPageSchema } from "@/lib/trips/coverage-schemas";
import { createTrip, transitionTrip } from "@/lib/trips/mutations";
import { answerParticipant, inviteParticipants, recordAttendance } from "@/lib/trips/participants";
import { saveTripPublicPage } from "@/lib/trips/public-text";
import { createTripSchema } from "@/lib/trips/schemas";
import { SEED_CONTACTS, SEED_MISSIONS, SEED_OUTLETS, type ContactKey, type OutletKey, type SeedContact } from "./directory";
import { SEED_TRIPS, type SeedTrip } from "./trips";

type Directory = { outlets: Record<OutletKey, string>; contacts: Record<ContactKey, string> };

export async function seedDirectory(press: Actor): Promise<Directory> {
  const outlets = {} as Directory["outlets"];
  for (const [key, outlet] of Object.entries(SEED_OUTLETS)) {
    outlets[key as OutletKey] = (await createOutlet({ actor: press, input: createOutletSchema.parse(outlet) })).id;
  }
  const missions: Record<string, string> = {};
  for (const [key, mission] of Object.entries(SEED_MISSIONS)) {
    missions[key] = (await createMission({ actor: press, input: createMissionSchema.parse(mission) })).id;
  }
  const contacts = {} as Directory["contacts"];
  for (const [key, { outlet, mission, ...person }] of Object.entries(SEED_CONTACTS) as [ContactKey, SeedContact][]) {
    const input = createContactSchema.parse({
      ...person,
      outletId: outlet ? outlets[outlet] : "",
      missionId: mission ? missions[mission] : "",
    });
    contacts[key] = (await createContact({ actor: press, input })).id;
  }
  return { outlets, contacts };
}

/** The path each seeded trip walks, in order, up to where it stops. */
const PATH: TripStatus[] = ["PLANNED", "APPROVED", "INVITATIONS_SENT", "CONFIRMED", "ONGOING", "COMPLETED", "REPORTED"];

async function seedTrip(trip: SeedTrip, { press, chief }: { press: Actor; chief: Actor }, directory: Directory): Promise<void> {
  const created = await createTrip({
    actor: press,
    input: createTripSchema.parse({
      title: trip.title,
      provinceCodes: trip.provinceCodes,
      startsOn: trip.startsOn,
      endsOn: trip.endsOn,
      topic: trip.topic,
      goals: trip.goals,
      partnerAuthority: trip.partnerAuthority,
      capacity: String(trip.capacity),
      escortContactIds: trip.escorts.map((key) => directory.contacts[key]),
      budgetLines: trip.budget,
    }),
  });
  let version = created.version;
  const move = async (to: TripStatus, actor: Actor, note?: string) => {
    version = (await transitionTrip({ actor, input: { tripId: created.id, version, to, note } })).version;
  };
  const target = trip.status === "CANCELLED" ? "INVITATIONS_SENT" : trip.status;
  const steps = target === "IDEA" ? [] : PATH.slice(0, PATH.indexOf(target) + 1);
  const participants = Object.entries(trip.participants) as [ContactKey, NonNullable<SeedTrip["participants"][ContactKey]>][];

  for (const step of steps) {
    if (step === "INVITATIONS_SENT" && participants.length) {
      const invited = await inviteParticipants({ actor: press, input: { tripId: created.id, contactIds: participants.map(([key]) => directory.contacts[key]) } });
      const byContact = new Map(invited.invited.map((row) => [row.contactId, row.participantId]));
      for (const [key, answer] of participants) {
        if (answer === "INVITED") continue;
        const participantId = byContact.get(directory.contacts[key])!;
        await answerParticipant({ actor: press, input: { tripId: created.id, participantId, version: 1, answer: answer === "DECLINED" ? "DECLINED" : "ACCEPTED" } });
      }
      if (trip.itinerary) {
        await saveTripItinerary({
          actor: press,
          input: saveTripItinerarySchema.parse({ tripId: created.id, itineraryVersion: 1, items: trip.itinerary.map((item) => ({ ...item, end: item.end ?? null })) }),
        });
      }
    }
    await move(step, step === "APPROVED" ? chief : press);
    if (step === "ONGOING") {
      for (const [key, answer] of participants) {
        if (answer !== "ATTENDED" && answer !== "NO_SHOW") continue;
        const row = await db.tripParticipant.findUniqueOrThrow({
          where: { tripId_contactId: { tripId: created.id, contactId: directory.contacts[key] } },
          select: { id: true, version: true },
        });
        await recordAttendance({ actor: press, input: { tripId: created.id, participantId: row.id, version: row.version, attendance: answer } });
      }
    }
    if (step === "COMPLETED") {
      for (const { outlet, ...story } of trip.coverage ?? []) {
        await addCoverage({ actor: press, input: addCoverageSchema.parse({ ...story, tripId: created.id, outletId: directory.outlets[outlet] }) });
      }
    }
  }
  if (trip.status === "CANCELLED") await move("CANCELLED", press, trip.cancelReason);
  if (trip.publicRecap) {
    await saveTripPublicPage({
      actor: press,
      input: savePublicPageSchema.parse({
        tripId: created.id,
        publicVersion: 1,
        isPublic: true,
        viTitle: trip.publicRecap.vi.title,
        viSummary: trip.publicRecap.vi.summary,
        enTitle: trip.publicRecap.en.title,
        enSummary: trip.publicRecap.en.summary,
      }),
    });
  }
}

export async function seedTrips(people: { press: Actor; chief: Actor }, directory: Directory): Promise<void> {
  for (const trip of SEED_TRIPS) await seedTrip(trip, people, directory);
}
