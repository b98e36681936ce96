// The app process of bench/events.ts: serves the event stream over HTTP with the app's own code
// (lib/server/events, one LISTEN connection for all streams) and reports its memory.
// Usage: node --expose-gc --import tsx bench/events-server.ts DATABASE_URL PORT
import http from "node:http";
import { actorForUserId } from "../lib/server/auth/actors";
import { useDatabase } from "../lib/server/db/client";
import { eventHub } from "../lib/server/events/hub";
import { openEventStream } from "../lib/server/events/stream";

const [url, port] = process.argv.slice(2);
useDatabase(url!);

const server = http.createServer(async (request, response) => {
  const address = new URL(request.url ?? "/", "http://localhost");
  if (address.pathname === "/memory") {
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    response.end(JSON.stringify({ rss, heapUsed, streams: eventHub().size }));
    return;
  }
  const abort = new AbortController();
  request.on("close", () => abort.abort());
  const stream = openEventStream(await actorForUserId(address.searchParams.get("user") ?? ""), null, abort.signal);
  await eventHub().ready;
  response.writeHead(200, { "content-type": "text/event-stream" });
  const reader = stream.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    response.write(value);
  }
  response.end();
});
server.listen(Number(port), "127.0.0.1", () => console.log("listening"));
