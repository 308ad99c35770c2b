import { defineMessages } from "../define-messages";

export const site = defineMessages({
  vi: { latest: "Tin mới nhất" },
  en: { latest: "Latest stories" },
});
