import Link from "next/link";
import type { ReactNode } from "react";
import { CLAIM_TYPES, QUALIFIERS } from "@/lib/extract";
import { figureRow } from "@/lib/review/figures";
import { STANCES, claimEditSchema, figureInputSchema, reasonSchema, sourceCreateSchema, verdictProposeSchema, verdictReturnSchema } from "@/lib/review/schema";
import { stanceWarning } from "@/lib/review/stance-warning";
import { STATE_LABELS, availableActions } from "@/lib/review/workflow";
import { dateInputValue, formatDay, formatMoment } from "@/lib/words/dates";
import { inputLimits } from "@/lib/words/input-limits";
import { CLAIM_TYPE_LABELS, QUALIFIER_LABELS, claimTypeLabel, stanceLabel, verdictStateLabel } from "@/lib/words/labels";
import type { Actor } from "@/lib/server/auth/actors";
import type { ClaimDetail } from "@/lib/server/claims/claim-views";
import type { HistoryEntry } from "@/lib/server/claims/history";
import {
  addSourceAction,
  assignAction,
  dismissAction,
  editClaimAction,
  mergeAction,
  proposeAction,
  removeSourceAction,
  reopenAction,
  restoreAction,
  returnAction,
  scheduleAction,
  takeAction,
  updateSourceAction,
} from "../actions";
import { ActionForm } from "./action-form";
import { ApproveButton } from "./approve-button";
import { FigureRows } from "./figure-rows";
import { PresenceBar, StaleClaimNotice } from "./claim-live";
import { CommentThread } from "./comment-thread";
import { ScheduleBadges } from "./schedule-badges";
import { ClaimTags } from "./claim-tags";
import { PRIORITIES, PRIORITY_LABELS } from "@/lib/review/schedule";
import { HistoryList } from "./history-list";

export interface PanelOptions {
  ratings: { key: string; label: string; value: number }[];
  assignees: { id: string; name: string }[];
  history: HistoryEntry[];
  /** Other claims of the article, for merging. */
  neighbours?: { id: string; version: number; statement: string }[];
  /** Rendered after the sources, e.g. related claims. */
  afterSources?: ReactNode;
  /** On the claim's own page the panel does not link to it. */
  onClaimPage?: boolean;
}

const SOURCE_LIMITS = {
  title: inputLimits(sourceCreateSchema, "title"),
  publisher: inputLimits(sourceCreateSchema, "publisher"),
  excerpt: inputLimits(sourceCreateSchema, "excerpt"),
};
const STATEMENT_LIMITS = inputLimits(claimEditSchema, "statement");
const SPEAKER_LIMITS = inputLimits(claimEditSchema, "speaker");
const REASON_LIMITS = inputLimits(reasonSchema, "reason");
const RATIONALE_LIMITS = inputLimits(verdictProposeSchema, "rationale");
const NOTE_LIMITS = inputLimits(verdictReturnSchema, "note");
const FIGURE_LIMITS = {
  text: inputLimits(figureInputSchema, "text").maxLength ?? 200,
  unit: inputLimits(figureInputSchema, "unit").maxLength ?? 60,
};
const QUALIFIER_OPTIONS = QUALIFIERS.map((value) => ({ value, label: QUALIFIER_LABELS[value] }));
const sameWords = (a: string, b: string) => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

function SourceFields({ source }: { source?: ClaimDetail["sources"][number] }) {
  const prefix = source?.id ?? "new";
  return (
    <div className="grid source-fields">
      <div className="field"><label htmlFor={`${prefix}-url`}>URL</label><input id={`${prefix}-url`} name="url" type="url" required defaultValue={source?.url} /></div>
      <div className="field"><label htmlFor={`${prefix}-title`}>Title</label><input id={`${prefix}-title`} name="title" dir="auto" {...SOURCE_LIMITS.title} defaultValue={source?.title ?? ""} /></div>
      <div className="field"><label htmlFor={`${prefix}-publisher`}>Publisher</label><input id={`${prefix}-publisher`} name="publisher" dir="auto" {...SOURCE_LIMITS.publisher} defaultValue={source?.publisher ?? ""} /></div>
      <div className="field"><label htmlFor={`${prefix}-date`}>Date</label><input id={`${prefix}-date`} name="publishedAt" type="date" defaultValue={dateInputValue(source?.publishedAt)} /></div>
      <div className="field">
        <label htmlFor={`${prefix}-stance`}>Stance</label>
        <select id={`${prefix}-stance`} name="stance" defaultValue={source?.stance ?? "supports"}>
          {STANCES.map((stance) => <option key={stance} value={stance}>{stanceLabel(stance)}</option>)}
        </select>
      </div>
      <div className="field"><label htmlFor={`${prefix}-archived`}>Archived URL</label><input id={`${prefix}-archived`} name="archivedUrl" type="url" defaultValue={source?.archivedUrl ?? ""} /></div>
      <div className="field wide"><label htmlFor={`${prefix}-excerpt`}>Quoted excerpt</label><textarea id={`${prefix}-excerpt`} name="excerpt" rows={2} dir="auto" {...SOURCE_LIMITS.excerpt} defaultValue={source?.excerpt ?? ""} /></div>
    </div>
  );
}

