"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/server/action";
import { importPastedArticleAction } from "./actions";

const FIELDS = [
  { name: "title", label: "Title", type: "text" },
  { name: "outlet", label: "Outlet", type: "text" },
  { name: "author", label: "Author", type: "text" },
  { name: "url", label: "URL", type: "url" },
  { name: "publishedAt", label: "Published", type: "date" },
] as const;

export function PasteArticleForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(importPastedArticleAction, null);
  return (
    <form action={action}>
      <div className="field">
        <label htmlFor="text">Article text</label>
        <textarea id="text" name="text" rows={14} required placeholder="Paste the article exactly as published" />
        {state?.fields?.text && <div className="error">{state.fields.text.join(" ")}</div>}
      </div>
      <div className="grid">
        {FIELDS.map((field) => (
          <div className="field" key={field.name}>
            <label htmlFor={field.name}>{field.label}</label>
            <input id={field.name} name={field.name} type={field.type} />
            {state?.fields?.[field.name] && <div className="error">{state.fields[field.name]!.join(" ")}</div>}
          </div>
        ))}
      </div>
      <button type="submit" disabled={pending}>{pending ? "Importing…" : "Import and find claims"}</button>{" "}
      {state && <span className={state.ok ? "notice" : "error"} role="status">{state.message}</span>}
    </form>
  );
}
