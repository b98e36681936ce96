import { describe, expect, test } from "vitest";
import { assignClaim } from "@/lib/server/claims/assignments";
import { listClaimPage } from "@/lib/server/claims/claim-list";
import type { Actor } from "@/lib/server/auth/actors";
import { notifyOverdue, scheduleArticle, scheduleClaim } from "@/lib/server/claims/schedule";
import { db } from "@/lib/server/db/client";
import { errorResponse } from "@/lib/server/http/http";
import { listNotifications } from "@/lib/server/notifications/inbox";
import { makeUser } from "./helpers";
import { articleWithClaims, version } from "./review-fixtures";

/** My queue: the acting user's open claims, as the page lists them. */
const myQueue = async (filters: Record<string, string>, actor: Actor) => (await listClaimPage({ assignee: "me", state: "open", ...filters }, actor)).items;

async function status(call: () => Promise<unknown>): Promise<number> {
  try {
    await call();
    return 200;
  } catch (error) {
    return errorResponse(error).status;
  }
}

describe("deadlines and priority", () => {
  test("an editor sets them on a claim or an article's open claims; a checker may not; the history keeps them", async () => {
    const editor = await makeUser("editor");
    const checker = await makeUser("fact_checker");
    const { articleId, claimIds } = await articleWithClaims(editor);
    expect(await status(() => scheduleClaim(claimIds[0]!, { priority: "urgent" }, checker))).toBe(403);
    expect(await status(() => scheduleClaim(claimIds[0]!, { priority: "asap" }, editor))).toBe(400);
    expect(await status(() => scheduleClaim(claimIds[0]!, { version: 7, priority: "high" }, editor))).toBe(409);
    await scheduleClaim(claimIds[0]!, { version: 1, priority: "high", dueAt: "2030-01-31" }, editor);
    expect(await db().claim.findUniqueOrThrow({ where: { id: claimIds[0]! }, select: { priority: true, dueAt: true, version: true, status: true } })).toEqual({
      priority: "high",
      dueAt: new Date("2030-01-31T23:59:59.999Z"),
      version: 2,
      status: "new",
    });
    await db().claim.update({ where: { id: claimIds[2]! }, data: { status: "dismissed" } });
    expect(await scheduleArticle({ articleId, priority: "urgent" }, editor)).toEqual({ scheduled: 2 });
    const priorities = await db().claim.findMany({ where: { articleId }, select: { id: true, priority: true } });
    expect(Object.fromEntries(priorities.map((claim) => [claim.id, claim.priority]))).toEqual({ [claimIds[0]!]: "urgent", [claimIds[1]!]: "urgent", [claimIds[2]!]: "normal" });
    const audit = await db().auditEntry.findFirst({ where: { entityId: claimIds[0]!, action: "claim.schedule" }, orderBy: { id: "asc" } });
    expect(audit?.after).toEqual({ priority: "high", dueAt: "2030-01-31T23:59:59.999Z" });
  });

  test("My queue filters and sorts by them; overdue claims are notified once", async () => {
    const editor = await makeUser("editor");
    const checker = await makeUser("fact_checker");
    const { claimIds } = await articleWithClaims(editor);
    for (const claimId of claimIds) await assignClaim(claimId, { userId: checker.id, version: await version(claimId) }, editor);
    await scheduleClaim(claimIds[0]!, { version: await version(claimIds[0]!), dueAt: "2031-05-01" }, editor);
    await scheduleClaim(claimIds[1]!, { version: await version(claimIds[1]!), dueAt: "2020-01-01", priority: "urgent" }, editor);
    await scheduleClaim(claimIds[2]!, { version: await version(claimIds[2]!), priority: "high" }, editor);

    expect((await myQueue({ sort: "due" }, checker)).map((claim) => claim.id)).toEqual([claimIds[1], claimIds[0], claimIds[2]]);
    expect((await myQueue({ sort: "priority" }, checker)).map((claim) => claim.id)).toEqual([claimIds[1], claimIds[2], claimIds[0]]);
    expect((await myQueue({ overdue: "true" }, checker)).map((claim) => claim.id)).toEqual([claimIds[1]]);
    expect((await myQueue({ priority: "high" }, checker)).map((claim) => claim.id)).toEqual([claimIds[2]]);

    expect(await notifyOverdue()).toBe(1);
    expect(await notifyOverdue()).toBe(0);
    const overdue = (await listNotifications(checker, {})).items.filter((item) => item.kind === "overdue");
    expect(overdue.map((item) => item.claim?.id)).toEqual([claimIds[1]]);
  });
});
