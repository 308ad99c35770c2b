"use server";

import { z } from "zod";
import { saveMembersStep, saveOutletStep, saveVisitStep, startApplication } from "./application";
import {
  answerInfoRequestSchema,
  saveMembersSchema,
  saveOutletSchema,
  saveVisitSchema,
  startApplicationSchema,
  statusLookupSchema,
  submitApplicationSchema,
  versionOnlySchema,
} from "./application-schemas";
import { answerInfoRequest, lookupApplication, withdrawApplication } from "./application-status";
import { submitApplication } from "./application-submit";
import { removeApplicationDocument } from "./documents";
import { clearApplicantPass, publicAction, requireApplicantId, setApplicantPass } from "./public-action";

// Every export is a public endpoint made by publicAction (lib/delegations/public-action.ts says why not authedAction).

export const startApplicationAction = publicAction(
  "startDelegationApplication",
  startApplicationSchema,
  async (input, { locale }) => {
    const { delegationId } = await startApplication({ input, locale });
    await setApplicantPass(delegationId);
    return { started: true };
  },
  { rateLimit: "APPLICATION_START", honeypot: () => ({ started: true }) },
);

export const saveOutletAction = publicAction(
  "saveDelegationOutlet",
  saveOutletSchema,
  async (input) => saveOutletStep({ delegationId: await requireApplicantId(), input }).then(({ version }) => ({ version })),
  { rateLimit: "APPLICATION_SAVE" },
);

export const saveMembersAction = publicAction(
  "saveDelegationMembers",
  saveMembersSchema,
  async (input) => saveMembersStep({ delegationId: await requireApplicantId(), input }).then(({ version }) => ({ version })),
  { rateLimit: "APPLICATION_SAVE" },
);

export const saveVisitAction = publicAction(
  "saveDelegationVisit",
  saveVisitSchema,
  async (input) => saveVisitStep({ delegationId: await requireApplicantId(), input }).then(({ version }) => ({ version })),
  { rateLimit: "APPLICATION_SAVE" },
);

export const removeDocumentAction = publicAction(
  "removeDelegationDocument",
  z.strictObject({ documentId: z.uuid("validation.invalid") }),
  async (input) => {
    await removeApplicationDocument({ delegationId: await requireApplicantId(), documentId: input.documentId });
    return { removed: true };
  },
  { rateLimit: "APPLICATION_SAVE" },
);

export const submitApplicationAction = publicAction(
  "submitDelegationApplication",
  submitApplicationSchema,
  async (input) => submitApplication({ delegationId: await requireApplicantId(), version: input.version }),
  { rateLimit: "APPLICATION_SAVE" },
);

export const lookupApplicationAction = publicAction(
  "lookupDelegationApplication",
  statusLookupSchema,
  async (input) => {
    const { delegationId } = await lookupApplication(input);
    await setApplicantPass(delegationId);
    return { opened: true };
  },
  { rateLimit: "STATUS_LOOKUP", honeypot: () => ({ opened: true }) },
);

export const answerInfoRequestAction = publicAction(
  "answerDelegationInfoRequest",
  answerInfoRequestSchema,
  async (input) => answerInfoRequest({ delegationId: await requireApplicantId(), input }),
  { rateLimit: "APPLICATION_SAVE" },
);

export const withdrawApplicationAction = publicAction(
  "withdrawDelegationApplication",
  versionOnlySchema,
  async (input) => withdrawApplication({ delegationId: await requireApplicantId(), version: input.version }),
  { rateLimit: "APPLICATION_SAVE" },
);

export const leaveApplicationAction = publicAction(
  "leaveDelegationApplication",
  z.strictObject({}),
  async () => {
    await clearApplicantPass();
    return { left: true };
  },
  { rateLimit: "APPLICATION_SAVE" },
);
