"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/server/http/action";
import { linkRelatedAction, notRelatedAction } from "./related-actions";

/** Link / not-related for one suggestion; the server re-checks the workflow rules either way. */
export function RelatedButtons({ claimId, targetClaimId, canLink, canDismiss }: { claimId: string; targetClaimId: string; canLink: boolean; canDismiss: boolean }) {
  const [linkState, link, linking] = useActionState<ActionState, FormData>(linkRelatedAction.bind(null, claimId, targetClaimId), null);
  const [dismissState, dismiss, dismissing] = useActionState<ActionState, FormData>(notRelatedAction.bind(null, claimId, targetClaimId), null);
  const state = linkState ?? dismissState;
  return (
    <div className="related-buttons">
      {canLink && (
        <form action={link} className="inline">
          <button type="submit" disabled={linking || dismissing}>{linking ? "Linking…" : "Link and reuse check"}</button>
        </form>
      )}{" "}
      {canDismiss && (
        <form action={dismiss} className="inline">
          <button type="submit" className="secondary" disabled={linking || dismissing}>{dismissing ? "Saving…" : "Not related"}</button>
        </form>
      )}{" "}
      {state && <span className={state.ok ? "notice" : "error"} role="status">{state.message}</span>}
    </div>
  );
}
