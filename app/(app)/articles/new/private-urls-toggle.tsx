"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/server/http/action";
import { setPrivateUrlsAction } from "./actions";

export function PrivateUrlsToggle({ allowed }: { allowed: boolean }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(setPrivateUrlsAction, null);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="allow" value={String(!allowed)} />
      <span>URL import {allowed ? "may reach" : "refuses"} private, loopback and link-local addresses.</span>
      <button type="submit" className={allowed ? "danger" : "secondary"} disabled={pending}>
        {allowed ? "Refuse them" : "Allow them"}
      </button>
      {state && <span className={state.ok ? "notice" : "error"} role="status">{state.message}</span>}
    </form>
  );
}
