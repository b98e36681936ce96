/**
 * Regression tests built from the black-box probe's failing cases (issue 16): each states the
 * probe's input and the answer it must now get.
 */
import net from "node:net";
import { describe, expect, test } from "vitest";
import { importArticle } from "@/lib/server/articles/articles";
import { db, disconnectDb, useDatabase } from "@/lib/server/db/client";
import { checkHealth } from "@/lib/server/http/health";
import { streamClaimReviews, streamClaimsCsv, streamClaimsJson } from "@/lib/server/exports/exports";
import { getCollectionReport } from "@/lib/server/exports/reports";
import { readJson } from "@/lib/server/http/http";
import { search } from "@/lib/server/search/search";
import { createUser } from "@/lib/server/users/users";
import { makeUser, workerDatabaseUrl } from "./helpers";

const TEXT = "KYIV (Wire) — Russian strikes killed 7 civilians in Kharkiv on Tuesday, the regional governor said.";

describe("the probe's cases", () => {
  test("50 parallel imports of one text: one is created, every other one is told it is a duplicate of it", async () => {
    const checker = await makeUser("fact_checker");
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => importArticle({ text: TEXT }, checker)));
    const rejected = results.filter((result) => result.status === "rejected");
    expect(rejected).toEqual([]);
    const outcomes = results.map((result) => (result as PromiseFulfilledResult<Awaited<ReturnType<typeof importArticle>>>).value);
    const created = outcomes.filter((outcome) => outcome.status === "created");
    expect(created).toHaveLength(1);
    expect(new Set(outcomes.map((outcome) => outcome.articleId))).toEqual(new Set([created[0]!.articleId]));
    expect(await db().article.count({ where: { text: TEXT } })).toBe(1);
  });

  test("exports and reports with an impossible date are refused before anything is streamed", async () => {
    const viewer = await makeUser("viewer");
    for (const filters of [{ from: "2024-13-45" }, { to: "99999-01-01" }, { from: "2024-02-30" }]) {
      expect(() => streamClaimsCsv(filters, viewer)).toThrow(expect.objectContaining({ code: "invalid" }));
      expect(() => streamClaimsJson(filters, viewer)).toThrow(expect.objectContaining({ code: "invalid" }));
      await expect(streamClaimReviews(filters, viewer)).rejects.toMatchObject({ code: "invalid" });
      await expect(getCollectionReport(filters, viewer)).rejects.toMatchObject({ code: "invalid" });
      await expect(search({ q: "Kharkiv", ...filters }, viewer)).rejects.toMatchObject({ code: "invalid" });
    }
  });

  test("NUL characters and unpaired surrogates are refused naming the field, not a database error", async () => {
    const checker = await makeUser("fact_checker");
    const admin = await makeUser("admin");
    await expect(importArticle({ text: "Five people\u0000 died." }, checker)).rejects.toMatchObject({ code: "invalid", details: { fields: { text: [expect.any(String)] } } });
    await expect(importArticle({ text: TEXT + " more", title: "Broken \ud800 title" }, checker)).rejects.toMatchObject({ code: "invalid", details: { fields: { title: [expect.any(String)] } } });
    await expect(search({ q: "Khar\u0000kiv" }, checker)).rejects.toMatchObject({ code: "invalid", details: { fields: { q: [expect.any(String)] } } });
    await expect(createUser({ email: "nul@test.local", name: "Nul\u0000Name", role: "viewer", password: "long enough password" }, admin)).rejects.toMatchObject({
      code: "invalid",
      details: { fields: { name: [expect.any(String)] } },
    });
  });

  test("a JSON body over the limit is refused with 413 while it is read, not buffered whole", async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode(`"${"x".repeat(64 * 1024)}`);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.length;
        if (pulled > 600 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const request = new Request("http://localhost/api/v1/claims/x", { method: "POST", body, duplex: "half" } as RequestInit);
    await expect(readJson(request)).rejects.toMatchObject({ code: "too_large", message: expect.stringContaining("API_MAX_JSON_BYTES") });
    expect(pulled).toBeLessThan(4 * 1024 * 1024);
  });

  test("an article that yields more claims than the limit is refused up front with the limit named, and nothing is stored", async () => {
    const checker = await makeUser("fact_checker");
    const dense = Array.from({ length: 80 }, (_, i) => `Russian forces lost ${i + 3} tanks near village ${i}, the General Staff said.`).join(" ");
    const saved = process.env.IMPORT_MAX_CLAIMS_PER_ARTICLE;
    process.env.IMPORT_MAX_CLAIMS_PER_ARTICLE = "40";
    try {
      await expect(importArticle({ text: dense }, checker)).rejects.toMatchObject({
        code: "too_large",
        message: expect.stringMatching(/yields \d+ claims, over the limit of 40 per article \(IMPORT_MAX_CLAIMS_PER_ARTICLE\)/),
      });
    } finally {
      if (saved === undefined) delete process.env.IMPORT_MAX_CLAIMS_PER_ARTICLE;
      else process.env.IMPORT_MAX_CLAIMS_PER_ARTICLE = saved;
    }
    expect(await db().article.count({ where: { text: dense } })).toBe(0);
  });

  test("the health check tells a busy database from an unreachable one", async () => {
    // A server that accepts connections and never answers: what a database looks like when every
    // connection of the app is held by long work.
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as net.AddressInfo).port;
    useDatabase(`postgresql://postgres@127.0.0.1:${port}/postgres`);
    try {
      expect(await checkHealth(500)).toMatchObject({ status: "ok", db: "busy" });
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
      await disconnectDb().catch(() => {});
      useDatabase(workerDatabaseUrl());
    }
  });
});
