import { z } from "zod";
import { AccreditationStatus, MissionKind, OutletKind, PressContactRole } from "@/lib/generated/prisma/enums";

// Extra keys (a `createdById`, a `mergedIntoId`, a `searchText`) are refused, not ignored.
const strict = { error: (issue: { code?: string }) => (issue.code === "unrecognized_keys" ? "validation.unknownField" : undefined) };

/** A form posts one value as a string and several as an array. */
const oneOrMany = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);
/** An empty form field means "none". */
const emptyAsNull = (value: unknown) => (value === "" || value === undefined ? null : value);

const text = (max: number) => z.string().trim().max(max, "validation.tooLong").default("");
const requiredText = (max: number) => z.string().trim().min(1, "validation.required").max(max, "validation.tooLong");
/** ISO 3166-1 alpha-2, stored upper case. */
const country = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "contacts.invalidCountry");
/** A form posts languages as one comma-separated field ("fr, en") or as repeated values. */
const languageList = (value: unknown) => (typeof value === "string" ? value.split(/[\s,;]+/).filter(Boolean) : oneOrMany(value));
/** ISO 639 language codes ("vi", "en", "fil"), lower case, each once. */
const languages = z.preprocess(
  languageList,
  z
    .array(z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/, "contacts.invalidLanguage"))
    .max(20, "validation.tooMany")
    .transform((codes) => [...new Set(codes)]),
);
const optionalId = z.preprocess(emptyAsNull, z.uuid("validation.invalid").nullable());
const version = z.coerce.number<unknown>().int().positive();
const email = z.preprocess(
  emptyAsNull,
  z.string().trim().toLowerCase().max(320, "validation.tooLong").pipe(z.email("validation.invalidEmail")).nullable(),
);
const phone = z.preprocess(
  emptyAsNull,
  z.string().trim().max(40, "validation.tooLong").regex(/^\+?[0-9 ().-]{4,}$/, "contacts.invalidPhone").nullable(),
);
const calendarDate = z.preprocess(emptyAsNull, z.iso.date("validation.invalid").nullable());
const checkbox = z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean());
const website = z.preprocess(
  emptyAsNull,
  z
    .url({ protocol: /^https?$/, error: "validation.invalidUrl" })
    .max(500, "validation.tooLong")
    .nullable(),
);

/** What a press officer writes about a person. Creator, merge link and search text are never among them. */
const contactFields = {
  latinName: requiredText(200),
  nativeName: text(200),
  nationality: country,
  role: z.enum(PressContactRole, "validation.invalid"),
  outletId: optionalId.default(null),
  missionId: optionalId.default(null),
  languages: languages.default([]),
  email: email.default(null),
  phone: phone.default(null),
  accreditationStatus: z.enum(AccreditationStatus, "validation.invalid").default("NONE"),
  accreditationExpiresOn: calendarDate.default(null),
  needs: text(2000),
  notes: text(5000),
};

export const createContactSchema = z.strictObject(
  {
    ...contactFields,
    /** The person saw the likely duplicates and creates the contact anyway. */
    confirmDuplicate: checkbox.default(false),
  },
  strict,
);
export type CreateContactInput = z.output<typeof createContactSchema>;

export const updateContactSchema = z.strictObject({ contactId: z.uuid("validation.invalid"), version, ...contactFields }, strict);
export type UpdateContactInput = z.output<typeof updateContactSchema>;

/** `version` is the kept record's, as the person saw it when choosing to merge. */
export const mergeContactsSchema = z
  .strictObject({ keepId: z.uuid("validation.invalid"), mergeId: z.uuid("validation.invalid"), version }, strict)
  .refine((input) => input.keepId !== input.mergeId, { message: "contacts.mergeSelf", path: ["mergeId"] });
export type MergeContactsInput = z.output<typeof mergeContactsSchema>;

const outletFields = {
  name: requiredText(200),
  kind: z.enum(OutletKind, "validation.invalid"),
  country,
  languages: languages.default([]),
  website: website.default(null),
};
export const createOutletSchema = z.strictObject(outletFields, strict);
export type CreateOutletInput = z.output<typeof createOutletSchema>;
export const updateOutletSchema = z.strictObject({ outletId: z.uuid("validation.invalid"), version, ...outletFields }, strict);
export type UpdateOutletInput = z.output<typeof updateOutletSchema>;

const missionFields = {
  name: requiredText(200),
  kind: z.enum(MissionKind, "validation.invalid"),
  country,
  city: requiredText(120),
};
export const createMissionSchema = z.strictObject(missionFields, strict);
export type CreateMissionInput = z.output<typeof createMissionSchema>;
export const updateMissionSchema = z.strictObject({ missionId: z.uuid("validation.invalid"), version, ...missionFields }, strict);
export type UpdateMissionInput = z.output<typeof updateMissionSchema>;

/** The directory's list filters, read from the address bar: anything unreadable is simply no filter. */
export const contactListFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  role: z.enum(PressContactRole).optional().catch(undefined),
  outletId: z.uuid().optional().catch(undefined),
  missionId: z.uuid().optional().catch(undefined),
  nationality: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  accreditationStatus: z.enum(AccreditationStatus).optional().catch(undefined),
  cursor: z.string().max(500).optional().catch(undefined),
});
export type ContactListFilters = z.output<typeof contactListFiltersSchema>;