/** Everything about one claim and the controls the user's role and the claim's state allow. */
export function ClaimPanel({ claim, actor, options }: { claim: ClaimDetail; actor: Actor; options: PanelOptions }) {
  const pending = claim.pendingVerdict;
  const allowed = availableActions(actor, { state: claim.status, assigneeId: claim.assigneeId, proposedById: pending?.authorId ?? null });
  const version = { claimId: claim.id, version: claim.version };
  const lastReturned = claim.status === "returned" ? claim.verdicts.find((verdict) => verdict.state === "returned") : undefined;
  const figureRows = claim.figures.map(figureRow);
  const shownVerdict = pending ?? claim.verdicts.find((verdict) => verdict.state === "approved");
  const shownRating = shownVerdict && options.ratings.find((rating) => rating.key === shownVerdict.ratingKey);
  const warning = shownRating ? stanceWarning(claim.sources.map((source) => source.stance), shownRating, options.ratings) : null;
  return (
    <div className="claim-panel card" data-testid="claim-panel" data-claim-id={claim.id}>
      <div className="claim-panel-head">
        <span className={`badge type-${claim.type}`}>{claimTypeLabel(claim.type)}</span>{" "}
        <span className={`badge state-${claim.status}`} data-testid="claim-state">{STATE_LABELS[claim.status]}</span>{" "}
        <ScheduleBadges claim={claim} now={new Date()} />{" "}
        <span className="muted">
          {claim.assignee ? `assigned to ${claim.assignee.name}` : "unassigned"} · version {claim.version}
          {claim.updatedBy && <> · last changed by {claim.updatedBy.name}, <time dateTime={claim.updatedAt.toISOString()}>{formatMoment(claim.updatedAt)}</time></>}
        </span>
      </div>
      <ClaimTags claimId={claim.id} actor={actor} />
      <PresenceBar claimId={claim.id} />
      <StaleClaimNotice claimId={claim.id} />
      {/* An untouched claim's statement is its quote: shown once, as the statement. */}
      {!sameWords(claim.quote, claim.statement) && <blockquote className="claim-quote" dir="auto" data-testid="claim-quote">{claim.quote}</blockquote>}
      <p dir="auto" data-testid="claim-statement"><strong>{claim.statement}</strong></p>
      {claim.speaker && <p className="muted" dir="auto">Speaker: {claim.speaker}</p>}
      {claim.figures.length > 0 && <p className="muted">Figures: {claim.figures.map((figure) => figure.text).join("; ")}</p>}
      {claim.status === "dismissed" && <p className="notice-box" dir="auto">Dismissed: {claim.dismissedReason}</p>}
      {lastReturned && <p className="notice-box" data-testid="return-note" dir="auto">Returned by {lastReturned.decidedBy?.name ?? "an editor"}: {lastReturned.note}</p>}
      {claim.status === "approved" && <p className="muted">Approved and locked: an editor can reopen it with a reason.</p>}

      <div className="panel-actions">
        {allowed.has("take") && claim.assigneeId !== actor.id && <ActionForm action={takeAction} hidden={version} submit="Take this claim" className="inline" shortcut="take" />}
        {allowed.has("assign") && (
          <ActionForm action={assignAction} hidden={version} submit="Assign" className="inline">
            <select name="userId" aria-label="Assign to" defaultValue={claim.assigneeId ?? ""}>
              <option value="" disabled>Assign to…</option>
              {options.assignees.map((user) => <option key={user.id} value={user.id}>{user.name}</option>)}
            </select>
          </ActionForm>
        )}
        {allowed.has("restore") && <ActionForm action={restoreAction} hidden={version} submit="Restore" className="inline" />}
      </div>

      {allowed.has("assign") && (
        <details className="panel-section">
          <summary>Due date and priority</summary>
          <ActionForm action={scheduleAction} hidden={version} submit="Save due date and priority" label="Due date and priority" className="inline">
            <input type="date" name="dueAt" aria-label="Due date" defaultValue={claim.dueAt?.toISOString().slice(0, 10) ?? ""} />{" "}
            <select name="priority" aria-label="Priority" defaultValue={claim.priority}>
              {PRIORITIES.map((priority) => <option key={priority} value={priority}>{PRIORITY_LABELS[priority]}</option>)}
            </select>{" "}
          </ActionForm>
          {claim.dueAt && <ActionForm action={scheduleAction} hidden={{ ...version, dueAt: "none" }} submit="Clear due date" className="inline" />}
        </details>
      )}

      {allowed.has("edit") && (
        <details className="panel-section" data-shortcut="edit">
          <summary>Edit claim</summary>
          <ActionForm action={editClaimAction} hidden={{ ...version, figuresOriginal: JSON.stringify(figureRows) }} submit="Save claim" label="Edit claim">
            <div className="field"><label htmlFor={`statement-${claim.id}`}>Statement</label><textarea id={`statement-${claim.id}`} name="statement" rows={3} dir="auto" {...STATEMENT_LIMITS} defaultValue={claim.statement} /></div>
            <div className="grid">
              <div className="field">
                <label htmlFor={`type-${claim.id}`}>Type</label>
                <select id={`type-${claim.id}`} name="type" defaultValue={claim.type}>{CLAIM_TYPES.map((type) => <option key={type} value={type}>{CLAIM_TYPE_LABELS[type]}</option>)}</select>
              </div>
              <div className="field"><label htmlFor={`speaker-${claim.id}`}>Speaker</label><input id={`speaker-${claim.id}`} name="speaker" dir="auto" {...SPEAKER_LIMITS} defaultValue={claim.speaker ?? ""} /></div>
            </div>
            <FigureRows rows={figureRows} qualifiers={QUALIFIER_OPTIONS} limits={FIGURE_LIMITS} />
            <p className="muted">To change the span, select text in the article and choose “Set as span”.</p>
          </ActionForm>
        </details>
      )}

      {allowed.has("merge") && options.neighbours && options.neighbours.length > 0 && (
        <details className="panel-section">
          <summary>Merge with another claim</summary>
          <MergeForm claim={claim} neighbours={options.neighbours} />
        </details>
      )}

      {allowed.has("dismiss") && (
        <details className="panel-section">
          <summary>Dismiss</summary>
          <ActionForm action={dismissAction} hidden={version} submit="Dismiss claim" danger>
            <div className="field"><label htmlFor={`dismiss-${claim.id}`}>Reason</label><input id={`dismiss-${claim.id}`} name="reason" dir="auto" {...REASON_LIMITS} placeholder="Not check-worthy because…" /></div>
          </ActionForm>
        </details>
      )}
      {allowed.has("reopen") && (
        <ActionForm action={reopenAction} hidden={version} submit="Reopen" label="Reopen claim">
          <div className="field"><label htmlFor={`reopen-${claim.id}`}>Reason for reopening</label><input id={`reopen-${claim.id}`} name="reason" dir="auto" {...REASON_LIMITS} /></div>
        </ActionForm>
      )}

      <section className="panel-section" aria-label="Sources">
        <h3>Sources ({claim.sources.length})</h3>
        {claim.sources.length === 0 && <p className="muted">No sources yet.</p>}
        <ul className="source-list">
          {claim.sources.map((source) => (
            <li key={source.id} data-testid="source">
              <span className={`badge stance-${source.stance}`}>{stanceLabel(source.stance)}</span>{" "}
              <a href={source.url} rel="noopener noreferrer" target="_blank" dir="auto">{source.title || source.url}</a>
              {source.publisher && <span className="muted" dir="auto"> · {source.publisher}</span>}
              {source.publishedAt && <span className="muted"> · <time dateTime={source.publishedAt.toISOString()}>{formatDay(source.publishedAt)}</time></span>}
              {source.archivedUrl && <> · <a href={source.archivedUrl} rel="noopener noreferrer" target="_blank">archived</a></>}
              {source.snapshot?.status === "captured" && <span className="muted" data-testid="snapshot"> · snapshot of <time dateTime={source.snapshot.fetchedAt.toISOString()}>{formatDay(source.snapshot.fetchedAt)}</time></span>}
              {source.snapshot?.status === "failed" && <span className="error" data-testid="snapshot"> · no snapshot: {source.snapshot.error}</span>}
              {source.excerpt && <blockquote className="source-excerpt" dir="auto">{source.excerpt}</blockquote>}
              {allowed.has("source") && (
                <details>
                  <summary>Edit source</summary>
                  <ActionForm action={updateSourceAction} hidden={{ sourceId: source.id, version: claim.version }} submit="Save source">
                    <SourceFields source={source} />
                  </ActionForm>
                  <ActionForm action={removeSourceAction} hidden={{ sourceId: source.id, version: claim.version }} submit="Remove source" danger className="inline" />
                </details>
              )}
            </li>
          ))}
        </ul>
        {allowed.has("source") && (
          <details className="panel-section" open={claim.sources.length === 0 && claim.status !== "new"} data-shortcut="source">
            <summary>Add a source</summary>
            <ActionForm action={addSourceAction} hidden={version} submit="Add source">
              <SourceFields />
            </ActionForm>
          </details>
        )}
      </section>

      {options.afterSources}

      <section className="panel-section" aria-label="Verdicts">
        <h3>Verdicts</h3>
        {claim.verdicts.length === 0 && <p className="muted">No verdict yet.</p>}
        {warning && <p className="notice-box" role="note" data-testid="stance-warning">{warning}. Check the rating or the sources’ stances.</p>}
        <ul className="verdict-list">
          {claim.verdicts.map((verdict) => (
            <li key={verdict.id} data-testid="verdict">
              <span className={`badge verdict-${verdict.state}`}>{verdictStateLabel(verdict.state)}</span> <strong>{verdict.rating.label}</strong>{" "}
              <span className="muted">by {verdict.author?.name ?? "?"}, <time dateTime={verdict.createdAt.toISOString()}>{formatMoment(verdict.createdAt)}</time></span>
              <p className="rationale" dir="auto">{verdict.rationale}</p>
              {verdict.note && <p className="muted" dir="auto">Editor’s note ({verdict.decidedBy?.name}): {verdict.note}</p>}
            </li>
          ))}
        </ul>
        {pending && (allowed.has("approve") || allowed.has("return")) && <DecideForms verdictId={pending.id} version={claim.version} />}
        {pending && pending.authorId === actor.id && actor.role !== "fact_checker" && <p className="muted">You proposed this verdict: another editor must decide it.</p>}
        {allowed.has("propose") && (
          <details className="panel-section" open={claim.sources.length > 0} data-shortcut="verdict">
            <summary>Propose a verdict</summary>
            <ActionForm action={proposeAction} hidden={version} submit="Propose verdict">
              <div className="field">
                <label htmlFor={`rating-${claim.id}`}>Rating</label>
                <select id={`rating-${claim.id}`} name="rating" defaultValue="" required>
                  <option value="" disabled>Choose a rating…</option>
                  {options.ratings.map((rating) => <option key={rating.key} value={rating.key}>{rating.label}</option>)}
                </select>
              </div>
              <div className="field"><label htmlFor={`rationale-${claim.id}`}>Rationale</label><textarea id={`rationale-${claim.id}`} name="rationale" rows={4} dir="auto" {...RATIONALE_LIMITS} /></div>
            </ActionForm>
          </details>
        )}
      </section>

      <CommentThread claimId={claim.id} actor={actor} />

      <details className="panel-section">
        <summary>History ({options.history.length})</summary>
        <HistoryList entries={options.history} ratings={options.ratings} />
      </details>
      <p>
        {!options.onClaimPage && <><Link href={`/claims/${claim.id}`}>Open the claim page</Link> · </>}
        <Link href={`/articles/${claim.article.id}?claim=${claim.id}`}>In the article</Link>
      </p>
    </div>
  );
}

export function DecideForms({ verdictId, version }: { verdictId: string; version: number }) {
  return (
    <div className="decide">
      <ApproveButton verdictId={verdictId} version={version} />
      <ActionForm action={returnAction} hidden={{ verdictId, version }} submit="Return" label="Return verdict" className="inline return-form">
        <input name="note" aria-label="Note for the fact-checker" placeholder="What needs fixing" dir="auto" data-shortcut="return" {...NOTE_LIMITS} />
      </ActionForm>
    </div>
  );
}

function MergeForm({ claim, neighbours }: { claim: ClaimDetail; neighbours: NonNullable<PanelOptions["neighbours"]> }) {
  return (
    <>
      {neighbours.map((other) => (
        <ActionForm key={other.id} action={mergeAction} hidden={{ claimId: claim.id, version: claim.version, otherId: other.id, otherVersion: other.version }} submit="Merge" className="merge-row" label={`Merge with ${other.statement}`}>
          <span className="muted" dir="auto">{other.statement.slice(0, 120)}</span>{" "}
        </ActionForm>
      ))}
    </>
  );
}
