import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { assignClaim } from "@/lib/server/claims/assignments";
import { updateClaim } from "@/lib/server/claims/claims";
import { createComment } from "@/lib/server/comments/comments";
import { latestEventId } from "@/lib/server/events/event-log";
import { openEventStream } from "@/lib/server/events/stream";
import { stopEventHub } from "@/lib/server/events/hub";
import { errorResponse } from "@/lib/server/http/http";
import { setDisabled } from "@/lib/server/users/users";
import { makeUser, workerDatabaseUrl } from "./helpers";
import { articleWithClaims, version } from "./review-fixtures";

const root = path.resolve(import.meta.dirname, "../..");
const DEADLINE_MS = 20_000;

/** Another process running the app's event stream for one user; its output collects in `text`. */
class Listener {
  text = "";
  exited = false;
  private readonly child: ChildProcess;

  constructor(userId: string, lastEventId?: string) {
    this.child = spawn(path.join(root, "node_modules/.bin/tsx"), ["tests/integration/event-listener-process.ts", workerDatabaseUrl(), userId, ...(lastEventId ? [lastEventId] : [])], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    });
    this.child.stdout!.on("data", (chunk: Buffer) => (this.text += chunk.toString()));
    this.child.on("exit", () => (this.exited = true));
  }

  async waitFor(predicate: (text: string) => boolean, what: string): Promise<void> {
    const deadline = Date.now() + DEADLINE_MS;
    while (!predicate(this.text)) {
      if (Date.now() > deadline) throw new Error(`no ${what} within ${DEADLINE_MS} ms; the stream said:\n${this.text}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  events(type: string): Record<string, unknown>[] {
    return [...this.text.matchAll(/^event: (\S+)\ndata: (.*)$/gm)].filter((match) => match[1] === type).map((match) => JSON.parse(match[2]!));
  }

  stop() {
    if (!this.exited) this.child.kill("SIGTERM");
  }
}

const listeners: Listener[] = [];
function listen(userId: string, lastEventId?: string) {
  const listener = new Listener(userId, lastEventId);
  listeners.push(listener);
  return listener;
}

afterAll(async () => {
  for (const listener of listeners) listener.stop();
  await stopEventHub();
});

describe("the event stream across app processes", () => {
  test("a change in this process reaches streams in two other processes; a notification only its recipient", async () => {
    const editor = await makeUser("editor");
    const checker = await makeUser("fact_checker");
    const viewer = await makeUser("viewer");
    const { claimIds, articleId } = await articleWithClaims(editor);
    const checkerStream = listen(checker.id);
    const viewerStream = listen(viewer.id);
    await Promise.all([checkerStream, viewerStream].map((stream) => stream.waitFor((text) => text.includes(": listening"), "start")));

    await assignClaim(claimIds[0]!, { userId: checker.id, version: 1 }, editor);
    for (const stream of [checkerStream, viewerStream]) {
      await stream.waitFor((text) => text.includes(claimIds[0]!), "claim.changed");
      expect(stream.events("claim.changed")).toContainEqual({ claimId: claimIds[0], articleId, state: "in_review", version: 2, by: editor.name });
    }
    await checkerStream.waitFor((text) => text.includes("event: notification.created"), "notification");
    expect(checkerStream.events("notification.created")).toEqual([{ id: expect.any(String), kind: "assigned", claimId: claimIds[0] }]);
    // The viewer may read claims but never sees someone else's notification.
    await createComment(claimIds[1]!, { body: "a marker the viewer must see" }, editor);
    await viewerStream.waitFor((text) => text.includes("comment.changed"), "comment.changed");
    expect(viewerStream.text).not.toContain("notification.created");
  });

  test("a reconnecting stream replays what it missed after Last-Event-ID, its own notifications included", async () => {
    const editor = await makeUser("editor");
    const checker = await makeUser("fact_checker");
    const { claimIds } = await articleWithClaims(editor);
    const before = (await latestEventId()).toString();
    await assignClaim(claimIds[2]!, { userId: checker.id, version: 1 }, editor);
    await updateClaim(claimIds[2]!, { version: await version(claimIds[2]!), statement: "while away" }, editor);
    const stream = listen(checker.id, before);
    await stream.waitFor((text) => stream.events("claim.changed").filter((event) => event.claimId === claimIds[2]).length === 2, "replay");
    expect(stream.events("claim.changed").filter((event) => event.claimId === claimIds[2]).map((event) => event.version)).toEqual([2, 3]);
    expect(stream.events("notification.created").map((event) => event.kind)).toEqual(["assigned", "claim_changed"]);
    const ids = [...stream.text.matchAll(/^id: (\d+)$/gm)].map((match) => BigInt(match[1]!));
    expect(ids.every((id) => id > BigInt(before))).toBe(true);
  });

  test("a disabled user's stream closes at once", async () => {
    const admin = await makeUser("admin");
    const checker = await makeUser("fact_checker");
    const stream = listen(checker.id);
    await stream.waitFor((text) => text.includes(": listening"), "start");
    await setDisabled({ userId: checker.id, disabled: true }, admin);
    await stream.waitFor((text) => text.includes(": stream ended"), "the stream to close");
    expect(stream.text).toContain('event: closed\ndata: {"reason":"account disabled"}');
  });

  test("no stream without a user (401)", async () => {
    const call = (actor: Parameters<typeof openEventStream>[0]) => {
      try {
        openEventStream(actor, null, new AbortController().signal);
        return 200;
      } catch (error) {
        return errorResponse(error).status;
      }
    };
    expect(call(null)).toBe(401);
  });
});
