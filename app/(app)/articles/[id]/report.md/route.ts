import { authorize } from "@/lib/server/auth/authz";
import { apiRoute } from "@/lib/server/http/http";
import { markdownResponse } from "@/lib/server/exports/report-files";
import { getArticleReport } from "@/lib/server/exports/reports";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  authorize(actor, "export:read");
  return markdownResponse({ kind: "article", report: await getArticleReport(params.id, actor) });
});
