import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { addSource, updateSource } from "@/lib/server/claims/sources";
import { db } from "@/lib/server/db/client";
import { setPrivateUrlsAllowed } from "@/lib/server/imports/import-settings";
import { makeUser } from "./helpers";
import { useWorkers, waitUntil } from "./job-helpers";
import { articlePage, localSite } from "./local-site";
import { articleWithClaims, version } from "./review-fixtures";

const paragraphs = [
  "The ministry said on Tuesday that 40 of 45 drones launched overnight were shot down over the southern regions.",
  "Air defence units were active in Odesa, Mykolaiv and Kherson, according to the statement published in the morning.",
];
let site: Awaited<ReturnType<typeof localSite>>;
beforeAll(async () => {
  site = await localSite({
    "/statement": { type: "text/html; charset=utf-8", body: articlePage("Statement on drones", paragraphs) },
    "/report.pdf": { type: "application/pdf", body: "%PDF-1.4" },
  });
});
afterAll(() => site.close());
useWorkers();

function snapshotOf(sourceId: string) {
  return waitUntil(() => db().sourceSnapshot.findUnique({ where: { sourceId } }), (snapshot) => snapshot !== null, `a snapshot of ${sourceId}`);
}

describe("source snapshots", () => {
  test("a private address is refused and recorded with its reason, not retried", async () => {
    const checker = await makeUser("fact_checker");
    const { claimIds } = await articleWithClaims(checker);
    const source = await addSource(claimIds[0]!, { url: `${site.base}/statement`, stance: "supports" }, checker);
    const snapshot = await snapshotOf(source.id);
    expect(snapshot).toMatchObject({ status: "failed", text: null, error: expect.stringMatching(/^refused: 127\.0\.0\.1 is a private or local address/) });
    expect(site.requests).toHaveLength(0);
  });

  test("with private addresses allowed (this test only): main text, title, status and hash are kept; bad pages say why", async () => {
    const admin = await makeUser("admin");
    await setPrivateUrlsAllowed({ allow: true }, admin);
    try {
      const checker = await makeUser("fact_checker");
      const { claimIds } = await articleWithClaims(checker);
      const good = await addSource(claimIds[1]!, { url: `${site.base}/statement`, stance: "supports" }, checker);
      const pdf = await addSource(claimIds[2]!, { url: `${site.base}/report.pdf`, stance: "context" }, checker);
      const missing = await addSource(claimIds[0]!, { url: `${site.base}/gone`, stance: "context" }, checker);

      const captured = await snapshotOf(good.id);
      expect(captured).toMatchObject({ status: "captured", httpStatus: 200, url: `${site.base}/statement`, text: paragraphs.join("\n\n"), error: null });
      expect(captured!.title).toMatch(/Statement on drones/);
      expect(captured!.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(await snapshotOf(pdf.id)).toMatchObject({ status: "failed", error: "the page is application/pdf, not HTML or text" });
      expect(await snapshotOf(missing.id)).toMatchObject({ status: "failed", httpStatus: 404, error: "the page answered with HTTP 404" });

      // A new address gets a new snapshot.
      await updateSource(good.id, { url: `${site.base}/gone`, stance: "supports", version: await version(claimIds[1]!) }, checker);
      await waitUntil(() => db().sourceSnapshot.findUniqueOrThrow({ where: { sourceId: good.id } }), (snapshot) => snapshot.status === "failed", "the new snapshot");
    } finally {
      await setPrivateUrlsAllowed({ allow: false }, admin);
    }
  });
});
