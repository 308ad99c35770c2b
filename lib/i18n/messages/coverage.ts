import { defineMessages } from "../define-messages";

export const coverage = defineMessages({
  vi: {
    title: "coverage",
  },
  en: {
    title: "coverage",
  },
});
