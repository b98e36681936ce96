import { describe, expect, test } from "vitest";
import type { Actor } from "@/lib/server/auth/actors";
import { assignClaim } from "@/lib/server/claims/assignments";
import { updateClaim } from "@/lib/server/claims/claims";
import { approveVerdict, proposeVerdict, returnVerdict } from "@/lib/server/claims/verdicts";
import { setViewersMayComment } from "@/lib/server/comments/comment-settings";
import { createComment, deleteComment, listComments, updateComment } from "@/lib/server/comments/comments";
import { db } from "@/lib/server/db/client";
import { errorResponse } from "@/lib/server/http/http";
import { listNotifications, markNotificationsRead, unreadCount } from "@/lib/server/notifications/inbox";
import { saveNotificationKindsOff } from "@/lib/server/notifications/preferences";
import { createUser } from "@/lib/server/users/users";
import { SYSTEM_ACTOR } from "@/lib/server/auth/actors";
import { randomUUID } from "node:crypto";
import { makeUser } from "./helpers";
import { articleWithClaims, readyClaim, version } from "./review-fixtures";

async function status(call: () => Promise<unknown>): Promise<{ status: number; error?: Record<string, unknown> }> {
  try {
    await call();
    return { status: 200 };
  } catch (error) {
    const response = errorResponse(error);
    return { status: response.status, error: (await response.json()).error };
  }
}

async function named(role: Actor["role"], name: string) {
  const user = await createUser({ email: `${randomUUID().slice(0, 8)}@test.local`, name, role, password: "correct horse battery" }, SYSTEM_ACTOR);
  return { id: user.id, role: user.role, name: user.name } as Actor & { id: string };
}

const kinds = async (user: Actor) => (await listNotifications(user, {})).items.map((item) => item.kind);

describe("comments", () => {
  test("a comment with a mention notifies the mentioned user and the assignee; unknown names stay text", async () => {
    const suffix = randomUUID().slice(0, 6);
    const checker = await named("fact_checker", `Cleo ${suffix}`);
    const editor = await named("editor", `Eddie ${suffix}`);
    const { claimId } = await readyClaim(checker);
    const comment = await createComment(claimId, { body: `@Eddie ${suffix} is this **right**? @Nobody ${suffix} <b>x</b>` }, editor);
    expect(comment.html).toContain(`<span class="mention" data-user-id="${editor.id}">@Eddie ${suffix}</span>`);
    expect(comment.html).toContain(`@Nobody ${suffix} &lt;b&gt;x&lt;/b&gt;`);
    // The editor mentioned themselves: nobody is told about their own comment; the assignee is.
    expect(await kinds(editor)).toEqual([]);
    expect(await kinds(checker)).toEqual(["commented"]);

    await createComment(claimId, { body: `thanks @eddie ${suffix}` }, checker);
    const inbox = await listNotifications(editor, { unread: "1" });
    expect(inbox).toMatchObject({ unread: 1, nextCursor: null, items: [{ kind: "mentioned", text: `thanks @eddie ${suffix}`, actor: { name: checker.name }, claim: { id: claimId } }] });
    expect((await listComments(claimId, await makeUser("viewer"))).map((item) => item.author?.name)).toEqual([editor.name, checker.name]);
  });

  test("over 10,000 characters is refused naming the limit; empty is refused", async () => {
    const checker = await makeUser("fact_checker");
    const { claimIds } = await articleWithClaims(checker);
    const tooLong = await status(() => createComment(claimIds[0]!, { body: "x".repeat(10_001) }, checker));
    expect(tooLong.status).toBe(400);
    expect(JSON.stringify(tooLong.error)).toContain("10,000 characters");
    expect((await status(() => createComment(claimIds[0]!, { body: "   " }, checker))).status).toBe(400);
    expect((await status(() => createComment(claimIds[0]!, { body: "x".repeat(10_000) }, checker))).status).toBe(200);
  });

  test("a viewer comments only once an admin allows it; nobody comments without a user", async () => {
    const checker = await makeUser("fact_checker");
    const viewer = await makeUser("viewer");
    const admin = await makeUser("admin");
    const { claimIds } = await articleWithClaims(checker);
    expect((await status(() => createComment(claimIds[0]!, { body: "hi" }, viewer))).status).toBe(403);
    expect((await status(() => createComment(claimIds[0]!, { body: "hi" }, null))).status).toBe(401);
    expect((await status(() => setViewersMayComment({ allow: true }, checker))).status).toBe(403);
    await setViewersMayComment({ allow: true }, admin);
    expect((await status(() => createComment(claimIds[0]!, { body: "hi" }, viewer))).status).toBe(200);
    await setViewersMayComment({ allow: false }, admin);
    expect((await status(() => createComment("no-such-claim", { body: "hi" }, checker))).status).toBe(404);
  });

  test("only the author or an admin edits or deletes; the audit log keeps every text", async () => {
    const checker = await makeUser("fact_checker");
    const other = await makeUser("editor");
    const admin = await makeUser("admin");
    const { claimIds } = await articleWithClaims(checker);
    const comment = await createComment(claimIds[0]!, { body: "first" }, checker);
    expect((await status(() => updateComment(comment.id, { body: "hijack" }, other))).status).toBe(403);
    expect((await status(() => deleteComment(comment.id, other))).status).toBe(403);
    const edited = await updateComment(comment.id, { body: "second" }, checker);
    expect(edited).toMatchObject({ body: "second", editedAt: expect.any(Date) });
    await deleteComment(comment.id, admin);
    expect(await listComments(claimIds[0]!, checker)).toEqual([]);
    const audit = await db().auditEntry.findMany({ where: { entityId: claimIds[0]!, action: { startsWith: "comment." } }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.before, entry.after])).toEqual([
      ["comment.create", null, { commentId: comment.id, body: "first" }],
      ["comment.edit", { commentId: comment.id, body: "first" }, { commentId: comment.id, body: "second" }],
      ["comment.delete", { commentId: comment.id, body: "second", author: checker.name }, null],
    ]);
    expect((await status(() => deleteComment(comment.id, admin))).status).toBe(404);
  });
});

