"use server";

import { cookies, headers } from "next/headers";
import { saveMembersStep, saveOutletStep, saveVisitStep, startApplication } from "./application";
import {
  answerInfoRequestSchema,
  leaveApplicationSchema,
  removeDocumentSchema,
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
import { publicAction } from "./public-action";

// Every export is a public endpoint made by publicAction (lib/delegations/public-action.ts says why not authedAction).
const request = { headers, cookies };

export const startApplicationAction = publicAction(
  request,
  "startDelegationApplication",
  startApplicationSchema,
  async (input, { locale, pass }) => {
    const { delegationId } = await startApplication({ input, locale });
    pass.set(delegationId);
    return { started: true };
  },
  { rateLimit: "APPLICATION_START", honeypot: () => ({ started: true }) },
);

export const saveOutletAction = publicAction(
  request,
  "saveDelegationOutlet",
  saveOutletSchema,
  async (input, { pass }) => saveOutletStep({ delegationId: pass.require(), input }).then(({ version }) => ({ version })),
  { rateLimit: "APPLICATION_SAVE" },
);

export const saveMembersAction = publicAction(
  request,
  "saveDelegationMembers",
  saveMembersSchema,
  async (input, { pass }) => saveMembersStep({ delegationId: pass.require(), input }).then(({ version }) => ({ version })),
  { rateLimit: "APPLICATION_SAVE" },
);

export const saveVisitAction = publicAction(
  request,
  "saveDelegationVisit",
  saveVisitSchema,
  async (input, { pass }) => saveVisitStep({ delegationId: pass.require(), input }).then(({ version }) => ({ version })),
  { rateLimit: "APPLICATION_SAVE" },
);

export const removeDocumentAction = publicAction(
  request,
  "removeDelegationDocument",
  removeDocumentSchema,
  async (input, { pass }) => {
    await removeApplicationDocument({ delegationId: pass.require(), documentId: input.documentId });
    return { removed: true };
  },
  { rateLimit: "APPLICATION_SAVE" },
);

export const submitApplicationAction = publicAction(
  request,
  "submitDelegationApplication",
  submitApplicationSchema,
  async (input, { pass }) => submitApplication({ delegationId: pass.require(), version: input.version }),
  { rateLimit: "APPLICATION_SAVE" },
);

export const lookupApplicationAction = publicAction(
  request,
  "lookupDelegationApplication",
  statusLookupSchema,
  async (input, { pass }) => {
    const { delegationId } = await lookupApplication(input);
    pass.set(delegationId);
    return { opened: true };
  },
  { rateLimit: "STATUS_LOOKUP", honeypot: () => ({ opened: true }) },
);

export const answerInfoRequestAction = publicAction(
  request,
  "answerDelegationInfoRequest",
  answerInfoRequestSchema,
  async (input, { pass }) => answerInfoRequest({ delegationId: pass.require(), input }),
  { rateLimit: "APPLICATION_SAVE" },
);

export const withdrawApplicationAction = publicAction(
  request,
  "withdrawDelegationApplication",
  versionOnlySchema,
  async (input, { pass }) => withdrawApplication({ delegationId: pass.require(), version: input.version }),
  { rateLimit: "APPLICATION_SAVE" },
);

export const leaveApplicationAction = publicAction(
  request,
  "leaveDelegationApplication",
  leaveApplicationSchema,
  async (_input, { pass }) => {
    pass.clear();
    return { left: true };
  },
  { rateLimit: "APPLICATION_SAVE" },
);
