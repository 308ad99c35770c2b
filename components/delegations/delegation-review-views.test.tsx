import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import type { DelegationReview } from "@/lib/delegations/review-queries";
import { createTranslator } from "@/lib/i18n/translator";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { DelegationMembers } from "./delegation-members";
import { DelegationWorkflowPanel } from "./delegation-workflow-panel";
import { MemberMatchingPanel } from "./member-matching-panel";

const t = createTranslator("en");
const noop = () => {};
const router: AppRouterInstance = { back: noop, forward: noop, refresh: noop, push: noop, replace: noop, prefetch: noop, bfcacheId: "test" };

function render(node: ReactNode): string {
  return renderToStaticMarkup(
    <AppRouterContext.Provider value={router}>
      <I18nProvider locale="en">{node}</I18nProvider>
    </AppRouterContext.Provider>,
  );
}

const MEMBER_ID = "0b6c3f5e-1f1a-4d2b-9a51-000000000011";
const delegation = {
  id: "0b6c3f5e-1f1a-4d2b-9a51-000000000010",
  reference: "DL-2026-00042",
  status: "UNDER_REVIEW",
  locale: "en",
  outletName: "Le Monde",
  arrivalOn: "2026-12-10",
  departureOn: "2026-12-14",
  version: 3,
  itineraryVersion: 1,
  purgedAt: null,
  members: [
    {
      id: MEMBER_ID,
      passportName: "Anne Leroy",
      nationality: "FR",
      role: "CAMERA",
      passportExpiresOn: "2031-01-01",
      maskedPassportNumber: "•••••1234",
      maskedDateOfBirth: "••/••/••••",
      contact: null,
    },
  ],
  canSeePersonal: true,
} as unknown as DelegationReview;

describe("the members table", () => {
  test("shows masks and one named reveal button per protected value", () => {
    const html = render(<DelegationMembers delegation={delegation} locale="en" t={t} />);
    expect(html).toContain("•••••1234");
    expect(html).toContain("••/••/••••");
    expect(html).toContain('aria-label="Show passport number of Anne Leroy"');
    expect(html).toContain('aria-label="Show date of birth of Anne Leroy"');
    expect(html).toContain("Camera operator");
  });

  test("without delegation.personal the masks stay and no reveal is offered", () => {
    const html = render(<DelegationMembers delegation={{ ...delegation, canSeePersonal: false }} locale="en" t={t} />);
    expect(html).toContain("•••••1234");
    expect(html).not.toContain("Show passport number");
  });
});

test("the review panel has a button per target and a labelled reason box where one is required", () => {
  const html = render(<DelegationWorkflowPanel delegationId={delegation.id} version={3} targets={["INFO_REQUESTED", "APPROVED", "REJECTED"]} noteRequiredFor={["INFO_REQUESTED", "REJECTED"]} />);
  for (const label of ["Request more information", "Approve", "Reject", "Question for the applicant", "Reason for the refusal"]) expect(html).toContain(label);
  expect(html).toContain('for="delegation-workflow-note-REJECTED"');
});

test("the matching panel offers a link per likely match and a new entry", () => {
  const html = render(
    <MemberMatchingPanel delegation={delegation} matches={{ [MEMBER_ID]: [{ contactId: "0b6c3f5e-1f1a-4d2b-9a51-000000000012", latinName: "Anne Leroy", nationality: "FR", reasons: ["PASSPORT"] }] }} t={t} />,
  );
  expect(html).toContain("Link to Anne Leroy");
  expect(html).toContain("same passport number");
  expect(html).toContain("Create directory entry for Anne Leroy");
});
