import { NextResponse } from "next/server";
import { authorize } from "@/lib/server/auth/authz";
import { AppError } from "@/lib/server/http/errors";
import { apiRoute } from "@/lib/server/http/http";
import { approveVerdict } from "@/lib/server/claims/verdicts";

async function optionalJson(request: Request): Promise<unknown> {
  const body = (await request.text()).trim();
  if (!body) return {};
  try {
    return JSON.parse(body);
  } catch {
    throw new AppError("invalid", "The request body is not valid JSON");
  }
}

/** The body is optional: `{ "version": n }` refuses the approval if the claim changed since it was read. */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  authorize(actor, "verdict:decide");
  return NextResponse.json(await approveVerdict(params.id, await optionalJson(request), actor));
});
