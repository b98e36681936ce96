import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { STATE_LABELS } from "@/lib/review/workflow";
import { claimHref } from "@/lib/search/links";
import { LINK_KIND_LABELS } from "@/lib/search/schema";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { relatedClaims } from "@/lib/server/claims/related";
import { RelatedButtons } from "./related-buttons";
import { formatDay } from "@/lib/words/dates";

const percent = (score: number) => `${Math.round(score * 100)}%`;

/**
 * Claims from other articles that say the same or nearly the same thing, best first. Any suggestion
 * can be linked as the same claim, the same figure restated or related (the score is advice); one
 * with an approved verdict can also be linked reusing that check as a new proposal.
 */
export async function RelatedPanel({ claimId }: { claimId: string }) {
  const actor = await requirePageActor("article:read");
  const related = await relatedClaims(claimId, actor);
  const canLink = can(actor, "verdict:propose") && can(actor, "source:edit");
  const canDismiss = can(actor, "claim:edit");
  return (
    <section id="related-claims" className="panel-section related-panel" aria-labelledby="related-heading" data-testid="related-panel">
      <h2 id="related-heading">Related claims ({related.length})</h2>
      {related.length === 0 ? (
        <p className="muted">No claim in another article says the same thing.</p>
      ) : (
        <ol className="related-list">
          {related.map((entry) => (
            <li key={entry.id} className={`related-${entry.level}`} data-testid="related-claim" data-claim-id={entry.id}>
              <div className="related-head">
                <span className={`badge related-level-${entry.level}`}>{entry.linkKind ? `linked: ${LINK_KIND_LABELS[entry.linkKind].toLowerCase()}` : entry.level === "same" ? "same claim" : "possibly related"}</span>{" "}
                <span className={`badge state-${entry.status}`}>{STATE_LABELS[entry.status as keyof typeof STATE_LABELS] ?? entry.status}</span>{" "}
                {entry.verdict ? (
                  <span className="badge verdict-badge">{entry.verdict.ratingLabel}{entry.verdict.state === "proposed" ? " (proposed)" : ""}</span>
                ) : (
                  <span className="muted">no verdict</span>
                )}{" "}
                <span className="muted" title={`trigram ${entry.parts.trigram}, words ${entry.parts.tokens}, names ${entry.parts.entities}, figures ${entry.parts.figures ?? "—"}`}>
                  · score {percent(entry.score)}{entry.parts.figureConflict ? " · different figure" : ""}
                </span>
              </div>
              <div><Link href={claimHref(entry.articleId, entry.id)}>{entry.statement}</Link></div>
              <div className="muted">
                {[entry.speaker && `said by ${entry.speaker}`, entry.articleTitle, entry.outlet, entry.publishedAt && formatDay(entry.publishedAt)].filter(Boolean).join(" · ")}
              </div>
              {!entry.linked && (
                <RelatedButtons
                  claimId={claimId}
                  targetClaimId={entry.id}
                  canLink={canLink && entry.verdict?.state === "approved"}
                  canDismiss={canDismiss}
                />
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
