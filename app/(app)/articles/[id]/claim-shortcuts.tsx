"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { SHORTCUTS, shortcutFor, type ShortcutAction } from "@/lib/keyboard/shortcuts";

const UNAVAILABLE: Partial<Record<ShortcutAction, string>> = {
  take: "This claim cannot be taken now",
  source: "Sources cannot be added to this claim now",
  verdict: "A verdict cannot be proposed for this claim now",
  approve: "There is no verdict for you to approve",
  return: "There is no verdict for you to return",
  edit: "This claim cannot be edited now",
};

const panel = () => document.querySelector<HTMLElement>('[data-testid="claim-panel"]');

/** Opens a section of the claim panel and puts the cursor in its first field. */
function openSection(name: string): boolean {
  const section = panel()?.querySelector<HTMLDetailsElement>(`details[data-shortcut="${name}"]`);
  if (!section) return false;
  section.open = true;
  section.scrollIntoView({ block: "nearest" });
  section.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea")?.focus();
  return true;
}

function press(name: string): boolean {
  const button = panel()?.querySelector<HTMLButtonElement>(`button[data-shortcut="${name}"]:not(:disabled)`);
  button?.click();
  return Boolean(button);
}

function focusField(name: string): boolean {
  const field = panel()?.querySelector<HTMLElement>(`[data-shortcut="${name}"]`);
  field?.focus();
  return Boolean(field);
}

/**
 * The article page's keyboard (lib/keyboard/shortcuts.ts says which key does what). The keys act on
 * the claim panel's own buttons and sections, so a shortcut can do only what the panel offers the
 * user. "x" marks claims as selected in this page's state (`data-selected` on the claim's list row)
 * until bulk actions use the selection.
 */
export function ClaimShortcuts({ selectedId, previousId, nextId }: { selectedId: string | null; previousId: string | null; nextId: string | null }) {
  const router = useRouter();
  const params = useSearchParams();
  const [marked, setMarked] = useState<ReadonlySet<string>>(new Set());
  const [help, setHelp] = useState(false);
  const [notice, setNotice] = useState("");

  useEffect(() => {
    for (const element of document.querySelectorAll<HTMLElement>("[data-claim-row]")) {
      const id = element.dataset.claimRow;
      if (id && marked.has(id)) element.dataset.selected = "true";
      else delete element.dataset.selected;
    }
  }, [marked, params]);

  useEffect(() => {
    if (!selectedId) return;
    document.querySelector("mark.claim.selected")?.scrollIntoView({ block: "nearest" });
    document.querySelector(`[data-claim-row="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: "nearest" });
  }, [selectedId]);

  useEffect(() => {
    function go(id: string) {
      const next = new URLSearchParams(params.toString());
      next.set("claim", id);
      next.delete("page");
      router.push(`?${next.toString()}`, { scroll: false });
    }
    function onKeyDown(event: KeyboardEvent) {
      const action = shortcutFor(event, event.target instanceof HTMLElement ? event.target : null);
      if (!action) return;
      event.preventDefault();
      setNotice("");
      if (action === "help") return setHelp((shown) => !shown);
      if (action === "next") return nextId ? go(nextId) : setNotice("This is the last claim");
      if (action === "previous") return previousId ? go(previousId) : setNotice("This is the first claim");
      if (!selectedId) return setNotice("Select a claim first (j for the first one)");
      if (action === "select") {
        return setMarked((current) => {
          const next = new Set(current);
          if (!next.delete(selectedId)) next.add(selectedId);
          return next;
        });
      }
      const done =
        action === "take" ? press("take")
        : action === "approve" ? press("approve")
        : action === "return" ? focusField("return")
        : openSection(action);
      if (!done) setNotice(UNAVAILABLE[action] ?? "Not available here");
    }
    document.addEventListener("keydown", onKeyDown);
    // Says which claim the keys now act from: a test (or a script) waits for it before pressing a key.
    document.documentElement.dataset.shortcutsFor = selectedId ?? "";
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      delete document.documentElement.dataset.shortcutsFor;
    };
  }, [router, params, selectedId, previousId, nextId]);

  return (
    <>
      <p className="shortcut-notice" role="status" aria-live="polite">{notice}</p>
      {help && (
        <div className="card shortcut-help" role="dialog" aria-label="Keyboard shortcuts" data-testid="shortcut-help">
          <h2>Keyboard shortcuts</h2>
          <dl>
            {SHORTCUTS.map((shortcut) => (
              <div key={shortcut.key}><dt><kbd>{shortcut.key}</kbd></dt><dd>{shortcut.description}</dd></div>
            ))}
          </dl>
          <p className="muted">Keys do nothing while you type in a field. {marked.size > 0 && `${marked.size} claim${marked.size === 1 ? "" : "s"} marked.`}</p>
          <button type="button" className="secondary" onClick={() => setHelp(false)}>Close</button>
        </div>
      )}
    </>
  );
}
