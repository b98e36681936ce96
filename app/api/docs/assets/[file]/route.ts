import { AppError } from "@/lib/server/http/errors";
import { errorResponse } from "@/lib/server/http/http";
import { referenceAsset } from "@/lib/server/http/reference-page";

export async function GET(_request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const asset = await referenceAsset((await context.params).file);
  if (!asset) return errorResponse(new AppError("not_found", "No such file of the reference page"));
  return new Response(asset.body, { headers: { "content-type": asset.contentType } });
}
