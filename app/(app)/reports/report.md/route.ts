import { searchParamsObject } from "@/lib/export/filters";
import { authorize } from "@/lib/server/authz";
import { apiRoute } from "@/lib/server/http";
import { markdownResponse } from "@/lib/server/report-files";
import { getCollectionReport } from "@/lib/server/reports";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async ({ request, actor }) => {
  authorize(actor, "export:read");
  return markdownResponse({ kind: "collection", report: await getCollectionReport(searchParamsObject(new URL(request.url).searchParams), actor) });
});
