import type { Metadata } from "next";
import Link from "next/link";
import { CLAIM_TYPES } from "@/lib/extract";
import { CLAIM_STATES, STATE_LABELS } from "@/lib/review/workflow";
import { listArticles } from "@/lib/server/articles/articles";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { myQueue } from "@/lib/server/claims/queues";
import { formatMoment } from "@/lib/words/dates";
import { CLAIM_TYPE_LABELS } from "@/lib/words/labels";
import { PRIORITIES, PRIORITY_LABELS } from "@/lib/review/schedule";
import { ScheduleBadges } from "../claims/ui/schedule-badges";
import { listTags } from "@/lib/server/tags/tags";

export const metadata: Metadata = { title: "My queue" };

type Filters = { state?: string; type?: string; articleId?: string; priority?: string; overdue?: string; sort?: string; tag?: string };

export default async function MyQueuePage({ searchParams }: { searchParams: Promise<Filters> }) {
  const actor = await requirePageActor("claim:edit");
  const filters = await searchParams;
  const now = new Date();
  const [claims, articles, tags] = await Promise.all([myQueue(filters, actor), listArticles(actor, { take: 200 }), listTags(actor)]);
  const exportQuery = new URLSearchParams({ assigneeId: actor.id ?? "" });
  for (const key of ["state", "type", "articleId", "tag"] as const) if (filters[key]) exportQuery.set(key, filters[key]);
  return (
    <main>
      <h1>My queue</h1>
      <form className="inline filters" method="get" aria-label="Filter">
        <select name="state" defaultValue={filters.state ?? ""} aria-label="State">
          <option value="">Open (any state)</option>
          {CLAIM_STATES.map((state) => <option key={state} value={state}>{STATE_LABELS[state]}</option>)}
        </select>
        <select name="type" defaultValue={filters.type ?? ""} aria-label="Type">
          <option value="">Any type</option>
          {CLAIM_TYPES.map((type) => <option key={type} value={type}>{CLAIM_TYPE_LABELS[type]}</option>)}
        </select>
        <select name="articleId" defaultValue={filters.articleId ?? ""} aria-label="Article">
          <option value="">Any article</option>
          {articles.map((article) => <option key={article.id} value={article.id}>{article.title.slice(0, 60)}</option>)}
        </select>
        <select name="priority" defaultValue={filters.priority ?? ""} aria-label="Priority">
          <option value="">Any priority</option>
          {PRIORITIES.map((priority) => <option key={priority} value={priority}>{PRIORITY_LABELS[priority]}</option>)}
        </select>
        {tags.length > 0 && (
          <select name="tag" defaultValue={filters.tag ?? ""} aria-label="Tag">
            <option value="">Any tag</option>
            {tags.map((tag) => <option key={tag.id} value={tag.name}>{tag.name}</option>)}
          </select>
        )}
        <label><input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue === "1"} /> Overdue only</label>
        <select name="sort" defaultValue={filters.sort ?? ""} aria-label="Sort">
          <option value="">Waiting longest first</option>
          <option value="due">Due soonest first</option>
          <option value="priority">Most urgent first</option>
        </select>
        <button type="submit" className="secondary">Filter</button>
      </form>
      <nav className="export-links" aria-label="Export">
        <span className="muted">Export my claims with these filters:</span>
        <a href={`/api/v1/exports/claims.csv?${exportQuery}`} download>CSV</a>
        <a href={`/api/v1/exports/claims.json?${exportQuery}`} download>JSON</a>
      </nav>
      {claims.length === 0 ? (
        <p className="muted">Nothing assigned to you{filters.state || filters.type || filters.articleId || filters.priority || filters.overdue || filters.tag ? " matches these filters" : ""}.</p>
      ) : (
        <table data-testid="my-queue">
          <thead><tr><th>Claim</th><th>Type</th><th>State</th><th>Article</th><th>Waiting since</th></tr></thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.id}>
                <td>
                  <Link href={`/articles/${claim.article.id}?claim=${claim.id}`} dir="auto">{claim.statement}</Link>
                  {claim.returnNote && <div className="error">Returned: {claim.returnNote}</div>}
                </td>
                <td><span className={`badge type-${claim.type}`}>{CLAIM_TYPE_LABELS[claim.type]}</span></td>
                <td><span className={`badge state-${claim.status}`}>{STATE_LABELS[claim.status]}</span> <ScheduleBadges claim={claim} now={now} /></td>
                <td dir="auto">{claim.article.title}</td>
                <td>{formatMoment(claim.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
