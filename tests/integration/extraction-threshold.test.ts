import { describe, expect, test } from "vitest";
import { CLAIM_THRESHOLD, extractClaims } from "@/lib/extract";
import { importArticle, reextractArticle } from "@/lib/server/articles/articles";
import { db } from "@/lib/server/db/client";
import { extractionThreshold, setExtractionThreshold } from "@/lib/server/settings/extraction";
import { makeUser } from "./helpers";

const TEXT = [
  "Russian forces fired 40 missiles at Kyiv overnight, killing 12 civilians, the mayor said.",
  "The European Union approved a €50 billion aid package for Ukraine on Thursday.",
  "Officials hope the talks will resume soon.",
  "The strikes came as temperatures dropped below freezing across the country.",
].join(" ");

describe("extract.threshold setting", () => {
  test("admins set it within 0.05–0.95, with an audit entry; imports and re-extraction use it", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    expect(await extractionThreshold()).toBe(CLAIM_THRESHOLD);

    await expect(setExtractionThreshold({ threshold: 0.3 }, editor)).rejects.toMatchObject({ code: "forbidden" });
    for (const threshold of [0.01, 0.99, "high", ""]) {
      await expect(setExtractionThreshold({ threshold }, admin)).rejects.toMatchObject({ code: "invalid" });
    }
    expect(await setExtractionThreshold({ threshold: "0.95" }, admin)).toBe(0.95);
    expect(await db().auditEntry.findFirst({ where: { action: "setting.update", entityId: "extract.threshold" } })).toMatchObject({
      actorId: admin.id,
      before: { value: null },
      after: { value: 0.95 },
    });

    const strict = await importArticle({ text: TEXT }, admin);
    expect(strict.status).toBe("created");
    const articleId = strict.status === "created" ? strict.articleId : "";
    const stored = await db().claim.findMany({ where: { articleId } });
    expect(stored.length).toBe(extractClaims(TEXT, { threshold: 0.95 }).length);
    for (const claim of stored) expect(claim.score).toBeGreaterThanOrEqual(0.95);

    await setExtractionThreshold({ threshold: 0.05 }, admin);
    expect(await extractionThreshold()).toBe(0.05);
    const summary = await reextractArticle(articleId, admin);
    expect(summary.added).toBe(extractClaims(TEXT, { threshold: 0.05 }).length);
    expect(summary.added).toBeGreaterThan(stored.length);
  });
});
