import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { CLAIM_TYPES } from "@/lib/extract/types";
import { bulkActionsFor } from "@/lib/review/bulk";
import { CLAIM_SORTS, CLAIM_SORT_LABELS } from "@/lib/review/claim-list";
import { CLAIM_STATES, STATE_LABELS } from "@/lib/review/workflow";
import { claimHref } from "@/lib/search/links";
import type { Actor } from "@/lib/server/auth/actors";
import { listOutlets } from "@/lib/server/articles/article-list";
import { listAssignees } from "@/lib/server/claims/assignments";
import { listClaimPage } from "@/lib/server/claims/claim-list";
import { ListProblem, listOrProblem } from "../../ui/list-problem";
import { Pager, rowsBefore } from "../../ui/pager";
import { PRIORITIES, PRIORITY_LABELS } from "@/lib/review/schedule";
import { formatMoment } from "@/lib/words/dates";
import { CLAIM_TYPE_LABELS } from "@/lib/words/labels";
import { BulkClaims, SelectClaim } from "./bulk-selection";
import { ScheduleBadges } from "./schedule-badges";

const FILTERS = ["sort", "state", "type", "assignee", "articleId", "outlet", "from", "to", "priority", "overdue", "tag", "limit"] as const;

/**
 * A claims list with its filters in the URL, keyset pages and bulk actions: the claims list and
 * My queue (which fixes the assignee to the reader and shows open claims unless asked otherwise).
 */
