"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useState, type ReactNode } from "react";
import { CLAIM_TYPES } from "@/lib/extract";
import { CLAIM_TYPE_LABELS } from "@/lib/words/labels";
import { createClaimAction, editClaimAction, splitAction } from "../../claims/actions";
import { ActionForm } from "../../claims/ui/action-form";

interface Selection {
  start: number;
  end: number;
  text: string;
}

/** The article offset of a DOM position inside the text, read from the segments' data-start/data-end. */
function offsetOf(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const segment = node.parentElement?.closest<HTMLElement>("[data-start]");
    return segment ? Number(segment.dataset.start) + offset : null;
  }
  const element = node as HTMLElement;
  const child = element.childNodes[offset] as HTMLElement | undefined;
  if (child?.dataset?.start) return Number(child.dataset.start);
  const previous = element.childNodes[offset - 1] as HTMLElement | undefined;
  return previous?.dataset?.end ? Number(previous.dataset.end) : null;
}

/**
 * Wraps the server-rendered article text: clicking a highlighted claim selects it, and selecting
 * text offers to add a claim there, move the selected claim's span to it, or split the claim.
 */
export function SelectableText({
  articleId,
  selected,
  canCreate,
  canEditSelected,
  canSplitSelected,
  children,
}: {
  articleId: string;
  selected: { id: string; version: number; start: number; end: number } | null;
  canCreate: boolean;
  canEditSelected: boolean;
  canSplitSelected: boolean;
  children: ReactNode;
}) {
  const router = useRouter();
  const params = useSearchParams();
  const [selection, setSelection] = useState<Selection | null>(null);

  function readSelection(root: HTMLElement) {
    const range = window.getSelection();
    if (!range || range.rangeCount === 0 || range.isCollapsed) return null;
    const r = range.getRangeAt(0);
    const start = offsetOf(root, r.startContainer, r.startOffset);
    const end = offsetOf(root, r.endContainer, r.endOffset);
    if (start === null || end === null || end <= start) return null;
    return { start, end, text: range.toString() };
  }

  function onMouseUp(event: React.MouseEvent<HTMLDivElement>) {
    const found = readSelection(event.currentTarget);
    setSelection(found);
    if (found) return;
    const claimId = (event.target as HTMLElement).closest<HTMLElement>("[data-claim-id]")?.dataset.claimId;
    if (claimId && claimId !== selected?.id) {
      const next = new URLSearchParams(params.toString());
      next.set("claim", claimId);
      router.push(`?${next.toString()}`, { scroll: false });
    }
  }

  const insideSelected = selection && selected && selection.start > selected.start && selection.start < selected.end;
  return (
    <div className="selectable-text">
      {selection && (canCreate || canEditSelected) && (
        <div className="selection-toolbar card" data-testid="selection-toolbar">
          <div className="muted selection-quote" dir="auto">Selected: “{selection.text.length > 160 ? `${selection.text.slice(0, 159)}…` : selection.text}”</div>
          {canCreate && (
            <ActionForm action={createClaimAction} hidden={{ articleId, start: selection.start, end: selection.end }} submit="Add claim" className="inline">
              {/* No default: a claim filed as "other" by accident is mis-sorted in every queue and report. */}
              <select name="type" aria-label="Type of the new claim" defaultValue="" required>
                <option value="" disabled>Choose a type…</option>
                {CLAIM_TYPES.map((type) => <option key={type} value={type}>{CLAIM_TYPE_LABELS[type]}</option>)}
              </select>
            </ActionForm>
          )}
          {selected && canEditSelected && (
            <ActionForm action={editClaimAction} hidden={{ claimId: selected.id, version: selected.version, start: selection.start, end: selection.end }} submit="Set as span of the selected claim" className="inline" />
          )}
          {selected && canSplitSelected && insideSelected && (
            <ActionForm action={splitAction} hidden={{ claimId: selected.id, version: selected.version, at: selection.start }} submit="Split the selected claim here" className="inline" />
          )}
          <button type="button" className="secondary" onClick={() => setSelection(null)}>Cancel</button>
        </div>
      )}
      <div className="card article-text" data-testid="article-text" dir="auto" onMouseUp={onMouseUp}>
        {children}
      </div>
    </div>
  );
}
