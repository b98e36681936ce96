import { parseLastEventId } from "@/lib/events/visibility";
import { openEventStream } from "@/lib/server/events/stream";
import { apiRoute } from "@/lib/server/http/http";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async ({ request, actor }) => {
  const lastEventId = parseLastEventId(request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId"));
  return new Response(openEventStream(actor, lastEventId, request.signal), {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
});
