import type { HistoryEntry } from "@/lib/server/claims/history";
import { formatMoment } from "@/lib/words/dates";
import { describeHistory, stateAfter } from "@/lib/words/history";

export function HistoryList({ entries, ratings }: { entries: HistoryEntry[]; ratings: { key: string; label: string }[] }) {
  if (entries.length === 0) return <p className="muted">No recorded changes.</p>;
  const ratingLabels = Object.fromEntries(ratings.map((rating) => [rating.key, rating.label]));
  return (
    <ol className="history" data-testid="history">
      {entries.map((entry) => {
        const words = describeHistory(entry, ratingLabels);
        const state = stateAfter(entry);
        return (
          <li key={entry.id} data-action={entry.action}>
            <div dir="auto">{words.sentence}</div>
            <div className="muted">
              <time dateTime={entry.at.toISOString()}>{formatMoment(entry.at)}</time>
              {state && <> · now {state}</>}
            </div>
            {words.changes.length > 0 && (
              <dl>
                {words.changes.map((change) => (
                  <div key={change.label} className="history-change">
                    <dt>{change.label}</dt>
                    <dd dir="auto">
                      {change.from !== undefined && <del>{change.from}</del>}
                      {change.from !== undefined && change.to !== undefined && " → "}
                      {change.to !== undefined && <ins>{change.to}</ins>}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        );
      })}
    </ol>
  );
}
