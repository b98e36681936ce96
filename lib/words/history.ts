import { STATE_LABELS, type ClaimState } from "@/lib/review/workflow";
import { claimTypeLabel, humanize, stanceLabel } from "./labels";
import { formatDay } from "./dates";

export interface HistoryRecord {
  actor: string;
  action: string;
  before: unknown;
  after: unknown;
}

export interface HistoryChange {
  label: string;
  from?: string;
  to?: string;
}

export interface HistoryWords {
  sentence: string;
  changes: HistoryChange[];
}

type Snapshot = Record<string, unknown>;
const asSnapshot = (value: unknown): Snapshot => (value && typeof value === "object" && !Array.isArray(value) ? (value as Snapshot) : {});
const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);

// Fields a reader can follow, in the order they are shown; ids and offsets say nothing to a person.
const SHOWN: Record<string, { label: string; show?: (value: unknown) => string }> = {
  statement: { label: "Statement" },
  quote: { label: "Quote" },
  type: { label: "Type", show: (value) => claimTypeLabel(String(value)) },
  speaker: { label: "Speaker" },
  figures: { label: "Figures", show: (value) => (Array.isArray(value) ? value.join("; ") : String(value)) },
  title: { label: "Title" },
  url: { label: "URL" },
  publisher: { label: "Publisher" },
  publishedAt: { label: "Date", show: (value) => formatDay(String(value)) },
  archivedUrl: { label: "Archived URL" },
  excerpt: { label: "Excerpt" },
  stance: { label: "Stance", show: (value) => stanceLabel(String(value)) },
};
const MAX_VALUE = 160;

function shown(field: string, value: unknown): string | undefined {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return undefined;
  const words = SHOWN[field]?.show?.(value) ?? String(value);
  return words.length > MAX_VALUE ? `${words.slice(0, MAX_VALUE - 1)}…` : words;
}

/** Only the readable fields that differ; an empty value on one side is left out, never shown as "null". */
function changes(before: Snapshot, after: Snapshot): HistoryChange[] {
  return Object.keys(SHOWN)
    .filter((field) => (field in before || field in after) && JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => {
      const from = shown(field, before[field]);
      const to = shown(field, after[field]);
      return { label: SHOWN[field]!.label, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
    })
    .filter((change) => change.from !== undefined || change.to !== undefined);
}

const withReason = (sentence: string, reason: string | null) => (reason ? `${sentence}: ${reason}` : sentence);

/**
 * An audit entry as a sentence a person reads ("Fran Checker took the claim"), with the fields it
 * changed under their labels. `ratingLabels` names the scale's ratings; an unknown key is humanized.
 */
export function describeHistory(entry: HistoryRecord, ratingLabels: Record<string, string> = {}): HistoryWords {
  const before = asSnapshot(entry.before);
  const after = asSnapshot(entry.after);
  const who = entry.actor;
  const rating = (key: unknown) => ratingLabels[String(key)] ?? humanize(String(key));
  const sourceName = (snapshot: Snapshot) => text(snapshot.title) ?? text(snapshot.url) ?? "a source";
  const say = (sentence: string, shownChanges: HistoryChange[] = []): HistoryWords => ({ sentence, changes: shownChanges });

  switch (entry.action) {
    case "claim.create":
      return say(`${who} added the claim as ${claimTypeLabel(String(after.type ?? "other")).toLowerCase()}`);
    case "claim.edit":
      return say(`${who} edited the claim`, changes(before, after));
    case "claim.take":
      return say(`${who} took the claim`);
    case "claim.assign":
      return say(`${who} assigned the claim to ${text(after.assignee) ?? "someone"}`);
    case "claim.split":
      return say(before.fromClaimId ? `${who} split this claim off another claim` : `${who} split the claim in two`, changes(before, after));
    case "claim.merge":
      return say(after.mergedIntoClaimId ? `${who} merged this claim into another claim` : `${who} merged another claim into this one`, changes(before, after));
    case "claim.dismiss":
      return say(withReason(`${who} dismissed the claim`, text(after.reason)));
    case "claim.restore":
      return say(`${who} restored the claim`);
    case "claim.reopen":
      return say(withReason(`${who} reopened the claim`, text(after.reason)));
    case "source.add":
      return say(`${who} added the source “${sourceName(after)}” (${stanceLabel(String(after.stance ?? "context")).toLowerCase()})`);
    case "source.edit":
      return say(`${who} edited the source “${sourceName(after)}”`, changes(before, after));
    case "source.remove":
      return say(`${who} removed the source “${sourceName(before)}”`);
    case "verdict.propose":
      return say(`${who} proposed the verdict “${rating(after.rating)}”`, text(after.rationale) ? [{ label: "Rationale", to: shown("rationale", after.rationale)! }] : []);
    case "verdict.approve":
      return say(`${who} approved the verdict${after.rating ? ` “${rating(after.rating)}”` : ""}`);
    case "verdict.return":
      return say(withReason(`${who} returned the verdict`, text(after.note)));
    case "claim.link":
      return say(`${who} linked the claim to an already-checked claim and reused its verdict`);
    case "claim.not_related":
      return say(`${who} marked a suggested claim as not related`);
    case "claim.figure_group":
      return say(after.figureGroupId ? `${who} moved the claim to another figure group` : `${who} took the claim out of its figure group`);
    default:
      return say(`${who}: ${humanize(entry.action).toLowerCase()}`, changes(before, after));
  }
}

/** The state a history entry left the claim in, when it changed it. */
export function stateAfter(entry: HistoryRecord): string | null {
  const status = asSnapshot(entry.after).status;
  return typeof status === "string" && status !== asSnapshot(entry.before).status ? (STATE_LABELS[status as ClaimState] ?? humanize(status)) : null;
}
