import { defineMessages } from "../define-messages";

export const delegationStats = defineMessages({
  vi: {
    title: "delegationStats",
  },
  en: {
    title: "delegationStats",
  },
});
