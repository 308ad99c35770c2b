import { defineMessages } from "../define-messages";

export const decisionLetter = defineMessages({
  vi: {
    title: "decisionLetter",
  },
  en: {
    title: "decisionLetter",
  },
});
