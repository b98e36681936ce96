import type { HistoryEntry } from "@/lib/server/claims/history";

// Internal ids say nothing to a reader; the names and values around them do.
const HIDDEN = new Set(["assigneeId", "sourceId", "verdictId", "articleId"]);
const MAX_VALUE = 160;

function show(value: unknown): string {
  const text = typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/** Only the fields that differ, so a long snapshot does not hide the change. */
function changes(before: unknown, after: unknown): { field: string; from?: unknown; to?: unknown }[] {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((field) => !HIDDEN.has(field) && JSON.stringify(b[field]) !== JSON.stringify(a[field]))
    .map((field) => ({ field, ...(field in b ? { from: b[field] } : {}), ...(field in a ? { to: a[field] } : {}) }));
}

export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p className="muted">No recorded changes.</p>;
  return (
    <ol className="history" data-testid="history">
      {entries.map((entry) => (
        <li key={entry.id} data-action={entry.action}>
          <div>
            <strong>{entry.action}</strong> <span className="muted">by {entry.actor}, {entry.at.toISOString().slice(0, 16).replace("T", " ")} UTC</span>
          </div>
          <dl>
            {changes(entry.before, entry.after).map((change) => (
              <div key={change.field} className="history-change">
                <dt>{change.field}</dt>
                <dd>
                  {"from" in change && <del>{show(change.from)}</del>}
                  {"from" in change && "to" in change && " → "}
                  {"to" in change && <ins>{show(change.to)}</ins>}
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}
