import { defineMessages } from "../define-messages";

export const applications = defineMessages({
  vi: {
    title: "applications",
  },
  en: {
    title: "applications",
  },
});
