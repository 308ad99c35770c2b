import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import type { ApplicationDraft } from "@/lib/delegations/application-draft";
import type { ApplicationStatusView } from "@/lib/delegations/application-status";
import { createTranslator } from "@/lib/i18n/translator";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { LookupForm } from "./lookup-form";
import { MembersStepForm } from "./members-step-form";
import { OutletStepForm } from "./outlet-step-form";
import { StatusView } from "./status-view";

const t = createTranslator("en");
const noop = () => {};
// The forms ask for the router only when sent; rendering needs it mounted.
const router: AppRouterInstance = { back: noop, forward: noop, refresh: noop, push: noop, replace: noop, prefetch: noop, bfcacheId: "test" };
const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <AppRouterContext.Provider value={router}>
      <I18nProvider locale="en">{node}</I18nProvider>
    </AppRouterContext.Provider>,
  );

const draft: ApplicationDraft = {
  id: "0b6c3f5e-1f1a-4d2b-9a51-000000000001",
  status: "DRAFT",
  version: 3,
  formStep: 3,
  outletName: "NHK",
  outletKind: "TV",
  outletCountry: "JP",
  outletWebsite: "",
  contactName: "Sato",
  contactEmail: "sato@nhk.or.jp",
  contactPhone: "+81 3 3465 1111",
  members: [
    { id: "0b6c3f5e-1f1a-4d2b-9a51-000000000002", passportName: "Tanaka Hiroshi", nationality: "JP", role: "CAMERA", passportExpiresOn: "2031-01-01", passportNumberLast4: "4567" },
    { id: "0b6c3f5e-1f1a-4d2b-9a51-000000000003", passportName: "Sato Yuki", nationality: "JP", role: "REPORTER", passportExpiresOn: "2031-01-01", passportNumberLast4: "9876" },
  ],
  arrivalOn: "",
  departureOn: "",
  purpose: "",
  topics: [],
  provinceCodes: [],
  placesDetail: "",
  interviewRequests: "",
  equipment: "",
  documents: [],
};

const status = (fields: Partial<ApplicationStatusView>): ApplicationStatusView => ({
  reference: "DL-2026-00042",
  status: "SUBMITTED",
  version: 4,
  outletName: "NHK",
  arrivalOn: "2027-03-01",
  departureOn: "2027-03-10",
  memberCount: 2,
  documents: [],
  history: [{ toStatus: "SUBMITTED", note: null, at: new Date("2026-12-01T10:00:00Z"), byApplicant: true }],
  mayAnswer: false,
  mayWithdraw: true,
  hasLetter: false,
  ...fields,
});

describe("application forms", () => {
  test("member rows are numbered, removable by name, and never show a stored passport number", () => {
    const html = render(<MembersStepForm draft={draft} />);
    expect(html).toContain("Member 1");
    expect(html).toContain(">Remove member 2<");
    expect(html).toContain(">Add member<");
    expect(html).toContain("Saved: •••••4567. Leave blank to keep it.");
    expect(html).toContain('name="members.1.passportNumber"');
    expect(html).toContain('name="members.0.memberId"');
  });

  test("starting has a honeypot that people and assistive technology never reach", () => {
    const html = render(<OutletStepForm draft={null} />);
    const trap = html.slice(html.indexOf('<div aria-hidden="true"'), html.indexOf("</div>", html.indexOf('<div aria-hidden="true"')));
    expect(trap).toContain('<label for="field-faxNumber">Leave this field empty</label>');
    expect(trap).toMatch(/<input id="field-faxNumber"[^>]*tabindex="-1"[^>]*name="faxNumber"/);
    expect(html).toContain(">Start application<");
    expect(render(<OutletStepForm draft={draft} />)).not.toContain("faxNumber");
  });

  test("the lookup form asks for the reference and the e-mail", () => {
    const html = render(<LookupForm />);
    expect(html).toContain(">Reference number<");
    expect(html).toContain(">E-mail address<");
    expect(html).toContain(">Show the status<");
  });
});

describe("status view", () => {
  test("a request for information shows the office's note and the answer form", () => {
    const html = render(
      <StatusView
        application={status({ status: "INFO_REQUESTED", mayAnswer: true, history: [...status({}).history, { toStatus: "INFO_REQUESTED", note: "Send the press cards.", at: new Date(), byApplicant: false }] })}
        locale="en"
        t={t}
      />,
    );
    expect(html).toContain(`Status: ${t("delegations.status.INFO_REQUESTED")}`);
    expect(html).toContain("Send the press cards.");
    expect(html).toContain(">Answer the request for information<");
    expect(html).toContain(">Send the answer<");
    expect(html).toContain(">Withdraw application<");
    expect(html).not.toContain("/api/delegations/letter");
  });

  test("an approved application links the decision letter and cannot be withdrawn", () => {
    const html = render(<StatusView application={status({ status: "APPROVED", hasLetter: true, mayWithdraw: false })} locale="en" t={t} />);
    expect(html).toContain('<a href="/api/delegations/letter" class="font-medium underline">Download the decision letter (PDF)</a>');
    expect(html).not.toContain("Withdraw application");
  });
});
