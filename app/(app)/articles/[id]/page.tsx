import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { claimPage, neighbourIds } from "@/lib/articles/claim-pages";
import { textMarks } from "@/lib/articles/text-marks";
import { bodyStart } from "@/lib/articles/body";
import { can } from "@/lib/auth/permissions";
import { bulkActionsFor } from "@/lib/review/bulk";
import { STATE_LABELS, availableActions } from "@/lib/review/workflow";
import { listAssignees } from "@/lib/server/claims/assignments";
import { getArticleWorkspace } from "@/lib/server/claims/claim-views";
import { AppError } from "@/lib/server/http/errors";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { formatDay } from "@/lib/words/dates";
import { claimTypeLabel } from "@/lib/words/labels";
import { assignArticleAction, reextractArticleAction, scheduleArticleAction } from "../../claims/actions";
import { ScheduleBadges } from "../../claims/ui/schedule-badges";
import { PRIORITIES, PRIORITY_LABELS } from "@/lib/review/schedule";
import { ActionForm } from "../../claims/ui/action-form";
import { ClaimPanel } from "../../claims/ui/claim-panel";
import { loadPanel } from "../../claims/ui/load-panel";
import { ClaimShortcuts } from "./claim-shortcuts";
import { BulkClaims, SelectClaim } from "../../claims/ui/bulk-selection";
import { archiveArticleAction } from "./archive-action";
import { ExportLinks } from "./export-links";
import { SelectableText } from "./selectable-text";

export const metadata: Metadata = { title: "Article" };

