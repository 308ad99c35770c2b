import type { Locale } from "./locales";
import { admin } from "./messages/admin";
import { applications } from "./messages/applications";
import { articles } from "./messages/articles";
import { auth } from "./messages/auth";
import { collaboration } from "./messages/collaboration";
import { common } from "./messages/common";
import { contacts } from "./messages/contacts";
import { contactsImport } from "./messages/contacts-import";
import { coverage } from "./messages/coverage";
import { decisionLetter } from "./messages/decision-letter";
import { delegationProgram } from "./messages/delegation-program";
import { delegationReview } from "./messages/delegation-review";
import { delegationStats } from "./messages/delegation-stats";
import { delegations } from "./messages/delegations";
import { errors } from "./messages/errors";
import { itinerary } from "./messages/itinerary";
import { media } from "./messages/media";
import { participants } from "./messages/participants";
import { revisions } from "./messages/revisions";
import { site } from "./messages/site";
import { trips } from "./messages/trips";
import { validation } from "./messages/validation";

/** One area per file under messages/, each holding every locale side by side. */
const AREAS = { common, errors, validation, auth, articles, revisions, collaboration, admin, site, media, contacts, contactsImport, trips, itinerary, participants, coverage, delegations, applications, delegationReview, decisionLetter, delegationProgram, delegationStats };

type Areas = typeof AREAS;
export type Messages = { [A in keyof Areas]: Areas[A]["vi"] };

function messagesFor(locale: Locale): Messages {
  return Object.fromEntries(Object.entries(AREAS).map(([area, byLocale]) => [area, byLocale[locale]])) as Messages;
}

export const MESSAGES: Record<Locale, Messages> = { vi: messagesFor("vi"), en: messagesFor("en") };
