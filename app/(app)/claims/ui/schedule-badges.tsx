import { PRIORITY_LABELS, isOverdue, type Priority } from "@/lib/review/schedule";

/** Priority (when not normal), due date, and an overdue mark, wherever a claim is listed. */
export function ScheduleBadges({ claim, now }: { claim: { priority: Priority; dueAt: Date | null; status: string }; now: Date }) {
  const overdue = isOverdue(claim, now);
  return (
    <>
      {claim.priority !== "normal" && <span className={`badge priority-${claim.priority}`} data-testid="priority">{PRIORITY_LABELS[claim.priority]}</span>}{" "}
      {claim.dueAt && (
        <span className={`badge due${overdue ? " overdue" : ""}`} data-testid="due" title={claim.dueAt.toISOString()}>
          {overdue ? "Overdue: " : "Due "}{claim.dueAt.toISOString().slice(0, 10)}
        </span>
      )}
    </>
  );
}
