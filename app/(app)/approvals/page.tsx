import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { approvalQueue } from "@/lib/server/claims/queues";
import { formatMoment } from "@/lib/words/dates";
import { claimTypeLabel, stanceLabel } from "@/lib/words/labels";
import { DecideForms } from "../claims/ui/claim-panel";
import { ScheduleBadges } from "../claims/ui/schedule-badges";
import { CLAIM_TYPES } from "@/lib/extract/types";
import { listOutlets } from "@/lib/server/articles/article-list";
import { ListProblem, listOrProblem } from "../ui/list-problem";
import { Pager, plainParams, rowsBefore } from "../ui/pager";

const PAGE_SIZE = 20;

export const metadata: Metadata = { title: "Approval queue" };

const FILTERS = ["type", "outlet"] as const;

export default async function ApprovalQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("verdict:decide");
  const params = plainParams(await searchParams);
  const filters = Object.fromEntries(FILTERS.flatMap((name) => (params[name] ? [[name, params[name]]] : [])));
  const [result, outlets] = await Promise.all([listOrProblem(approvalQueue({ ...filters, cursor: params.cursor, limit: PAGE_SIZE }, actor)), listOutlets(actor)]);
  if ("problem" in result) return <main><h1>Approval queue</h1><ListProblem message={result.problem} /></main>;
  const queue = result;
  const pager = <Pager path="/approvals" params={filters} at={rowsBefore(params.at)} shown={queue.items.length} total={queue.total} nextCursor={queue.nextCursor} noun="proposed verdicts, oldest first" />;
  return (
    <main>
      <h1>Approval queue</h1>
      <form className="inline filters" method="get" aria-label="Filter the queue">
        <label className="inline">Type
          <select name="type" defaultValue={filters.type ?? ""}>
            <option value="">Any type</option>
            {CLAIM_TYPES.map((type) => <option key={type} value={type}>{type}</option>)}
          </select>
        </label>
        <label className="inline">Outlet
          <select name="outlet" defaultValue={filters.outlet ?? ""}>
            <option value="">Any outlet</option>
            {outlets.map((outlet) => <option key={outlet} value={outlet}>{outlet}</option>)}
          </select>
        </label>
        <button type="submit" className="secondary">Show</button>
      </form>
      {pager}
      {queue.items.length === 0 && <p className="muted">Nothing waits for approval.</p>}
      {queue.items.map((item) => (
        <article key={item.id} className="card approval-item" data-testid="approval-item" data-claim-id={item.claim.id}>
          <div className="muted">
            <Link href={`/articles/${item.article.id}?claim=${item.claim.id}`} dir="auto">{item.article.title}</Link> · proposed by {item.author?.name ?? "?"} on{" "}
            <time dateTime={item.createdAt.toISOString()}>{formatMoment(item.createdAt)}</time>
          </div>
          <p className="claim-context" dir="auto">
            {item.context.before}<mark className={`claim type-${item.claim.type}`}>{item.context.quote}</mark>{item.context.after}
          </p>
          <p><span className={`badge type-${item.claim.type}`}>{claimTypeLabel(item.claim.type)}</span> <ScheduleBadges claim={{ ...item.claim, status: "proposed" }} now={new Date()} /> <strong dir="auto">{item.claim.statement}</strong></p>
          <div className="approval-grid">
            <div>
              <h3>Sources ({item.claim.sources.length})</h3>
              <ul className="source-list">
                {item.claim.sources.map((source) => (
                  <li key={source.id}>
                    <span className={`badge stance-${source.stance}`}>{stanceLabel(source.stance)}</span>{" "}
                    <a href={source.url} target="_blank" rel="noopener noreferrer" dir="auto">{source.title || source.url}</a>
                    {source.publisher && <span className="muted"> · {source.publisher}</span>}
                    {source.excerpt && <blockquote className="source-excerpt" dir="auto">{source.excerpt}</blockquote>}
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h3>Verdict: <span data-testid="rating">{item.rating.label}</span></h3>
              <p className="rationale" dir="auto">{item.rationale}</p>
              {item.mine ? <p className="muted">You proposed this verdict: another editor must decide it.</p> : <DecideForms verdictId={item.id} version={item.claim.version} />}
            </div>
          </div>
        </article>
      ))}
      {queue.nextCursor && pager}
    </main>
  );
}
