"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/server/http/action";
import { saveOrganisationAction } from "./actions";

function FieldError({ state, name }: { state: ActionState; name: string }) {
  const messages = state?.fields?.[name];
  return messages ? <div className="error">{messages.join(" ")}</div> : null;
}

export function OrganisationForm({ name, url }: { name: string; url: string }) {
  const [state, action, pending] = useActionState(saveOrganisationAction, null);
  return (
    <form action={action}>
      <div className="field"><label htmlFor="org-name">Organisation name</label><input id="org-name" name="name" defaultValue={name} required /><FieldError state={state} name="name" /></div>
      <div className="field"><label htmlFor="org-url">Organisation website</label><input id="org-url" name="url" type="url" defaultValue={url} placeholder="https://" required /><FieldError state={state} name="url" /></div>
      <button type="submit" disabled={pending}>Save</button>{" "}
      {state && <span className={state.ok ? "notice" : "error"} role="status">{state.message}</span>}
    </form>
  );
}
