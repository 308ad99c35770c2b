"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { addCoverage, linkTripArticle, removeCoverage, unlinkTripArticle, updateCoverage } from "./coverage";
import {
  addCoverageSchema,
  draftFromReportSchema,
  removeCoverageSchema,
  savePublicPageSchema,
  tripArticleSchema,
  updateCoverageSchema,
} from "./coverage-schemas";
import { revalidatePublicTrips } from "./public-cache";
import { saveTripPublicPage } from "./public-text";
import { createDraftFromReport } from "./report-draft";

const reportPath = (tripId: string) => `/admin/trips/${tripId}/report`;

/** After the commit: the report page, and the reader site when the trip shows there. */
function afterCommit(tripId: string, { isPublicTrip }: { isPublicTrip: boolean }) {
  revalidatePath(reportPath(tripId));
  if (isPublicTrip) revalidatePublicTrips();
}

export const addCoverageAction = authedAction("addCoverage", addCoverageSchema, async (input, { actor }) => {
  const change = await addCoverage({ actor, input });
  afterCommit(input.tripId, change);
  return { id: change.id, version: change.version };
});

export const updateCoverageAction = authedAction("updateCoverage", updateCoverageSchema, async (input, { actor }) => {
  const change = await updateCoverage({ actor, input });
  afterCommit(input.tripId, change);
  return { id: change.id, version: change.version };
});

export const removeCoverageAction = authedAction("removeCoverage", removeCoverageSchema, async (input, { actor }) => {
  const change = await removeCoverage({ actor, input });
  afterCommit(input.tripId, change);
  return { id: change.id };
});

export const linkTripArticleAction = authedAction("linkTripArticle", tripArticleSchema, async (input, { actor }) => {
  afterCommit(input.tripId, await linkTripArticle({ actor, input }));
  return { articleId: input.articleId };
});

export const unlinkTripArticleAction = authedAction("unlinkTripArticle", tripArticleSchema, async (input, { actor }) => {
  afterCommit(input.tripId, await unlinkTripArticle({ actor, input }));
  return { articleId: input.articleId };
});

export const createDraftFromReportAction = authedAction("createDraftFromReport", draftFromReportSchema, async (input, { actor }) => {
  const draft = await createDraftFromReport({ actor, tripId: input.tripId, locale: input.locale });
  revalidatePath(reportPath(input.tripId));
  revalidatePath("/admin/articles");
  return draft;
});

export const saveTripPublicPageAction = authedAction("saveTripPublicPage", savePublicPageSchema, async (input, { actor }) => {
  const change = await saveTripPublicPage({ actor, input });
  revalidatePath(reportPath(input.tripId));
  revalidatePublicTrips();
  return { publicVersion: change.publicVersion, isPublic: change.isPublic, slugs: change.slugs };
});
