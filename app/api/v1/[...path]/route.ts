import { errorResponse } from "@/lib/server/http/http";
import { AppError } from "@/lib/server/http/errors";

/** A path the API does not have answers in the API's error shape, not with the site's HTML 404 page. */
function notFound(request: Request): Response {
  return errorResponse(new AppError("not_found", `No such API path: ${new URL(request.url).pathname} (see /api/v1/openapi.json)`));
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
