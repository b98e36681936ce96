import { AppError } from "@/lib/server/http/errors";
import { apiRoute } from "@/lib/server/http/http";
import { referenceAsset } from "@/lib/server/http/reference-page";

export const GET = apiRoute<{ file: string }>(async ({ params }) => {
  const asset = await referenceAsset(params.file);
  if (!asset) throw new AppError("not_found", "No such file of the reference page");
  return new Response(asset.body, { headers: { "content-type": asset.contentType, "cache-control": "public, max-age=86400" } });
});
