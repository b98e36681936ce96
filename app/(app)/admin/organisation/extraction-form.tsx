"use client";

import { useActionState } from "react";
import { saveExtractionThresholdAction } from "./actions";

export function ExtractionForm({ threshold, min, max }: { threshold: number; min: number; max: number }) {
  const [state, action, pending] = useActionState(saveExtractionThresholdAction, null);
  const messages = state?.fields?.threshold;
  return (
    <form action={action}>
      <div className="field">
        <label htmlFor="extract-threshold">Claim threshold</label>
        <input id="extract-threshold" name="threshold" type="number" min={min} max={max} step={0.05} defaultValue={threshold} required />
        {messages && <div className="error">{messages.join(" ")}</div>}
      </div>
      <button type="submit" disabled={pending}>Apply threshold</button>{" "}
      {state && <span className={state.ok ? "notice" : "error"} role="status">{state.message}</span>}
    </form>
  );
}