describe("notifications", () => {
  test("assignment, return with its note, approval and someone else's change each notify, in the change's transaction", async () => {
    const checker = await makeUser("fact_checker");
    const editor = await makeUser("editor");
    const { claimIds } = await articleWithClaims(editor);
    const claimId = claimIds[0]!;
    await assignClaim(claimId, { userId: checker.id, version: await version(claimId) }, editor);
    expect(await kinds(checker)).toEqual(["assigned"]);

    await db().source.create({ data: { claimId, url: "https://example.org", stance: "supports" } });
    const first = await proposeVerdict(claimId, { rating: "true", rationale: "ok", version: await version(claimId) }, checker);
    await returnVerdict(first.id, { note: "needs a second source", version: await version(claimId) }, editor);
    const second = await proposeVerdict(claimId, { rating: "true", rationale: "ok now", version: await version(claimId) }, checker);
    await approveVerdict(second.id, { version: await version(claimId) }, editor);
    const inbox = await listNotifications(checker, {});
    expect(inbox.items.map((item) => [item.kind, item.text])).toEqual([
      ["verdict_approved", null],
      ["verdict_returned", "needs a second source"],
      ["assigned", null],
    ]);
    expect(inbox.unread).toBe(3);

    // A refused change (stale version) rolls back its notification with it.
    const before = await unreadCount(checker);
    expect((await status(() => updateClaim(claimIds[1]!, { version: 99, statement: "x" }, editor))).status).toBe(409);
    await assignClaim(claimIds[1]!, { userId: checker.id, version: 1 }, editor);
    expect((await status(() => assignClaim(claimIds[1]!, { userId: editor.id, version: 1 }, editor))).status).toBe(409);
    expect(await unreadCount(checker)).toBe(before + 1);

    await updateClaim(claimIds[1]!, { version: await version(claimIds[1]!), statement: "changed by the editor" }, editor);
    expect((await listNotifications(checker, { limit: "1" })).items[0]!.kind).toBe("claim_changed");
  });

  test("pages with a cursor, mark read one by one or all, and kinds turned off are not written", async () => {
    const checker = await makeUser("fact_checker");
    const editor = await makeUser("editor");
    const { claimIds } = await articleWithClaims(editor);
    for (const claimId of claimIds) await assignClaim(claimId, { userId: checker.id, version: 1 }, editor);
    const page = await listNotifications(checker, { limit: "2" });
    expect(page.items).toHaveLength(2);
    const rest = await listNotifications(checker, { limit: "2", cursor: page.nextCursor });
    expect(rest).toMatchObject({ nextCursor: null, items: [expect.anything()] });
    expect(new Set([...page.items, ...rest.items].map((item) => item.id)).size).toBe(3);

    expect(await markNotificationsRead(checker, { ids: [page.items[0]!.id] })).toEqual({ marked: 1, unread: 2 });
    expect((await listNotifications(checker, { unread: "1" })).items.map((item) => item.id)).not.toContain(page.items[0]!.id);
    // Another user's ids are not theirs to mark.
    expect(await markNotificationsRead(editor, { ids: [page.items[1]!.id] })).toEqual({ marked: 0, unread: 0 });
    expect(await markNotificationsRead(checker, { all: true })).toEqual({ marked: 2, unread: 0 });
    expect((await status(() => markNotificationsRead(checker, { ids: [] }))).status).toBe(400);
    expect((await status(() => listNotifications(null, {}))).status).toBe(401);

    await saveNotificationKindsOff(checker, { off: ["claim_changed", "commented"] });
    await updateClaim(claimIds[0]!, { version: await version(claimIds[0]!), statement: "quietly" }, editor);
    await createComment(claimIds[0]!, { body: "also quiet" }, editor);
    expect(await unreadCount(checker)).toBe(0);
    expect((await status(() => saveNotificationKindsOff(checker, { off: ["nonsense"] }))).status).toBe(400);
  });
});
