import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, test, vi } from "vitest";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { SYSTEM_ACTOR } from "@/lib/server/auth/actors";
import { makeUser } from "./helpers";
import { useTemporaryDataDir, useWorkers, waitForImport } from "./job-helpers";

// The route handlers read the caller from the request headers; here they come from the test.
const requestHeaders = { current: new Headers() };
vi.mock("next/headers", () => ({
  headers: async () => requestHeaders.current,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));

const articles = await import("@/app/api/v1/articles/route");
const imports = await import("@/app/api/v1/imports/route");
const importJob = await import("@/app/api/v1/imports/[id]/route");
const reextract = await import("@/app/api/v1/articles/[id]/reextract/route");

const root = path.resolve(import.meta.dirname, "../..");
const corpusLines = fs.readFileSync(path.resolve(root, "../shared/datasets/ukraine-news-447.jsonl"), "utf8").split("\n").filter(Boolean);
const context = <Params>(params: Params) => ({ params: Promise.resolve(params) });

async function tokenFor(role: "viewer" | "fact_checker" | "editor" | "admin") {
  const user = await makeUser(role);
  return (await issueApiToken({ userId: user.id }, SYSTEM_ACTOR)).token;
}

function as(token: string | null) {
  requestHeaders.current = new Headers(token ? { authorization: `Bearer ${token}` } : {});
}

function postJson(body: unknown) {
  return articles.POST(new Request("http://test/api/v1/articles", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }), context({}));
}

const dataDir = useTemporaryDataDir("claimdesk-api-");
afterAll(() => {
  delete process.env.IMPORT_MAX_ARTICLE_BYTES;
  delete process.env.IMPORT_MAX_UPLOAD_BYTES;
});
useWorkers();

describe("POST /api/v1/articles", () => {
  test("201 with the id and the claims; 409 with the existing id for the same text again", async () => {
    as(await tokenFor("fact_checker"));
    const text = (JSON.parse(corpusLines[40]!) as { text: string }).text;
    const created = await postJson({ text, title: "From the API", outlet: "Wire", publishedAt: "2022-03-01" });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: string; claims: { start: number; end: number; quote: string; type: string }[] };
    expect(body.claims.length).toBeGreaterThan(0);
    for (const claim of body.claims) expect(text.slice(claim.start, claim.end)).toBe(claim.quote);

    const again = await postJson({ text: `${text}\n` });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ id: body.id, error: { code: "conflict" } });

    const list = await articles.GET(new Request("http://test/api/v1/articles?outlet=Wire"), context({}));
    expect(((await list.json()) as { items: { id: string; claims: number }[] }).items).toContainEqual(
      expect.objectContaining({ id: body.id, title: "From the API", claims: body.claims.length, checked: 0 }),
    );
  });

  test("400 with field errors, 413 over the limit naming it, 403 for viewers, 401 without a valid token", async () => {
    as(await tokenFor("fact_checker"));
    const invalid = await postJson({ text: "", url: "javascript:alert(1)", publishedAt: "someday" });
    expect(invalid.status).toBe(400);
    const errors = ((await invalid.json()) as { error: { fields: Record<string, string[]> } }).error.fields;
    expect(Object.keys(errors).sort()).toEqual(["publishedAt", "text", "url"]);

    process.env.IMPORT_MAX_ARTICLE_BYTES = "4096";
    const tooLarge = await postJson({ text: "Kyiv said 5 drones were downed. ".repeat(200) });
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { error: { message: string } }).error.message).toBe(
      "text is 6.3 KB, over the limit of 4 KB per article (IMPORT_MAX_ARTICLE_BYTES)",
    );
    const wayTooLarge = await postJson({ text: "x".repeat(20_000) + "\\".repeat(70_000) });
    expect(wayTooLarge.status).toBe(413);
    delete process.env.IMPORT_MAX_ARTICLE_BYTES;

    const privateUrl = await postJson({ url: "http://127.0.0.1:9/article" });
    expect(privateUrl.status).toBe(400);
    expect(((await privateUrl.json()) as { error: { message: string } }).error.message).toContain("private or local address");

    as(await tokenFor("viewer"));
    expect((await postJson({ text: "Ukraine said 5 tanks were lost." })).status).toBe(403);
    // (Without any token the handler asks next-auth for a session, which needs a real Next request.)
    as("cd_not_a_token");
    expect((await postJson({ text: "Ukraine said 5 tanks were lost." })).status).toBe(401);
  });
});

