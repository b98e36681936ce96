import { researchOperations } from "@/lib/api/contract/research";
import { streamClaimsCsv } from "@/lib/server/exports/exports";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute, readQuery } from "@/lib/server/http/http";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async ({ request, actor }) => {
  authorize(actor, "export:read");
  const stream = streamClaimsCsv(readQuery(request, researchOperations.exportClaimsCsv), actor);
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": `attachment; filename="claims-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
});
