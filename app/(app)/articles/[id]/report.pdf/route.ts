import { authorize } from "@/lib/server/authz";
import { apiRoute } from "@/lib/server/http";
import { pdfResponse } from "@/lib/server/report-files";
import { getArticleReport } from "@/lib/server/reports";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  authorize(actor, "export:read");
  return pdfResponse({ kind: "article", report: await getArticleReport(params.id, actor) });
});
