import { defineMessages } from "../define-messages";

export const participants = defineMessages({
  vi: {
    title: "participants",
  },
  en: {
    title: "participants",
  },
});