async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string; page?: string }> }) {
  const actor = await requirePageActor("article:read");
  const [{ id }, { claim: selectedId, page: requestedPage }] = await Promise.all([params, searchParams]);
  const article = await orNotFound(getArticleWorkspace(id, actor));
  const assignees = can(actor, "claim:assign") ? await listAssignees(actor) : [];
  const claimIds = article.claims.map((claim) => claim.id);
  const selectedIndex = selectedId ? claimIds.indexOf(selectedId) : -1;
  const selected = selectedIndex >= 0 ? await loadPanel(selectedId!, actor) : null;
  const now = new Date();
  const allowed = selected ? availableActions(actor, { state: selected.claim.status, assigneeId: selected.claim.assigneeId }) : new Set();
  const list = claimPage(article.claims.length, { requested: requestedPage, selectedIndex });
  const pageHref = (page: number) => `?${new URLSearchParams({ ...(selected ? { claim: selected.claim.id } : {}), page: String(page) }).toString()}`;
  const details = [article.outlet, article.author, article.publishedAt && formatDay(article.publishedAt)].filter(Boolean).join(" · ");
  return (
    <main className="wide">
      <h1 dir="auto">{article.title}</h1>
      <ExportLinks articleId={article.id} />
      <p className="muted">
        {/* An article without these fields still has sources on its claims: say which details are missing, not "no sources". */}
        {details || "Outlet, author and date not recorded"}
        {article.url && <> · <a href={article.url} rel="noopener noreferrer">original</a></>}
      </p>
      {assignees.length > 0 && (
        <ActionForm action={assignArticleAction} hidden={{ articleId: article.id }} submit="Assign all open claims" className="inline assign-article">
          <select name="userId" aria-label="Assign the article's open claims to" defaultValue="" required>
            <option value="" disabled>Assign this article’s open claims to…</option>
            {assignees.map((user) => <option key={user.id} value={user.id}>{user.name}</option>)}
          </select>
        </ActionForm>
      )}
      {assignees.length > 0 && (
        <ActionForm action={scheduleArticleAction} hidden={{ articleId: article.id }} submit="Schedule open claims" className="inline schedule-article" label="Due date and priority of the open claims">
          <input type="date" name="dueAt" aria-label="Due date of the open claims" />{" "}
          <select name="priority" aria-label="Priority of the open claims" defaultValue="">
            <option value="">Priority unchanged</option>
            {PRIORITIES.map((priority) => <option key={priority} value={priority}>{PRIORITY_LABELS[priority]}</option>)}
          </select>{" "}
        </ActionForm>
      )}
      {article.archivedAt && <p className="notice-box" data-testid="archived-notice">{`Archived on ${formatDay(article.archivedAt)}: not shown in lists or search; exports and history keep it.`}</p>}
      {can(actor, "article:archive") && (
        <ActionForm
          action={archiveArticleAction}
          hidden={{ articleId: article.id, archived: article.archivedAt ? "false" : "true" }}
          submit={article.archivedAt ? "Unarchive" : "Archive"}
          className="inline archive"
        />
      )}
      {can(actor, "article:reextract") && (
        <ActionForm action={reextractArticleAction} hidden={{ articleId: article.id }} submit="Run extraction again" className="inline reextract" />
      )}
      <ClaimShortcuts selectedId={selected?.claim.id ?? null} {...neighbourIds(claimIds, selected?.claim.id)} />
      <div className="article-layout">
        <SelectableText
          articleId={article.id}
          text={article.text}
          marks={textMarks(article.text.length, article.claims, bodyStart(article.text))}
          selected={selected ? { id: selected.claim.id, version: selected.claim.version, start: selected.claim.start, end: selected.claim.end } : null}
          canCreate={can(actor, "claim:edit")}
          canEditSelected={allowed.has("edit")}
          canSplitSelected={allowed.has("split")}
        />
        <section className="claim-column">
          {selected ? (
            <ClaimPanel
              key={selected.claim.id}
              claim={selected.claim}
              actor={actor}
              options={{
                ...selected.options,
                neighbours: article.claims
                  .filter((claim) => claim.id !== selected.claim.id && Math.abs(claim.start - selected.claim.start) < 2000)
                  .map((claim) => ({ id: claim.id, version: claim.version, statement: claim.statement }))
                  .slice(0, 6),
              }}
            />
          ) : (
            <p className="muted">Select a claim in the text or the list to work on it{can(actor, "claim:edit") ? ", or select text to add one" : ""}. Keys: j and k walk the claims, ? lists the rest.</p>
          )}
          <h2>Claims ({article.claims.length})</h2>
          <BulkClaims
            claims={article.claims.map((claim) => ({ id: claim.id, version: claim.version, label: claim.statement }))}
            total={article.claims.length}
            matching={null}
            assignees={assignees}
            allowed={bulkActionsFor(actor)}
          >
          <ol className="claim-list" data-testid="claim-list" start={list.from + 1}>
            {article.claims.slice(list.from, list.to).map((claim, index) => (
              <li key={claim.id} className={`type-${claim.type}${claim.id === selectedId ? " selected" : ""}`} data-claim-row={claim.id}>
                <SelectClaim index={list.from + index} id={claim.id} label={claim.statement} />{" "}
                <Link href={`?claim=${claim.id}`} scroll={false} prefetch={false} className="claim-link">
                  <span className="badge">{claimTypeLabel(claim.type)}</span> <span className={`badge state-${claim.status}`}>{STATE_LABELS[claim.status]}</span>{" "}
                  <ScheduleBadges claim={claim} now={now} />{" "}
                  <span className="muted">{`${claim.assignee ? claim.assignee.name : "unassigned"} · ${claim.sourceCount} source${claim.sourceCount === 1 ? "" : "s"}`}</span>
                  <div dir="auto">{claim.statement}</div>
                </Link>
                {claim.speaker && <div className="muted" dir="auto">{`Speaker: ${claim.speaker}`}</div>}
                {claim.figures.length > 0 && <div className="muted">{`Figures: ${claim.figures.map((figure) => figure.text).join("; ")}`}</div>}
              </li>
            ))}
          </ol>
          </BulkClaims>
          {list.pages > 1 && (
            <nav className="pager" aria-label="Claim pages" data-testid="claim-pager">
              {list.page > 1 ? <Link href={pageHref(list.page - 1)} scroll={false} prefetch={false}>← Previous</Link> : <span />}
              <span className="muted">Claims {list.from + 1}–{list.to} of {article.claims.length}</span>
              {list.page < list.pages ? <Link href={pageHref(list.page + 1)} scroll={false} prefetch={false}>Next →</Link> : <span />}
            </nav>
          )}
        </section>
      </div>
    </main>
  );
}
