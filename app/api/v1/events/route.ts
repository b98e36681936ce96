import { parseLastEventId } from "@/lib/events/visibility";
import { openEventStream } from "@/lib/server/events/stream";
import { accountOperations } from "@/lib/api/contract/account";
import { apiRoute, readQuery } from "@/lib/server/http/http";
import { requestActorReloader } from "@/lib/server/http/request-actor";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async ({ request, actor }) => {
  const lastEventId = parseLastEventId(request.headers.get("last-event-id") ?? readQuery(request, accountOperations.events).lastEventId);
  // The stream ends when the token it was opened with is revoked, or its session ends, not only the account.
  const reload = await requestActorReloader();
  return new Response(openEventStream(actor, lastEventId, request.signal, reload), {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
});
