import { exportStatisticsCsv } from "@/lib/delegations/statistics-csv";
import { statisticsPeriodSchema } from "@/lib/delegations/statistics-schemas";
import { validationError } from "@/lib/errors";
import { attachmentHeaders } from "@/lib/export/csv";
import type { MessageKey } from "@/lib/i18n/translator";
import { newsroomLocale } from "@/lib/request";
import { withActor } from "@/lib/route";

/** GET /api/delegations/statistics?from=YYYY-MM-DD&to=YYYY-MM-DD — the statistics page's figures as CSV (default: the last two years). */
export const GET = withActor("exportDelegationStatistics", async (request, { actor }) => {
  const parsed = statisticsPeriodSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw validationError(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? "from"), [issue.message as MessageKey]])));
  const exported = await exportStatisticsCsv({ actor, period: parsed.data, locale: await newsroomLocale(actor.preferredLocale) });
  return new Response(exported.body, { headers: attachmentHeaders(exported.fileName, exported.contentType) });
});
