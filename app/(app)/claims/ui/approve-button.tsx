"use client";

import { startTransition, useActionState, useEffect, useState } from "react";
import { approveAction } from "../actions";

export const UNDO_SECONDS = 10;

type Step = { name: "idle"; undone?: boolean } | { name: "confirm" } | { name: "waiting"; left: number };

/**
 * Approve asks first, then waits UNDO_SECONDS before it sends anything: "Undo approval" in that
 * window simply never sends it. Nothing reaches the server (or the published reports and feed)
 * until the window has passed, so an undone approval leaves no trace to clean up. Leaving the page
 * during the window cancels the approval, and the browser asks before it lets the page go.
 */
export function ApproveButton({ verdictId, version }: { verdictId: string; version: number }) {
  const [state, formAction, pending] = useActionState(approveAction, null);
  const [step, setStep] = useState<Step>({ name: "idle" });

  useEffect(() => {
    if (step.name !== "waiting") return;
    if (step.left === 0) {
      const form = new FormData();
      form.set("verdictId", verdictId);
      form.set("version", String(version));
      setStep({ name: "idle" });
      startTransition(() => formAction(form));
      return;
    }
    const timer = setTimeout(() => setStep({ name: "waiting", left: step.left - 1 }), 1000);
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("beforeunload", warn);
    };
  }, [step, verdictId, version, formAction]);

  return (
    <div className="approve" data-testid="approve">
      {step.name === "idle" && (
        <button type="button" data-shortcut="approve" disabled={pending || state?.ok} onClick={() => setStep({ name: "confirm" })}>
          {pending ? "Approving…" : "Approve"}
        </button>
      )}
      {step.name === "confirm" && (
        <span role="group" aria-label="Confirm approval" className="approve-confirm">
          <span>Approve this verdict? It will appear in reports and the public feed.</span>{" "}
          <button type="button" onClick={() => setStep({ name: "waiting", left: UNDO_SECONDS })} autoFocus>Yes, approve</button>{" "}
          <button type="button" className="secondary" onClick={() => setStep({ name: "idle" })}>Cancel</button>
        </span>
      )}
      {step.name === "waiting" && (
        <span role="status" className="approve-waiting">
          Approving in {step.left} s…{" "}
          <button type="button" className="secondary" data-shortcut="undo" onClick={() => setStep({ name: "idle", undone: true })} autoFocus>Undo approval</button>
        </span>
      )}
      {step.name === "idle" && step.undone && !state && <span className="notice form-outcome" role="status">Approval undone: nothing was sent.</span>}
      {state && <span className={state.ok ? "notice form-outcome" : "error form-outcome"} role={state.ok ? "status" : "alert"}>{state.message}</span>}
    </div>
  );
}
