import { defineMessages } from "../define-messages";

export const itinerary = defineMessages({
  vi: {
    title: "itinerary",
  },
  en: {
    title: "itinerary",
  },
});
