"use client";

import { useActionState, useState } from "react";
import { TOKEN_SCOPE_LABELS, type TokenScope } from "@/lib/auth/token-scopes";
import { createTokenAction } from "./token-actions";

/** The form for a new API token; once made, the secret is shown here, once, with a copy button. */
export function CreateTokenForm({ scopes }: { scopes: TokenScope[] }) {
  const [state, action, pending] = useActionState(createTokenAction, null);
  const [expiry, setExpiry] = useState("90d");
  const [copied, setCopied] = useState(false);
  return (
    <>
      {state?.ok && state.token && (
        <div className="new-token" role="status">
          <p className="notice">{state.message}</p>
          <div className="inline-row">
            <input readOnly value={state.token} aria-label="Your new token" onFocus={(event) => event.currentTarget.select()} />
            <button type="button" className="secondary" onClick={() => {
              void navigator.clipboard.writeText(state.token!).then(() => setCopied(true), () => setCopied(false));
            }}>{copied ? "Copied" : "Copy"}</button>
          </div>
        </div>
      )}
      <form action={(form) => {
        setCopied(false);
        action(form);
      }} className="new-token-form" aria-label="Create an API token" key={state?.ok ? state.token : "form"}>
        <div className="field"><label htmlFor="token-name">Name</label><input id="token-name" name="name" required maxLength={80} placeholder="e.g. CMS import script" /></div>
        <fieldset className="token-scopes">
          <legend>Scopes</legend>
          {scopes.map((scope) => (
            <label key={scope} className="checkbox"><input type="checkbox" name="scopes" value={scope} defaultChecked={scope === "read"} /> {TOKEN_SCOPE_LABELS[scope]}</label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="token-expiry">Expires</label>
          <select id="token-expiry" name="expiry" value={expiry} onChange={(event) => setExpiry(event.target.value)}>
            <option value="30d">In 30 days</option>
            <option value="90d">In 90 days</option>
            <option value="date">On a date…</option>
            <option value="never">Never</option>
          </select>
        </div>
        {expiry === "date" && (
          <div className="field"><label htmlFor="token-expiry-date">Expiry date (the token stops at 00:00 UTC that day)</label><input id="token-expiry-date" name="expiryDate" type="date" required /></div>
        )}
        <button type="submit" disabled={pending}>{pending ? "Creating…" : "Create token"}</button>{" "}
        {state && !state.ok && <span className="error" role="alert">{state.message}</span>}
      </form>
    </>
  );
}
