import type { Metadata } from "next";
import { MIN_POLL_MINUTES } from "@/lib/feeds/schema";
import { listFeeds } from "@/lib/server/feeds/feeds";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { ActionForm } from "../../claims/ui/action-form";
import { createFeedAction, toggleFeedAction } from "./actions";

export const metadata: Metadata = { title: "Feeds" };
export const dynamic = "force-dynamic";

const time = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace("T", " ") : "never");

export default async function FeedsPage() {
  const actor = await requirePageActor("settings:manage");
  const feeds = await listFeeds(actor);
  return (
    <main>
      <h1>Feeds</h1>
      <p className="muted">
        Each feed is polled on its interval (conditional GET); every new item&apos;s page is fetched, its main text read and imported
        with the feed&apos;s outlet. Items already stored (same address or same text) are skipped.
      </p>
      {feeds.length === 0 ? (
        <p className="muted">No feeds yet.</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="feeds-table">
            <thead>
              <tr><th>Feed</th><th>Outlet</th><th>Every</th><th>Last poll</th><th>Imported</th><th>Skipped</th><th>Failed</th><th>Last error</th><th /></tr>
            </thead>
            <tbody>
              {feeds.map((feed) => (
                <tr key={feed.id}>
                  <td className="wrap-anywhere">{feed.url}</td>
                  <td>{feed.outlet}</td>
                  <td>{feed.intervalMinutes} min</td>
                  <td>{time(feed.lastPolledAt)}</td>
                  <td>{feed.itemsImported}</td>
                  <td>{feed.itemsSkipped}</td>
                  <td>{feed.itemsFailed}</td>
                  <td className="error">{feed.lastError}</td>
                  <td>
                    <ActionForm action={toggleFeedAction} hidden={{ feedId: feed.id, enabled: String(!feed.enabled) }} submit={feed.enabled ? "Turn off" : "Turn on"} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Add a feed</h2>
      <div className="card" style={{ maxWidth: 520 }}>
        <ActionForm action={createFeedAction} hidden={{}} submit="Add feed">
          <div className="field"><label htmlFor="feed-url">Feed URL (RSS or Atom)</label><input id="feed-url" name="url" type="url" required /></div>
          <div className="field"><label htmlFor="feed-outlet">Outlet</label><input id="feed-outlet" name="outlet" required /></div>
          <div className="field">
            <label htmlFor="feed-interval">Poll every (minutes, at least {MIN_POLL_MINUTES})</label>
            <input id="feed-interval" name="intervalMinutes" type="number" min={MIN_POLL_MINUTES} defaultValue={60} required />
          </div>
        </ActionForm>
      </div>
    </main>
  );
}
