import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { importArticle } from "@/lib/server/articles/articles";
import { createFeed, setFeedEnabled } from "@/lib/server/feeds/feeds";
import { dueFeeds } from "@/lib/server/feeds/feed-poll";
import { db } from "@/lib/server/db/client";
import { setPrivateUrlsAllowed } from "@/lib/server/imports/import-settings";
import { sendFeedPoll } from "@/lib/server/jobs/send";
import { makeUser } from "./helpers";
import { useWorkers, waitUntil } from "./job-helpers";
import { articlePage, localSite } from "./local-site";

const story = [
  "Ukraine's air force said on Tuesday that it shot down 18 of 21 drones launched overnight against the south of the country.",
  "Officials in Odesa said debris damaged a warehouse in the port, but nobody was hurt, according to the regional administration.",
];
const other = [
  "The government said on Wednesday that 1,200 tonnes of grain left the port of Izmail in the past week despite the attacks.",
  "Exporters said insurance costs had risen, the ministry of agrarian policy said in a statement published on its website.",
];

function rss(base: string, items: { link: string; title: string; author?: string; date?: string }[]) {
  return `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title><link>${base}/</link>
${items.map((item) => `<item><title>${item.title}</title><link>${item.link}</link>${item.author ? `<dc:creator>${item.author}</dc:creator>` : ""}${item.date ? `<pubDate>${item.date}</pubDate>` : ""}</item>`).join("\n")}
</channel></rss>`;
}

let site: Awaited<ReturnType<typeof localSite>>;
beforeAll(async () => {
  site = await localSite({
    "/feed.xml": (request) => {
      const base = `http://${request.headers.host}`;
      if (request.headers["if-none-match"] === '"v1"') return { status: 304, type: "application/rss+xml", body: "" };
      return {
        type: "application/rss+xml",
        headers: { etag: '"v1"' },
        body: rss(base, [
          { link: `${base}/drones`, title: "Drones over Odesa", author: "Olena Petrenko", date: "Tue, 02 Apr 2024 08:00:00 GMT" },
          { link: `${base}/drones-copy`, title: "Drones over Odesa (again)" },
          { link: `${base}/report.pdf`, title: "Report" },
          { link: `${base}/grain`, title: "Grain" },
          { link: `${base}/grain`, title: "Grain, listed twice" },
        ]),
      };
    },
    "/drones": { type: "text/html", body: articlePage("Drones over Odesa | Wire", story) },
    "/drones-copy": { type: "text/html", body: articlePage("Copy", story) },
    "/report.pdf": { type: "application/pdf", body: "%PDF-1.4" },
    "/grain": { type: "text/html", body: articlePage("Grain", other) },
    "/not-a-feed": { type: "text/html", body: "<html><body>Hello</body></html>" },
  });
});
afterAll(() => site.close());
useWorkers();

async function pollOnce(feedId: string) {
  const before = (await db().feed.findUniqueOrThrow({ where: { id: feedId } })).lastPolledAt?.getTime() ?? 0;
  await sendFeedPoll(feedId);
  return waitUntil(() => db().feed.findUniqueOrThrow({ where: { id: feedId } }), (feed) => (feed.lastPolledAt?.getTime() ?? 0) > before, "a poll");
}

describe("feeds", () => {
  test("a feed polled more often than every 5 minutes is refused; only admins add feeds", async () => {
    const admin = await makeUser("admin");
    await expect(createFeed({ url: `${site.base}/feed.xml`, outlet: "Wire", intervalMinutes: 4 }, admin)).rejects.toMatchObject({
      code: "invalid",
      details: { fields: { intervalMinutes: ["Interval minutes must be at least 5"] } },
    });
    await expect(createFeed({ url: `${site.base}/feed.xml`, outlet: "Wire", intervalMinutes: 30 }, await makeUser("editor"))).rejects.toMatchObject({ code: "forbidden" });
  });

  test("new items are fetched, read and imported; duplicates by address and text are skipped; a second poll is conditional", { timeout: 60_000 }, async () => {
    const admin = await makeUser("admin");
    // The feed is served on 127.0.0.1: private addresses are allowed for this test only.
    await setPrivateUrlsAllowed({ allow: true }, admin);
    try {
      // Already imported by hand from the same address, in another wording.
      await importArticle({ text: "Grain: 1,200 tonnes left Izmail last week, the government said.", url: `${site.base}/grain` }, admin);
      const feed = await createFeed({ url: `${site.base}/feed.xml`, outlet: "Wire", intervalMinutes: 30 }, admin);
      expect(await dueFeeds()).toContain(feed.id);
      expect(await dueFeeds()).not.toContain(feed.id);

      const polled = await pollOnce(feed.id);
      expect(polled).toMatchObject({ lastError: null, itemsImported: 1, itemsSkipped: 2, itemsFailed: 1, etag: '"v1"' });
      const items = await db().feedItem.findMany({ where: { feedId: feed.id }, orderBy: { createdAt: "asc" } });
      expect(items.map(({ url, status, reason }) => ({ path: new URL(url).pathname, status, reason }))).toEqual([
        { path: "/drones", status: "imported", reason: null },
        { path: "/drones-copy", status: "duplicate", reason: "the same text is already stored" },
        { path: "/report.pdf", status: "failed", reason: "the page is application/pdf, not HTML or text" },
        { path: "/grain", status: "duplicate", reason: "an article with this address is already stored" },
      ]);
      const article = await db().article.findFirstOrThrow({ where: { url: `${site.base}/drones` } });
      expect(article).toMatchObject({ outlet: "Wire", author: "Olena Petrenko", title: "Drones over Odesa", text: story.join("\n\n") });
      expect(article.publishedAt?.toISOString()).toBe("2024-04-02T08:00:00.000Z");
      expect(await db().claim.count({ where: { articleId: article.id } })).toBeGreaterThan(0);

      const again = await pollOnce(feed.id);
      expect(site.requests.filter((request) => request.path === "/feed.xml").at(-1)!.headers["if-none-match"]).toBe('"v1"');
      expect(again).toMatchObject({ itemsImported: 1, itemsSkipped: 2, itemsFailed: 1 });
      expect(await db().feedItem.count({ where: { feedId: feed.id } })).toBe(4);

      await setFeedEnabled(feed.id, { enabled: false }, admin);
      expect(await dueFeeds(new Date(Date.now() + 24 * 3600_000))).not.toContain(feed.id);
    } finally {
      await setPrivateUrlsAllowed({ allow: false }, admin);
    }
  });

  test("a feed that is not XML, or on a private address, is recorded with its reason", { timeout: 60_000 }, async () => {
    const admin = await makeUser("admin");
    const privateFeed = await createFeed({ url: `${site.base}/feed.xml?private`, outlet: "Wire", intervalMinutes: 5 }, admin);
    expect((await pollOnce(privateFeed.id)).lastError).toMatch(/^refused: 127\.0\.0\.1 is a private or local address/);
    await setPrivateUrlsAllowed({ allow: true }, admin);
    try {
      const notXml = await createFeed({ url: `${site.base}/not-a-feed`, outlet: "Wire", intervalMinutes: 5 }, admin);
      expect(await pollOnce(notXml.id)).toMatchObject({ lastError: "the address did not answer with an RSS or Atom feed", itemsImported: 0 });
    } finally {
      await setPrivateUrlsAllowed({ allow: false }, admin);
    }
  });
});
