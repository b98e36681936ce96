import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { bodyStart } from "@/lib/articles/body";
import { segmentText } from "@/lib/articles/segments";
import { can } from "@/lib/auth/permissions";
import { bulkActionsFor } from "@/lib/review/bulk";
import { STATE_LABELS, availableActions } from "@/lib/review/workflow";
import { listAssignees } from "@/lib/server/claims/assignments";
import { getArticleWorkspace } from "@/lib/server/claims/claim-views";
import { AppError } from "@/lib/server/http/errors";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { assignArticleAction, reextractArticleAction } from "../../claims/actions";
import { ActionForm } from "../../claims/ui/action-form";
import { ClaimPanel } from "../../claims/ui/claim-panel";
import { loadPanel } from "../../claims/ui/load-panel";
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

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string }> }) {
  const actor = await requirePageActor("article:read");
  const [{ id }, { claim: selectedId }] = await Promise.all([params, searchParams]);
  const article = await orNotFound(getArticleWorkspace(id, actor));
  const assignees = can(actor, "claim:assign") ? await listAssignees(actor) : [];
  const claimsById = new Map(article.claims.map((claim) => [claim.id, claim]));
  const selected = selectedId && claimsById.has(selectedId) ? await loadPanel(selectedId, actor) : null;
  const segments = segmentText(article.text.length, article.claims, bodyStart(article.text));
  const allowed = selected ? availableActions(actor, { state: selected.claim.status, assigneeId: selected.claim.assigneeId }) : new Set();
  return (
    <main className="wide">
      <h1>{article.title}</h1>
      <ExportLinks articleId={article.id} />
      <p className="muted">
        {[article.outlet, article.author, article.publishedAt?.toISOString().slice(0, 10)].filter(Boolean).join(" · ") || "No source details"}
        {article.url && <> · <a href={article.url} rel="noopener noreferrer">original</a></>}
      </p>
      {assignees.length > 0 && (
        <ActionForm action={assignArticleAction} hidden={{ articleId: article.id }} submit="Assign all open claims" className="inline assign-article">
          <select name="userId" aria-label="Assign the article's open claims to" defaultValue="">
            <option value="" disabled>Assign this article’s open claims to…</option>
            {assignees.map((user) => <option key={user.id} value={user.id}>{user.name}</option>)}
          </select>
        </ActionForm>
      )}
      {article.archivedAt && <p className="notice-box" data-testid="archived-notice">{`Archived on ${article.archivedAt.toISOString().slice(0, 10)}: not shown in lists or search; exports and history keep it.`}</p>}
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
      <div className="article-layout">
        <SelectableText
          articleId={article.id}
          selected={selected ? { id: selected.claim.id, version: selected.claim.version, start: selected.claim.start, end: selected.claim.end } : null}
          canCreate={can(actor, "claim:edit")}
          canEditSelected={allowed.has("edit")}
          canSplitSelected={allowed.has("split")}
        >
          {segments.map((segment) => {
            const piece = article.text.slice(segment.start, segment.end);
            const claimId = segment.spanIds.at(-1);
            const claim = claimId ? claimsById.get(claimId) : undefined;
            return claim ? (
              <mark
                key={segment.start}
                className={`claim type-${claim.type}${selectedId && segment.spanIds.includes(selectedId) ? " selected" : ""}${claim.status === "dismissed" ? " dismissed" : ""}`}
                title={claim.type}
                data-claim-id={claim.id}
                data-start={segment.start}
                data-end={segment.end}
              >
                {piece}
              </mark>
            ) : (
              <span key={segment.start} data-start={segment.start} data-end={segment.end}>{piece}</span>
            );
          })}
        </SelectableText>
        <section>
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
            <p className="muted">Select a claim in the text or the list to work on it{can(actor, "claim:edit") ? ", or select text to add one" : ""}.</p>
          )}
          <h2>Claims ({article.claims.length})</h2>
          <BulkClaims
            claims={article.claims.map((claim) => ({ id: claim.id, version: claim.version, label: claim.statement }))}
            total={article.claims.length}
            matching={null}
            assignees={assignees}
            allowed={bulkActionsFor(actor)}
          >
          <ol className="claim-list" data-testid="claim-list">
            {article.claims.map((claim, index) => (
              <li key={claim.id} className={`type-${claim.type}${claim.id === selectedId ? " selected" : ""}`}>
                <SelectClaim index={index} id={claim.id} label={claim.statement} />{" "}
                <Link href={`?claim=${claim.id}`} scroll={false} prefetch={false} className="claim-link">
                  <span className="badge">{claim.type}</span> <span className={`badge state-${claim.status}`}>{STATE_LABELS[claim.status]}</span>{" "}
                  <span className="muted">{`${claim.assignee ? claim.assignee.name : "unassigned"} · ${claim.sourceCount} source${claim.sourceCount === 1 ? "" : "s"}`}</span>
                  <div>{claim.statement}</div>
                </Link>
                {claim.speaker && <div className="muted">{`Speaker: ${claim.speaker}`}</div>}
                {claim.figures.length > 0 && <div className="muted">{`Figures: ${claim.figures.map((figure) => figure.text).join("; ")}`}</div>}
              </li>
            ))}
          </ol>
          </BulkClaims>
        </section>
      </div>
    </main>
  );
}
