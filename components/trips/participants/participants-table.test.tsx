import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { formatCalendarRange } from "@/lib/i18n/calendar-date";
import { createTranslator } from "@/lib/i18n/translator";
import type { ParticipantRow, TripParticipantsView } from "@/lib/trips/participant-queries";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { ParticipantAnnouncer } from "./announcer";
import { ParticipantsTable } from "./participants-table";
import { SeatsMeter } from "./seats-meter";

const t = createTranslator("en");
const noop = () => {};
// The table's buttons ask for the router only when clicked; rendering needs it mounted.
const router: AppRouterInstance = { back: noop, forward: noop, refresh: noop, push: noop, replace: noop, prefetch: noop, bfcacheId: "test" };

function render(node: ReactNode): string {
  return renderToStaticMarkup(
    <AppRouterContext.Provider value={router}>
      <I18nProvider locale="en">
        <ParticipantAnnouncer>{node}</ParticipantAnnouncer>
      </I18nProvider>
    </AppRouterContext.Provider>,
  );
}

const none = { accept: false, decline: false, attendance: false, remove: false, editDetails: false };
const anna: ParticipantRow = {
  id: "0b6c3f5e-1f1a-4d2b-9a51-000000000001",
  contactId: "0b6c3f5e-1f1a-4d2b-9a51-000000000002",
  version: 1,
  latinName: "Anna Schmidt",
  nativeName: "",
  nationality: "DE",
  role: "REPORTER",
  outlet: { id: "0b6c3f5e-1f1a-4d2b-9a51-000000000003", name: "Die Zeit" },
  mission: null,
  accreditationStatus: "ACCREDITED",
  status: "INVITED",
  waitlistPosition: null,
  rooming: "",
  transport: "",
  notes: "",
  warnings: [{ kind: "OVERLAPPING_TRIP", tripId: "0b6c3f5e-1f1a-4d2b-9a51-000000000004", title: "Hà Giang", startsOn: "2027-05-10", endsOn: "2027-05-12", status: "ACCEPTED" }],
  controls: { ...none, accept: true, decline: true, remove: true, editDetails: true },
};

function view(fields: Partial<TripParticipantsView>, rows: ParticipantRow[] = [anna]): TripParticipantsView {
  return {
    trip: { id: "0b6c3f5e-1f1a-4d2b-9a51-000000000005", title: "Đắk Lắk", status: "INVITATIONS_SENT", provinceCodes: ["DLK"], startsOn: "2027-05-11", endsOn: "2027-05-13", capacity: 10, version: 1, itineraryVersion: 1, organiserId: anna.id, createdById: anna.id },
    seats: { capacity: 10, taken: 3, waitlisted: 2, invited: 1, declined: 0 },
    participants: rows,
    canManage: true,
    canInvite: true,
    canSeePersonal: false,
    ...fields,
  };
}

describe("the guest list", () => {
  test("actions are named for the person; the warning is text beside a hidden icon, linking the other trip", () => {
    const html = render(<ParticipantsTable view={view({})} locale="en" t={t} />);
    for (const name of ["Accept for Anna Schmidt", "Decline for Anna Schmidt", "Remove Anna Schmidt from the trip", "Edit rooming and transport for Anna Schmidt"]) {
      expect(html).toContain(`aria-label="${name}"`);
    }
    expect(html).toContain('aria-label="Warnings for Anna Schmidt"');
    expect(html).toContain(`Already booked on “Hà Giang” (${formatCalendarRange("en", "2027-05-10", "2027-05-12")}), which overlaps`);
    expect(html).toContain('href="/admin/trips/0b6c3f5e-1f1a-4d2b-9a51-000000000004/participants"');
    expect(html).toContain('href="/admin/contacts/0b6c3f5e-1f1a-4d2b-9a51-000000000002"');
    expect(html).toContain('role="status"');
    expect(html).not.toContain(">Email<");
  });

  test("read-only for the desk: no actions column, no edit button; personal columns only when allowed", () => {
    const readOnly = render(<ParticipantsTable view={view({ canManage: false, canInvite: false }, [{ ...anna, controls: none }])} locale="en" t={t} />);
    expect(readOnly).not.toContain("<button");
    expect(readOnly).not.toContain(">Actions<");
    const personal = render(<ParticipantsTable view={view({ canSeePersonal: true }, [{ ...anna, email: "anna@example.org", phone: null, needs: "Vegetarian" }])} locale="en" t={t} />);
    expect(personal).toContain(">Email<");
    expect(personal).toContain("anna@example.org");
    expect(personal).toContain("Vegetarian");
  });

  test("attendance buttons for a seat holder once the trip is under way; the waitlist position is shown", () => {
    const html = render(
      <ParticipantsTable
        view={view({}, [
          { ...anna, status: "ACCEPTED", controls: { ...none, attendance: true } },
          { ...anna, id: "0b6c3f5e-1f1a-4d2b-9a51-000000000006", latinName: "Ben Lee", status: "WAITLISTED", waitlistPosition: 1, controls: none },
        ])}
        locale="en"
        t={t}
      />,
    );
    expect(html).toContain('aria-label="Attended: Anna Schmidt"');
    expect(html).toContain('aria-label="No-show: Anna Schmidt"');
    expect(html).toContain('title="No. 1 on the waitlist"');
    expect(html).toContain("Waitlisted");
  });

  test("the seats meter reads as a sentence", () => {
    const html = renderToStaticMarkup(<SeatsMeter seats={view({}).seats} locale="en" t={t} />);
    expect(html).toContain("3 of 10 seats taken · 2 on the waitlist");
    expect(html).toContain('<meter min="0" max="10" value="3" aria-labelledby="seats-summary"');
  });
});
