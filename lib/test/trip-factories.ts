/**
 * Directory people and trips inserted straight into the real database, for
 * tests whose subject is something else (capacity, itinerary, exports …).
 * Tests about creating or moving trips go through the domain functions instead.
 */
import { db } from "@/lib/db";
import type { AccreditationStatus, OutletKind, PressContactRole, TripStatus } from "@/lib/generated/prisma/enums";
import { calendarDateToDb, type CalendarDate } from "@/lib/i18n/calendar-date";
import { searchKey } from "@/lib/text/slug";
import { uniqueLabel } from "./factories";

export const outlets = {
  async create({ name = uniqueLabel("Outlet"), kind = "NEWSPAPER", country = "FR" }: { name?: string; kind?: OutletKind; country?: string } = {}) {
    return db.outlet.create({ data: { name, kind, country, languages: ["fr"], searchText: searchKey(name) }, select: { id: true, name: true, country: true } });
  },
};

type ContactOptions = {
  createdById: string;
  latinName?: string;
  nativeName?: string;
  nationality?: string;
  role?: PressContactRole;
  outletId?: string | null;
  email?: string | null;
  phone?: string | null;
  needs?: string;
  accreditationStatus?: AccreditationStatus;
  accreditationExpiresOn?: CalendarDate | null;
};

export const contacts = {
  async create({ createdById, latinName = uniqueLabel("Reporter"), nativeName = "", nationality = "FR", role = "REPORTER", outletId = null, email = null, phone = null, needs = "", accreditationStatus = "ACCREDITED", accreditationExpiresOn = null }: ContactOptions) {
    return db.pressContact.create({
      data: {
        latinName,
        nativeName,
        nationality,
        role,
        outletId,
        email,
        phone,
        needs,
        accreditationStatus,
        accreditationExpiresOn: accreditationExpiresOn ? calendarDateToDb(accreditationExpiresOn) : null,
        searchText: searchKey(`${latinName} ${nativeName}`),
        createdById,
      },
      select: { id: true, latinName: true },
    });
  },
};

type TripOptions = {
  createdById: string;
  title?: string;
  status?: TripStatus;
  startsOn?: CalendarDate;
  endsOn?: CalendarDate;
  capacity?: number;
  provinceCodes?: string[];
  topic?: string;
};

export const trips = {
  async create({ createdById, title = uniqueLabel("Trip"), status = "PLANNED", startsOn = "2027-03-10", endsOn = "2027-03-12", capacity = 10, provinceCodes = ["DLK"], topic = "Economic and social development" }: TripOptions) {
    return db.trip.create({
      data: {
        title,
        status,
        startsOn: calendarDateToDb(startsOn),
        endsOn: calendarDateToDb(endsOn),
        capacity,
        provinceCodes,
        topic,
        organiserId: createdById,
        createdById,
        searchText: searchKey(`${title} ${topic}`),
      },
      select: { id: true, title: true, version: true },
    });
  },
};
