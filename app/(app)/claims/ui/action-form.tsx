"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import type { ActionState } from "@/lib/server/http/action";

type ServerAction = (previous: ActionState, form: FormData) => Promise<ActionState>;
type Hidden = Record<string, string | number>;

/** Sent when the user chooses to take in someone else's change under their unsaved typing. */
export const ADOPT_CHANGES_EVENT = "claimdesk:adopt-changes";

/**
 * A form posting to one server action, with its outcome beside the button. Fields come in as
 * server-rendered children; a conflict offers a reload so the user sees the other person's change.
 */
export function ActionForm({
  action,
  hidden,
  submit,
  children,
  className,
  danger,
  label,
  shortcut,
}: {
  action: ServerAction;
  hidden: Hidden;
  submit: string;
  children?: ReactNode;
  className?: string;
  danger?: boolean;
  label?: string;
  /** The keyboard shortcut (lib/keyboard) that presses this form's button. */
  shortcut?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  // Once the user types, the version they started from is kept even when a live update re-renders
  // the page, so a save over someone else's change is still refused rather than silently applied.
  const [frozen, setFrozen] = useState<Hidden | null>(null);
  const adopting = useRef(false);
  const hiddenKey = JSON.stringify(hidden);
  useEffect(() => {
    if (adopting.current) {
      adopting.current = false;
      setFrozen((current) => (current ? (JSON.parse(hiddenKey) as Hidden) : null));
    }
  }, [hiddenKey]);
  const latestHidden = useRef(hidden);
  latestHidden.current = hidden;
  const adopt = () => {
    // Take what this render already has, and what the refresh that follows brings.
    adopting.current = true;
    setFrozen((current) => (current ? latestHidden.current : null));
  };
  useEffect(() => {
    window.addEventListener(ADOPT_CHANGES_EVENT, adopt);
    return () => window.removeEventListener(ADOPT_CHANGES_EVENT, adopt);
  }, []);
  // Fields are uncontrolled: they keep the values they were mounted with. Until the user types, a live
  // update that brings a new version mounts them afresh with that version's values, so the form never
  // sends old values under a new version, which would undo the other person's change. Once the user
  // types, the fields stay (a reload adopts the version under their typing, by their choice).
  const [fieldsKey, setFieldsKey] = useState(hiddenKey);
  if (!frozen && fieldsKey !== hiddenKey) setFieldsKey(hiddenKey);
  // Submitting by hand keeps what the user typed when the server refuses it; a success clears the form.
  useEffect(() => {
    if (state?.ok) {
      form.current?.reset();
      setFrozen(null);
    }
  }, [state]);
  return (
    <form
      key={fieldsKey}
      ref={form}
      className={className}
      aria-label={label ?? submit}
      data-dirty={frozen ? "" : undefined}
      onInput={() => setFrozen((current) => current ?? hidden)}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
    >
      {Object.entries(frozen ?? hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {children}
      <button type="submit" className={danger ? "danger" : undefined} disabled={pending} data-shortcut={shortcut}>{pending ? "Saving…" : submit}</button>{" "}
      {state && (
        // The message already says what is wrong with each field (lib/words/validation), so the fields are not repeated.
        <span className={state.ok ? "notice form-outcome" : "error form-outcome"} role={state.ok ? "status" : "alert"}>
          {state.message}
          {state.code === "conflict" && (
            <> <button type="button" className="secondary" onClick={() => {
                adopt();
                router.refresh();
              }}>Reload</button></>
          )}
        </span>
      )}
    </form>
  );
}
