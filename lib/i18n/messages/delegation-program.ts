import { defineMessages } from "../define-messages";

export const delegationProgram = defineMessages({
  vi: {
    title: "delegationProgram",
  },
  en: {
    title: "delegationProgram",
  },
});
