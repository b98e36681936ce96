"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/server/http/action";
import { setGroupAction } from "../actions";

/** A reviewer's correction of one claim's group; regrouping keeps it. */
export function GroupForm({ claimId, groupId, groups }: { claimId: string; groupId: string; groups: { id: string; label: string }[] }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(setGroupAction.bind(null, claimId), null);
  const [choice, setChoice] = useState(groupId);
  return (
    <form action={action} className="group-form">
      <select name="group" value={choice} onChange={(event) => setChoice(event.target.value)} aria-label="Figure group">
        {groups.map((group) => <option key={group.id} value={group.id}>{group.label}</option>)}
        <option value="none">Not a tracked figure</option>
        <option value="new">New group…</option>
        <option value="automatic">Let regrouping decide</option>
      </select>
      {choice === "new" && <input name="label" placeholder="Group name" aria-label="New group name" required minLength={3} />}
      <button type="submit" className="secondary" disabled={pending || choice === groupId}>Move</button>
      {state && <span className={state.ok ? "notice" : "error"} role="status">{state.message}</span>}
    </form>
  );
}
