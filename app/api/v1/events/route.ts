import { bearerToken } from "@/lib/auth/api-token";
import { parseLastEventId } from "@/lib/events/visibility";
import { actorForApiToken, actorForUserId } from "@/lib/server/auth/actors";
import { openEventStream } from "@/lib/server/events/stream";
import { apiRoute } from "@/lib/server/http/http";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async ({ request, actor }) => {
  const lastEventId = parseLastEventId(request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId"));
  // A stream opened with an API token ends when that token is revoked, not only the account.
  const token = bearerToken(request.headers.get("authorization"));
  const reload = token ? () => actorForApiToken(token) : actorForUserId;
  return new Response(openEventStream(actor, lastEventId, request.signal, reload), {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
});
