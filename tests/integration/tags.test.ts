import { describe, expect, test } from "vitest";
import { assignClaim } from "@/lib/server/claims/assignments";
import { listClaimPage } from "@/lib/server/claims/claim-list";
import type { Actor } from "@/lib/server/auth/actors";
import { db } from "@/lib/server/db/client";
import { streamClaimsJson } from "@/lib/server/exports/exports";
import { errorResponse } from "@/lib/server/http/http";
import { search } from "@/lib/server/search/search";
import { createTag, deleteTag, listTags, renameTag, setClaimTags } from "@/lib/server/tags/tags";
import { makeUser } from "./helpers";
import { articleWithClaims } from "./review-fixtures";

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

const exported = async (input: Record<string, string>, actor: Parameters<typeof streamClaimsJson>[1]) =>
  (JSON.parse(await new Response(streamClaimsJson(input, actor)).text()) as { id: string }[]).map((row) => row.id);

describe("tags", () => {
  test("admins keep the list; names are unique ignoring case and spacing; others may not", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    const tag = await createTag({ name: "  Kharkiv   strike " }, admin);
    expect(tag.name).toBe("Kharkiv strike");
    expect(await status(() => createTag({ name: "kharkiv STRIKE" }, admin))).toBe(409);
    expect(await status(() => createTag({ name: "x".repeat(41) }, admin))).toBe(400);
    expect(await status(() => createTag({ name: "Beat" }, editor))).toBe(403);
    expect((await renameTag(tag.id, { name: "Kharkiv school strike" }, admin)).name).toBe("Kharkiv school strike");
    expect((await listTags(editor)).map((entry) => entry.name)).toContain("Kharkiv school strike");
  });

  test("checkers tag claims from the list; My queue, search and exports filter by tag; deleting a tag untags", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    const checker = await makeUser("fact_checker");
    const viewer = await makeUser("viewer");
    const grain = await createTag({ name: "Grain corridor" }, admin);
    const drones = await createTag({ name: "Drones" }, admin);
    const { claimIds, articleId } = await articleWithClaims(editor);
    for (const claimId of claimIds) await assignClaim(claimId, { userId: checker.id, version: 1 }, editor);

    expect(await status(() => setClaimTags(claimIds[0]!, { tagIds: [drones.id] }, viewer))).toBe(403);
    expect(await status(() => setClaimTags(claimIds[0]!, { tagIds: ["nope"] }, checker))).toBe(400);
    const versionBefore = (await db().claim.findUniqueOrThrow({ where: { id: claimIds[0]! } })).version;
    await setClaimTags(claimIds[0]!, { tagIds: [drones.id, grain.id] }, checker);
    await setClaimTags(claimIds[2]!, { tagIds: [grain.id] }, checker);
    await setClaimTags(claimIds[0]!, { tagIds: [drones.id] }, checker);
    expect((await db().claim.findUniqueOrThrow({ where: { id: claimIds[0]! } })).version).toBe(versionBefore);

    expect((await myQueue({ tag: "grain corridor" }, checker)).map((claim) => claim.id)).toEqual([claimIds[2]]);
    expect((await search({ q: "tag:Drones" }, viewer)).claims.map((hit) => hit.id)).toEqual([claimIds[0]]);
    expect((await search({ q: "grain", tag: "Grain corridor" }, viewer)).claims.map((hit) => hit.id)).toEqual([claimIds[2]]);
    expect(await exported({ articleId, tag: "drones" }, viewer)).toEqual([claimIds[0]]);

    await deleteTag(drones.id, admin);
    expect(await exported({ articleId, tag: "drones" }, viewer)).toEqual([]);
    const audit = await db().auditEntry.findMany({ where: { entityId: { in: [claimIds[0]!, drones.id] }, action: { in: ["claim.tags", "tag.delete"] } }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.after ?? entry.before])).toEqual([
      ["claim.tags", { tags: ["Drones", "Grain corridor"] }],
      ["claim.tags", { tags: ["Drones"] }],
      ["tag.delete", { name: "Drones", claimIds: [claimIds[0]] }],
    ]);
  });
});
