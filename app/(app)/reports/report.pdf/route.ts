import { searchParamsObject } from "@/lib/export/filters";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute } from "@/lib/server/http/http";
import { pdfResponse } from "@/lib/server/exports/report-files";
import { getCollectionReport } from "@/lib/server/exports/reports";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async ({ request, actor }) => {
  authorize(actor, "export:read");
  return pdfResponse({ kind: "collection", report: await getCollectionReport(searchParamsObject(new URL(request.url).searchParams), actor) });
});
