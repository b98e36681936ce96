"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import { CLAIM_TYPES } from "@/lib/extract/types";
import { pieceRanges, type TextMarks } from "@/lib/articles/text-marks";
import { CLAIM_TYPE_LABELS } from "@/lib/words/labels";
import { createClaimAction, editClaimAction, splitAction } from "../../claims/actions";
import { ActionForm } from "../../claims/ui/action-form";

interface Selection {
  start: number;
  end: number;
  text: string;
}

/**
 * The article offset of a DOM position inside the text. Each child of the text's root is one piece,
 * in order, so a piece's position among its siblings says where it starts.
 */
function offsetOf(root: HTMLElement, ranges: readonly [number, number, number][], node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node === root) return offset < ranges.length ? ranges[offset]![0] : (ranges.at(-1)?.[1] ?? 0);
  const piece = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement);
  const index = piece ? Array.prototype.indexOf.call(root.children, piece) : -1;
  return index < 0 ? null : ranges[index]![0] + (node.nodeType === Node.TEXT_NODE ? offset : 0);
}

/**
 * The article text with its claims highlighted: clicking a highlighted claim selects it, and
 * selecting text offers to add a claim there, move the selected claim's span to it, or split the claim.
 */
export function SelectableText({
  articleId,
  text,
  marks,
  selected,
  canCreate,
  canEditSelected,
  canSplitSelected,
}: {
  articleId: string;
  text: string;
  marks: TextMarks;
  selected: { id: string; version: number; start: number; end: number } | null;
  canCreate: boolean;
  canEditSelected: boolean;
  canSplitSelected: boolean;
}) {
  const router = useRouter();
  const params = useSearchParams();
  const [selection, setSelection] = useState<Selection | null>(null);
  const ranges = useMemo(() => pieceRanges(marks, text.length), [marks, text.length]);

  function readSelection(root: HTMLElement) {
    const range = window.getSelection();
    if (!range || range.rangeCount === 0 || range.isCollapsed) return null;
    const r = range.getRangeAt(0);
    const start = offsetOf(root, ranges, r.startContainer, r.startOffset);
    const end = offsetOf(root, ranges, r.endContainer, r.endOffset);
    if (start === null || end === null || end <= start) return null;
    return { start, end, text: range.toString() };
  }

  function onMouseUp(event: React.MouseEvent<HTMLDivElement>) {
    const found = readSelection(event.currentTarget);
    setSelection(found);
    if (found) return;
    const piece = (event.target as HTMLElement).closest("mark");
    const claimIndex = piece ? ranges[Array.prototype.indexOf.call(event.currentTarget.children, piece)]?.[2] : undefined;
    const claimId = claimIndex !== undefined && claimIndex >= 0 ? marks.ids[claimIndex] : undefined;
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
        {ranges.map(([start, end, claimIndex]) => {
          const piece = text.slice(start, end);
          if (claimIndex < 0) return <span key={start}>{piece}</span>;
          // Pieces are cut at every claim boundary: a piece inside the selected claim's span belongs to it.
          const isSelected = selected !== null && start >= selected.start && end <= selected.end;
          return <mark key={start} className={`claim ${marks.looks[marks.look[claimIndex]!]}${isSelected ? " selected" : ""}`}>{piece}</mark>;
        })}
      </div>
    </div>
  );
}
