"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/server/http/action";
import { LINK_KINDS, LINK_KIND_LABELS } from "@/lib/search/schema";
import { linkAsAction, linkRelatedAction, notRelatedAction } from "./related-actions";

/**
 * Link / not-related for one suggestion, whatever its score: the checker decides. Reusing the check
 * needs the other claim's approved verdict; the server re-checks the workflow rules either way.
 */
export function RelatedButtons({ claimId, targetClaimId, canLink, canDismiss }: { claimId: string; targetClaimId: string; canLink: boolean; canDismiss: boolean }) {
  const [linkState, link, linking] = useActionState<ActionState, FormData>(linkRelatedAction.bind(null, claimId, targetClaimId), null);
  const [linkAsState, linkAs, linkingAs] = useActionState<ActionState, FormData>(linkAsAction.bind(null, claimId, targetClaimId), null);
  const [dismissState, dismiss, dismissing] = useActionState<ActionState, FormData>(notRelatedAction.bind(null, claimId, targetClaimId), null);
  const state = linkState ?? linkAsState ?? dismissState;
  const busy = linking || linkingAs || dismissing;
  return (
    <div className="related-buttons">
      {canLink && (
        <form action={link} className="inline">
          <button type="submit" disabled={busy}>{linking ? "Linking…" : "Link and reuse check"}</button>
        </form>
      )}{" "}
      {canDismiss && (
        <form action={linkAs} className="inline link-as">
          <select name="kind" aria-label="Link as" defaultValue="same_claim">
            {LINK_KINDS.map((kind) => <option key={kind} value={kind}>{LINK_KIND_LABELS[kind]}</option>)}
          </select>{" "}
          <button type="submit" className="secondary" disabled={busy}>{linkingAs ? "Linking…" : "Link"}</button>
        </form>
      )}{" "}
      {canDismiss && (
        <form action={dismiss} className="inline">
          <button type="submit" className="secondary" disabled={busy}>{dismissing ? "Saving…" : "Not related"}</button>
        </form>
      )}{" "}
      {state && <span className={state.ok ? "notice" : "error"} role="status">{state.message}</span>}
    </div>
  );
}
