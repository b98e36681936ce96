import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { importArticles } from "@/lib/server/articles/articles";
import { requestReextractAll } from "@/lib/server/articles/reextract-all";
import { db } from "@/lib/server/db/client";
import { makeUser } from "./helpers";
import { useWorkers, waitUntil } from "./job-helpers";

const root = path.resolve(import.meta.dirname, "../..");
const corpus = fs.readFileSync(path.resolve(root, "../shared/datasets/ukraine-news-447.jsonl"), "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as { text: string });

useWorkers();

describe("re-extract every article", () => {
  test("a run re-extracts each article once, keeps claims a person touched, and reports progress", { timeout: 120_000 }, async () => {
    const admin = await makeUser("admin");
    await importArticles(corpus.slice(0, 12).map((row) => ({ text: row.text })), admin);
    const articles = await db().article.count();
    const touched = await db().claim.findFirstOrThrow({ orderBy: { id: "asc" } });
    await db().claim.update({ where: { id: touched.id }, data: { statement: "Edited by a person", editedAt: new Date() } });
    const claimsBefore = await db().claim.count();

    const run = await requestReextractAll(admin);
    expect(run).toMatchObject({ status: "queued", total: articles });
    const done = await waitUntil(() => db().reextractRun.findUniqueOrThrow({ where: { id: run.id } }), (current) => current.status === "done", "the run");
    expect(done).toMatchObject({ processed: articles, error: null });
    expect(done.kept).toBeGreaterThanOrEqual(1);
    expect(done.kept + done.replaced).toBe(claimsBefore);
    expect(await db().claim.findUniqueOrThrow({ where: { id: touched.id } })).toMatchObject({ statement: "Edited by a person" });
    expect(await db().auditEntry.count({ where: { action: "article.reextract" } })).toBe(articles);
    await expect(requestReextractAll(await makeUser("editor"))).rejects.toMatchObject({ code: "forbidden" });
  });
});