describe("POST /api/v1/imports", () => {
  test("a streamed file starts a background job whose progress and results are at /api/v1/imports/{id}", async () => {
    as(await tokenFor("editor"));
    const upload = `${corpusLines.slice(50, 56).join("\n")}\nnot json\n`;
    const response = await imports.POST(new Request("http://test/api/v1/imports?name=batch.jsonl", { method: "POST", body: upload }), context({}));
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    await waitForImport(id);
    const job = await importJob.GET(new Request(`http://test/api/v1/imports/${id}`), context({ id }));
    expect(await job.json()).toMatchObject({ status: "done", total: 7, processed: 7, failed: 1, items: expect.arrayContaining([expect.objectContaining({ line: 7, status: "failed" })]) });
  });

  test("multipart uploads of several files make one job; over the upload limit is 413 naming the limit", async () => {
    as(await tokenFor("editor"));
    const form = new FormData();
    form.append("files", new File([corpusLines.slice(60, 62).join("\n")], "a.jsonl"));
    form.append("files", new File(['text\n"Russia said 3 ships were hit."\n'], "b.csv"));
    // As a browser sends it: the encoded form with its length.
    const encoded = new Response(form);
    const body = Buffer.from(await encoded.arrayBuffer());
    const headers = { "content-type": encoded.headers.get("content-type")!, "content-length": String(body.length) };
    const unsized = await imports.POST(new Request("http://test/api/v1/imports", { method: "POST", body: form }), context({}));
    expect(unsized.status).toBe(400);
    const response = await imports.POST(new Request("http://test/api/v1/imports", { method: "POST", headers, body }), context({}));
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    await waitForImport(id);
    const job = (await (await importJob.GET(new Request("http://test"), context({ id }))).json()) as { sourceName: string; total: number };
    expect(job).toMatchObject({ sourceName: "a.jsonl, b.csv", total: 3 });

    process.env.IMPORT_MAX_UPLOAD_BYTES = "2048";
    const big = await imports.POST(new Request("http://test/api/v1/imports?name=big.jsonl", { method: "POST", body: corpusLines.slice(0, 10).join("\n") }), context({}));
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { message: string } }).error.message).toBe("the upload is over the limit of 2 KB per upload (IMPORT_MAX_UPLOAD_BYTES)");
    delete process.env.IMPORT_MAX_UPLOAD_BYTES;
    // Refused uploads leave nothing behind; the finished imports' files are gone too.
    expect(fs.readdirSync(path.join(dataDir(), "uploads"))).toEqual(["incoming"]);
    expect(fs.readdirSync(path.join(dataDir(), "uploads", "incoming"))).toEqual([]);

    as(await tokenFor("viewer"));
    expect((await imports.POST(new Request("http://test/api/v1/imports?name=x.jsonl", { method: "POST", body: "{}" }), context({}))).status).toBe(403);
  });
});

describe("POST /api/v1/articles/{id}/reextract", () => {
  test("admins re-run extraction; other roles are refused", async () => {
    as(await tokenFor("fact_checker"));
    const created = await postJson({ text: (JSON.parse(corpusLines[70]!) as { text: string }).text });
    const { id, claims } = (await created.json()) as { id: string; claims: unknown[] };
    const call = () => reextract.POST(new Request(`http://test/api/v1/articles/${id}/reextract`, { method: "POST" }), context({ id }));
    expect((await call()).status).toBe(403);
    as(await tokenFor("admin"));
    const response = await call();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ kept: 0, replaced: claims.length, added: claims.length });
    const missing = await reextract.POST(new Request("http://test", { method: "POST" }), context({ id: "no-such-article" }));
    expect(missing.status).toBe(404);
  });
});
