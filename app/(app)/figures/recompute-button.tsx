"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/server/http/action";
import { recomputeGroupsAction } from "./actions";

export function RecomputeButton() {
  const [state, action, pending] = useActionState<ActionState, FormData>(recomputeGroupsAction, null);
  return (
    <form action={action} className="inline">
      <button type="submit" className="secondary" disabled={pending}>{pending ? "Grouping…" : "Regroup claims"}</button>
      {state && <span className={state.ok ? "notice" : "error"} role="status">{state.message}</span>}
    </form>
  );
}
