import { researchOperations } from "@/lib/api/contract/research";
import { streamClaimsJson } from "@/lib/server/exports/exports";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute, readQuery } from "@/lib/server/http/http";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async ({ request, actor }) => {
  authorize(actor, "export:read");
  const stream = streamClaimsJson(readQuery(request, researchOperations.exportClaimsJson), actor);
  return new Response(stream, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="claims-${new Date().toISOString().slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
});
