import { z } from "zod";
import { CoverageTone } from "@/lib/generated/prisma/enums";
import { LOCALES } from "@/lib/i18n/locales";

// Extra keys (a `createdById`, a `tripId` on an update, an `isPublic` smuggled into coverage) are refused, not ignored.
const strict = { error: (issue: { code?: string }) => (issue.code === "unrecognized_keys" ? "validation.unknownField" : undefined) };

/** An empty form field means "none". */
const emptyAsNull = (value: unknown) => (value === "" || value === undefined ? null : value);
const checkbox = z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean());
const id = z.uuid("validation.invalid");
const version = z.coerce.number<unknown>().int().positive();

export const COVERAGE_URL_MAX = 2000;
export const PUBLIC_SUMMARY_MAX = 5000;

/**
 * A story's address: http or https only. `javascript:`, `data:` and the like
 * would run in the newsroom's and the reader's pages the moment someone
 * follows the link, so they are refused at the boundary, not just when shown.
 */
const storyUrl = z
  .string("validation.required")
  .trim()
  .min(1, "validation.required")
  .max(COVERAGE_URL_MAX, "validation.tooLong")
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "validation.invalidUrl" }));

const coverageFields = {
  outletId: z.preprocess(emptyAsNull, id.nullable()).default(null),
  title: z.string("validation.required").trim().min(1, "validation.required").max(500, "validation.tooLong"),
  url: storyUrl,
  /** ISO 639-1 or 639-2/3 code, stored lower case ("vi", "fr", "fil"). */
  language: z.string("validation.required").trim().toLowerCase().regex(/^[a-z]{2,3}$/, "coverage.invalidLanguage"),
  publishedOn: z.iso.date("validation.invalid"),
  reach: z.preprocess(
    emptyAsNull,
    z.coerce.number<unknown>("validation.invalid").int("coverage.invalidReach").min(0, "coverage.invalidReach").max(2_000_000_000, "coverage.invalidReach").nullable(),
  ).default(null),
  tone: z.enum(CoverageTone, "validation.invalid").default("NEUTRAL"),
};

export const addCoverageSchema = z.strictObject({ tripId: id, ...coverageFields }, strict);
export type AddCoverageInput = z.output<typeof addCoverageSchema>;

export const updateCoverageSchema = z.strictObject({ tripId: id, coverageId: id, version, ...coverageFields }, strict);
export type UpdateCoverageInput = z.output<typeof updateCoverageSchema>;

export const removeCoverageSchema = z.strictObject({ tripId: id, coverageId: id, version }, strict);
export type RemoveCoverageInput = z.output<typeof removeCoverageSchema>;

export const tripArticleSchema = z.strictObject({ tripId: id, articleId: id }, strict);
export type TripArticleInput = z.output<typeof tripArticleSchema>;

export const draftFromReportSchema = z.strictObject({ tripId: id, locale: z.enum(LOCALES, "validation.invalid") }, strict);
export type DraftFromReportInput = z.output<typeof draftFromReportSchema>;

const publicTitle = z.string().trim().max(200, "validation.tooLong").default("");
const publicSummary = z.string().trim().max(PUBLIC_SUMMARY_MAX, "validation.tooLong").default("");

/**
 * The public page of a trip as one form: whether it shows, and its title and
 * summary per locale (both empty: no page in that locale). Slugs are derived,
 * never sent.
 */
export const savePublicPageSchema = z.strictObject(
  {
    tripId: id,
    publicVersion: version,
    isPublic: checkbox.default(false),
    viTitle: publicTitle,
    viSummary: publicSummary,
    enTitle: publicTitle,
    enSummary: publicSummary,
  },
  strict,
);
export type SavePublicPageInput = z.output<typeof savePublicPageSchema>;