export async function ClaimListView({ actor, path, params, fixed, defaults, testId }: {
  actor: Actor;
  testId: string;
  path: string;
  params: Record<string, string>;
  /** Filters the page sets itself; not shown in the form. */
  fixed: Record<string, string>;
  defaults: Record<string, string>;
}) {
  const chosen = Object.fromEntries(FILTERS.flatMap((name) => (params[name] ? [[name, params[name]]] : [])));
  const query = { ...defaults, ...chosen, ...fixed };
  const canAssign = can(actor, "claim:assign");
  const now = new Date();
  const [page, outlets, assignees] = await Promise.all([
    listOrProblem(listClaimPage({ ...query, cursor: params.cursor }, actor)),
    listOutlets(actor),
    canAssign || !fixed.assignee ? listAssignees(actor) : Promise.resolve([]),
  ]);
  const exportQuery = new URLSearchParams(Object.entries({ state: query.state === "open" ? "" : query.state, type: query.type, articleId: query.articleId, from: query.from, to: query.to, assigneeId: query.assignee === "me" ? actor.id : query.assignee }).flatMap(([key, value]) => (value && value !== "none" ? [[key, value]] : [])));
  return (
    <>
      <form className="inline filters" method="get" aria-label="Filter claims">
        <label className="inline">Sort
          <select name="sort" defaultValue={query.sort ?? CLAIM_SORTS[0]}>
            {CLAIM_SORTS.map((sort) => <option key={sort} value={sort}>{CLAIM_SORT_LABELS[sort]}</option>)}
          </select>
        </label>
        <label className="inline">State
          <select name="state" defaultValue={chosen.state ?? ""}>
            {/* My queue shows open claims unless another state is chosen. */}
            <option value="">{defaults.state === "open" ? "Open (not approved or dismissed)" : "Any state"}</option>
            {defaults.state !== "open" && <option value="open">Open (not approved or dismissed)</option>}
            {CLAIM_STATES.map((state) => <option key={state} value={state}>{STATE_LABELS[state]}</option>)}
          </select>
        </label>
        <label className="inline">Type
          <select name="type" defaultValue={query.type ?? ""}>
            <option value="">Any type</option>
            {CLAIM_TYPES.map((type) => <option key={type} value={type}>{type}</option>)}
          </select>
        </label>
        {!fixed.assignee && (
          <label className="inline">Assignee
            <select name="assignee" defaultValue={query.assignee ?? ""}>
              <option value="">Anyone</option>
              <option value="me">Me</option>
              <option value="none">Nobody</option>
              {assignees.map((user) => <option key={user.id} value={user.id}>{user.name}</option>)}
            </select>
          </label>
        )}
        <label className="inline">Outlet
          <select name="outlet" defaultValue={query.outlet ?? ""}>
            <option value="">Any outlet</option>
            {outlets.map((outlet) => <option key={outlet} value={outlet}>{outlet}</option>)}
          </select>
        </label>
        <label className="inline">Published from <input type="date" name="from" defaultValue={query.from ?? ""} /></label>
        <label className="inline">to <input type="date" name="to" defaultValue={query.to ?? ""} /></label>
        <label className="inline">Priority
          <select name="priority" defaultValue={query.priority ?? ""}>
            <option value="">Any priority</option>
            {PRIORITIES.map((priority) => <option key={priority} value={priority}>{PRIORITY_LABELS[priority]}</option>)}
          </select>
        </label>
        <label className="inline"><input type="checkbox" name="overdue" value="true" defaultChecked={query.overdue === "true"} /> Overdue only</label>
        <label className="inline">Tag <input type="text" name="tag" defaultValue={query.tag ?? ""} maxLength={40} size={12} /></label>
        {query.articleId && <input type="hidden" name="articleId" value={query.articleId} />}
        {query.limit && <input type="hidden" name="limit" value={query.limit} />}
        <button type="submit" className="secondary">Show</button>
        {Object.keys(chosen).length > 0 && <Link href={path}>Clear</Link>}
      </form>
      <nav className="export-links" aria-label="Export">
        <span className="muted">Export these claims:</span>
        <a href={`/api/v1/exports/claims.csv?${exportQuery}`} download>CSV</a>
        <a href={`/api/v1/exports/claims.json?${exportQuery}`} download>JSON</a>
      </nav>
      {"problem" in page ? (
        <ListProblem message={page.problem} />
      ) : (
        <>
          <Pager path={path} params={chosen} at={rowsBefore(params.at)} shown={page.items.length} total={page.total} nextCursor={page.nextCursor} noun="claims" />
          {page.items.length === 0 ? (
            <p className="muted">No claim matches these filters.</p>
          ) : (
            <BulkClaims
              claims={page.items.map((claim) => ({ id: claim.id, version: claim.version, label: claim.statement }))}
              total={page.total}
              matching={new URLSearchParams(query).toString()}
              assignees={canAssign ? assignees : []}
              allowed={bulkActionsFor(actor).filter((action) => action !== "assign" || canAssign)}
            >
              <table data-testid={testId}>
                <thead><tr><th><span className="visually-hidden">Select</span></th><th>Claim</th><th>Type</th><th>State</th><th>Assignee</th><th>Article</th><th>Waiting since</th></tr></thead>
                <tbody>
                  {page.items.map((claim, index) => (
                    <tr key={claim.id} data-claim-id={claim.id}>
                      <td><SelectClaim index={index} id={claim.id} label={claim.statement} /></td>
                      <td>
                        <Link href={claimHref(claim.articleId, claim.id)} dir="auto">{claim.statement}</Link>
                        {claim.returnNote && <div className="error">Returned: {claim.returnNote}</div>}
                      </td>
                      <td><span className={`badge type-${claim.type}`}>{CLAIM_TYPE_LABELS[claim.type as keyof typeof CLAIM_TYPE_LABELS] ?? claim.type}</span></td>
                      <td><span className={`badge state-${claim.status}`}>{STATE_LABELS[claim.status]}</span> <ScheduleBadges claim={claim} now={now} /></td>
                      <td>{claim.assigneeName ?? "—"}</td>
                      <td dir="auto">{claim.articleTitle}</td>
                      <td><time dateTime={claim.updatedAt.toISOString()}>{formatMoment(claim.updatedAt)}</time></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </BulkClaims>
          )}
          {page.nextCursor && <Pager path={path} params={chosen} at={rowsBefore(params.at)} shown={page.items.length} total={page.total} nextCursor={page.nextCursor} noun="claims" />}
        </>
      )}
    </>
  );
}
