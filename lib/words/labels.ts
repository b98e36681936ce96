import type { ClaimType, Qualifier } from "@/lib/extract";

/** "mostly_true" → "Mostly true": the fallback for any stored key that has no label of its own. */
export function humanize(key: string): string {
  const words = key.replace(/[_.-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const CLAIM_TYPE_LABELS: Record<ClaimType, string> = {
  casualties: "Casualties",
  territory: "Territory",
  military: "Military",
  aid: "Aid",
  economic: "Economic",
  humanitarian: "Humanitarian",
  event: "Event",
  other: "Other",
};

export const STANCE_LABELS: Record<string, string> = { supports: "Supports", refutes: "Refutes", context: "Context" };

export const VERDICT_STATE_LABELS: Record<string, string> = { proposed: "Proposed", approved: "Approved", returned: "Returned" };

export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  more_than: "More than",
  at_least: "At least",
  about: "About",
  nearly: "Nearly",
  up_to: "Up to",
  less_than: "Less than",
  range: "Range",
  exact: "Exact",
};

export const claimTypeLabel = (type: string) => CLAIM_TYPE_LABELS[type as ClaimType] ?? humanize(type);
export const stanceLabel = (stance: string) => STANCE_LABELS[stance] ?? humanize(stance);
export const verdictStateLabel = (state: string) => VERDICT_STATE_LABELS[state] ?? humanize(state);
