import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/server/db/client";
import { privateUrlsAllowed, setPrivateUrlsAllowed } from "@/lib/server/imports/import-settings";
import { fetchPage } from "@/lib/server/imports/url-fetch";
import { importUrl, previewUrl } from "@/lib/server/imports/url-import";
import { makeUser } from "./helpers";

const PAGE = `<!doctype html><html><head><title>Strike on Odesa</title>
<meta name="author" content="Iryna Reporter"><meta property="article:published_time" content="2024-03-15T08:00:00Z">
<script>window.stolen = document.cookie</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a></nav><main><h1>Strike on Odesa</h1>
<p>ODESA (Wire) — Russia fired 5 missiles at Odesa overnight, Ukraine's air force said.</p>
<p>The governor said 2 people were injured.</p></main><footer>Contact us</footer></body></html>`;

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url === "/article") return response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    if (request.url === "/moved") return response.writeHead(302, { location: "/article" }).end();
    if (request.url === "/loop") return response.writeHead(302, { location: "/loop" }).end();
    if (request.url === "/huge") return response.writeHead(200, { "content-type": "text/html" }).end("x".repeat(64 * 1024));
    if (request.url === "/slow") return void setTimeout(() => response.end("late"), 2000);
    if (request.url === "/gzip") return response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" }).end(zlib.gzipSync(PAGE));
    if (request.url === "/bomb") return response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(zlib.gzipSync("x".repeat(1024 * 1024)));
    if (request.url === "/compress") return response.writeHead(200, { "content-type": "text/html", "content-encoding": "compress" }).end("?");
    if (request.url === "/pdf") return response.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7");
    response.writeHead(404).end("not here");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("URL import", () => {
  test("private and loopback addresses are refused until an admin allows them", async () => {
    const checker = await makeUser("fact_checker");
    const admin = await makeUser("admin");
    expect(await privateUrlsAllowed()).toBe(false);
    await expect(importUrl({ url: `${base}/article` }, checker)).rejects.toMatchObject({ code: "invalid", message: expect.stringContaining("private or local address") });
    // A name that resolves to loopback is refused the same way as the literal address.
    await expect(previewUrl({ url: `${base.replace("127.0.0.1", "localhost")}/article` }, checker)).rejects.toMatchObject({
      message: expect.stringMatching(/refused: localhost resolves to a private or local address/),
    });
    expect(await db().article.count()).toBe(0);

    await expect(setPrivateUrlsAllowed({ allow: true }, checker)).rejects.toMatchObject({ code: "forbidden" });
    await setPrivateUrlsAllowed({ allow: true }, admin);
    expect(await db().auditEntry.findFirst({ where: { action: "setting.update", entityId: "import.allowPrivateUrls" } })).toMatchObject({ actorId: admin.id, after: { value: true } });

    const result = await importUrl({ url: `${base}/moved`, outlet: "Given outlet" }, checker);
    expect(result.status).toBe("created");
    const article = await db().article.findUniqueOrThrow({ where: { id: result.status === "created" ? result.articleId : "" }, include: { claims: true } });
    expect(article).toMatchObject({
      title: "Strike on Odesa",
      author: "Iryna Reporter",
      outlet: "Given outlet",
      url: `${base}/article`,
      publishedAt: new Date("2024-03-15T08:00:00Z"),
      text: "Strike on Odesa\n\nODESA (Wire) — Russia fired 5 missiles at Odesa overnight, Ukraine's air force said.\n\nThe governor said 2 people were injured.",
    });
    expect(article.claims.length).toBeGreaterThan(0);
    expect(await importUrl({ url: `${base}/article` }, checker)).toEqual({ status: "duplicate", articleId: article.id });

    await setPrivateUrlsAllowed({ allow: false }, admin);
    await expect(previewUrl({ url: `${base}/article` }, checker)).rejects.toMatchObject({ message: expect.stringContaining("private or local address") });
  });

  test("pages that are not articles, missing, endlessly redirecting, too large or too slow are refused with a reason", async () => {
    const checker = await makeUser("fact_checker");
    await setPrivateUrlsAllowed({ allow: true }, await makeUser("admin"));
    await expect(previewUrl({ url: `${base}/pdf` }, checker)).rejects.toMatchObject({ message: "the page is application/pdf, not an HTML or text article" });
    await expect(previewUrl({ url: `${base}/gone` }, checker)).rejects.toMatchObject({ message: "the page answered with HTTP 404" });
    await expect(previewUrl({ url: `${base}/loop` }, checker)).rejects.toMatchObject({ message: "the page redirects too many times" });
    await expect(previewUrl({ url: "file:///etc/passwd" }, checker)).rejects.toMatchObject({ code: "invalid" });
    await expect(fetchPage(`${base}/huge`, { allowPrivate: true, timeoutMs: 5000, maxBytes: 1024 })).rejects.toMatchObject({
      code: "too_large",
      message: "the page is over the limit of 1 KB",
    });
    await expect(fetchPage(`${base}/slow`, { allowPrivate: true, timeoutMs: 300, maxBytes: 1024 })).rejects.toMatchObject({
      message: "the page did not answer within 0.3 s",
    });
    await expect(previewUrl({ url: `${base}/article` }, await makeUser("viewer"))).rejects.toMatchObject({ code: "forbidden" });
  });

  // The probe's case: a gzip-encoded page was imported as binary junk.
  test("a compressed page is decoded, its decoded size counts against the limit, and an unknown encoding is refused", async () => {
    const checker = await makeUser("fact_checker");
    await setPrivateUrlsAllowed({ allow: true }, await makeUser("admin"));
    const preview = await previewUrl({ url: `${base}/gzip` }, checker);
    expect(preview.text).toContain("Russia fired 5 missiles at Odesa overnight");
    expect(preview.title).toBe("Strike on Odesa");
    await expect(fetchPage(`${base}/bomb`, { allowPrivate: true, timeoutMs: 5000, maxBytes: 64 * 1024 })).rejects.toMatchObject({ code: "too_large" });
    await expect(previewUrl({ url: `${base}/compress` }, checker)).rejects.toMatchObject({ message: expect.stringContaining('encoded as "compress"') });
  });
});
