"use client";

import { useRouter } from "next/navigation";
import { createContext, startTransition, useActionState, useContext, useEffect, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { CLAIM_TYPES } from "@/lib/extract/types";
import { BULK_ACTIONS, BULK_ACTION_LABELS, MAX_BULK_CLAIMS, type BulkAction } from "@/lib/review/bulk";
import { bulkClaimsAction, type BulkState } from "../bulk-actions";

export interface SelectableClaim {
  id: string;
  version: number;
  label: string;
}

interface Selection {
  selected: ReadonlySet<string>;
  allMatching: boolean;
  toggle: (index: number, event: MouseEvent<HTMLInputElement>) => void;
}

const SelectionContext = createContext<Selection | null>(null);

/**
 * Many claims at once: a checkbox per row (shift-click selects the range from the last one
 * clicked), "select all N matching" for every claim of the list's filters, then one action for
 * all. The server changes each claim on its own and says which were skipped and why.
 */
export function BulkClaims({ claims, total, matching, assignees, allowed, children }: {
  claims: SelectableClaim[];
  total: number;
  /** The list's filters as a query string, for "select all N matching"; null where that does not apply. */
  matching: string | null;
  assignees: { id: string; name: string }[];
  allowed: BulkAction[];
  children: ReactNode;
}) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const lastClicked = useRef<number | null>(null);
  const [state, formAction, pending] = useActionState<BulkState, FormData>(bulkClaimsAction, null);
  const [action, setAction] = useState<BulkAction>(allowed[0] ?? "take");
  const router = useRouter();

  useEffect(() => {
    if (state?.ok) {
      setSelected(new Set());
      setAllMatching(false);
      startTransition(() => router.refresh());
    }
  }, [state, router]);

  const toggle = (index: number, event: MouseEvent<HTMLInputElement>) => {
    const checked = event.currentTarget.checked;
    const from = event.shiftKey && lastClicked.current !== null ? Math.min(lastClicked.current, index) : index;
    const to = event.shiftKey && lastClicked.current !== null ? Math.max(lastClicked.current, index) : index;
    lastClicked.current = index;
    setAllMatching(false);
    setSelected((current) => {
      const next = new Set(current);
      for (const claim of claims.slice(from, to + 1)) (checked ? next.add(claim.id) : next.delete(claim.id));
      return next;
    });
  };

  const everyShown = claims.length > 0 && claims.every((claim) => selected.has(claim.id));
  const count = allMatching ? total : selected.size;
  const labels = new Map(claims.map((claim) => [claim.id, claim.label]));
  const ids = claims.filter((claim) => selected.has(claim.id)).map(({ id, version }) => ({ id, version }));
  if (allowed.length === 0) return <>{children}</>;

  return (
    <SelectionContext.Provider value={{ selected, allMatching, toggle }}>
      <form action={formAction} className="bulk-bar" aria-label="Change the selected claims" data-testid="bulk-bar">
        <label className="inline">
          <input
            type="checkbox"
            checked={everyShown || allMatching}
            onChange={(event) => {
              setAllMatching(false);
              setSelected(event.target.checked ? new Set(claims.map((claim) => claim.id)) : new Set());
            }}
          />
          Select all shown
        </label>{" "}
        {matching !== null && total > claims.length && everyShown && !allMatching && (
          <button type="button" className="link-button" onClick={() => setAllMatching(true)}>{`Select all ${total.toLocaleString("en")} matching`}</button>
        )}
        <span data-testid="selected-count">{`${count.toLocaleString("en")} selected`}</span>{" "}
        {allMatching && total > MAX_BULK_CLAIMS && <span className="error">{`At most ${MAX_BULK_CLAIMS.toLocaleString("en")} claims at once: narrow the filters`}</span>}
        <input type="hidden" name="ids" value={allMatching ? "" : JSON.stringify(ids)} />
        <input type="hidden" name="matching" value={allMatching && matching !== null ? matching : ""} />
        <select name="action" aria-label="Action" value={action} onChange={(event) => setAction(event.target.value as BulkAction)}>
          {BULK_ACTIONS.filter((name) => allowed.includes(name)).map((name) => <option key={name} value={name}>{BULK_ACTION_LABELS[name]}</option>)}
        </select>
        {action === "assign" && (
          <select name="userId" aria-label="Assign to" defaultValue="" required>
            <option value="" disabled>Choose a person</option>
            {assignees.map((user) => <option key={user.id} value={user.id}>{user.name}</option>)}
          </select>
        )}
        {action === "retype" && (
          <select name="type" aria-label="New type" defaultValue="" required>
            <option value="" disabled>Choose a type</option>
            {CLAIM_TYPES.map((type) => <option key={type} value={type}>{type}</option>)}
          </select>
        )}
        {action === "dismiss" && <input name="reason" aria-label="Reason for dismissing" placeholder="Reason" required maxLength={2000} />}
        <button type="submit" disabled={pending || count === 0}>{pending ? "Working…" : "Apply"}</button>
        <div role="status" data-testid="bulk-result">
          {state && <p className={state.ok ? "notice" : "error"}>{state.message}</p>}
          {state?.skipped && state.skipped.length > 0 && (
            <ul className="skipped">
              {state.skipped.map((entry) => <li key={entry.id}>{`${labels.get(entry.id) ?? entry.id}: ${entry.reason}`}</li>)}
            </ul>
          )}
        </div>
      </form>
      {children}
    </SelectionContext.Provider>
  );
}

/** The checkbox of one row; `index` is its position in the rows given to BulkClaims. */
export function SelectClaim({ index, id, label }: { index: number; id: string; label: string }) {
  const selection = useContext(SelectionContext);
  if (!selection) return null;
  return (
    <input
      type="checkbox"
      aria-label={`Select: ${label.slice(0, 80)}`}
      checked={selection.allMatching || selection.selected.has(id)}
      onChange={() => undefined}
      onClick={(event) => selection.toggle(index, event)}
      data-testid="select-claim"
    />
  );
}
