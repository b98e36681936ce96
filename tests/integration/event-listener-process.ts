// A second app process for events.test.ts: opens one user's event stream with the app's own code
// and copies it to stdout. Usage: tsx event-listener-process.ts DATABASE_URL USER_ID [LAST_EVENT_ID]
import { actorForUserId } from "@/lib/server/auth/actors";
import { useDatabase } from "@/lib/server/db/client";
import { openEventStream } from "@/lib/server/events/stream";
import { eventHub } from "@/lib/server/events/hub";

const [url, userId, lastEventId] = process.argv.slice(2);
useDatabase(url!);
const stream = openEventStream(await actorForUserId(userId!), lastEventId ? BigInt(lastEventId) : null, new AbortController().signal);
const reader = stream.getReader();
const first = await reader.read();
await eventHub().ready;
process.stdout.write(new TextDecoder().decode(first.value));
process.stdout.write(": listening\n\n");
for (;;) {
  const { value, done } = await reader.read();
  if (done) break;
  process.stdout.write(new TextDecoder().decode(value));
}
process.stdout.write(": stream ended\n\n");
process.exit(0);
