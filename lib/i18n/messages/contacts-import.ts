import { defineMessages } from "../define-messages";

export const contactsImport = defineMessages({
  vi: {
    title: "contactsImport",
  },
  en: {
    title: "contactsImport",
  },
});
