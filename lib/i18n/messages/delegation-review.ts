import { defineMessages } from "../define-messages";

export const delegationReview = defineMessages({
  vi: {
    title: "delegationReview",
  },
  en: {
    title: "delegationReview",
  },
});
