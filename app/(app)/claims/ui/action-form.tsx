"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, type ReactNode } from "react";
import type { ActionState } from "@/lib/server/http/action";

type ServerAction = (previous: ActionState, form: FormData) => Promise<ActionState>;

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
  hidden: Record<string, string | number>;
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
  // Submitting by hand keeps what the user typed when the server refuses it; a success clears the form.
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form
      ref={form}
      className={className}
      aria-label={label ?? submit}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
    >
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {children}
      <button type="submit" className={danger ? "danger" : undefined} disabled={pending} data-shortcut={shortcut}>{pending ? "Saving…" : submit}</button>{" "}
      {state && (
        // The message already says what is wrong with each field (lib/words/validation), so the fields are not repeated.
        <span className={state.ok ? "notice form-outcome" : "error form-outcome"} role={state.ok ? "status" : "alert"}>
          {state.message}
          {state.code === "conflict" && (
            <> <button type="button" className="secondary" onClick={() => router.refresh()}>Reload</button></>
          )}
        </span>
      )}
    </form>
  );
}
