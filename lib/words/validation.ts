import type { z } from "zod";
import { humanize } from "./labels";

/** What a form calls each field the schemas validate; anything else is humanized from its key. */
const FIELD_LABELS: Record<string, string> = {
  url: "URL",
  archivedUrl: "Archived URL",
  publishedAt: "Date",
  excerpt: "Quoted excerpt",
  userId: "Person",
  otherId: "Other claim",
  targetClaimId: "Other claim",
  articleId: "Article",
  at: "Split position",
  figures: "Figure",
  text: "Text",
  email: "Email",
};

/** "figures.1.value" → "Figure 2 value"; "note" → "Note". */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const part of path) {
    if (typeof part === "number") parts.push(String(part + 1));
    else {
      const key = String(part);
      const label = FIELD_LABELS[key] ?? humanize(key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase());
      parts.push(parts.length === 0 ? label : label.toLowerCase());
    }
  }
  return parts.join(" ") || "This value";
}

type Issue = z.core.$ZodIssue & { input?: unknown };

const blank = (input: unknown) => input === undefined || input === null || (typeof input === "string" && input.trim() === "");
const NUMBER = new Intl.NumberFormat("en-GB");
const plural = (count: number | bigint, one: string) => `${NUMBER.format(count)} ${one}${Number(count) === 1 ? "" : "s"}`;

function sized(origin: string, limit: number | bigint): string {
  if (origin === "string") return plural(limit, "character");
  if (origin === "array" || origin === "set") return plural(limit, "item");
  return NUMBER.format(limit);
}

/**
 * One issue in words a person reads: the field's label, then what is wrong and the limit.
 * Messages a schema wrote for a rule of its own (refinements, patterns) are kept as written.
 */
/** zod's own wording starts so; anything else is a message the schema wrote for its rule. */
const ZOD_DEFAULT = /^(Too (big|small)|Invalid|Expected|Unrecognized)/;

export function issueMessage(issue: Issue): string {
  const label = fieldLabel(issue.path);
  // A limit on how many items a request may carry says what the items are ("At most 1,000 claims in one request").
  if (issue.code === "too_big" && issue.origin === "array" && issue.message && !ZOD_DEFAULT.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "too_big":
      return `${label} can be at most ${sized(issue.origin, issue.maximum as number)}`;
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1) return `${label} is required`;
      if (issue.origin === "array" || issue.origin === "set") return `${label} needs at least ${sized(issue.origin, issue.minimum as number)}`;
      return `${label} must be at least ${sized(issue.origin, issue.minimum as number)}`;
    case "invalid_type":
      if (blank(issue.input)) return `${label} is required`;
      if (issue.expected === "number") return `${label} must be a number`;
      if (issue.expected === "int") return `${label} must be a whole number`;
      if (issue.expected === "date") return `${label} must be a valid date`;
      return `${label} is not valid`;
    case "invalid_format":
      if (issue.format === "url") return `${label} must be a web address starting with http:// or https://`;
      if (issue.format === "email") return `${label} must be an email address`;
      if (issue.format === "regex" && issue.message && !issue.message.startsWith("Invalid")) return ownMessage(issue, label);
      return `${label} is not in a valid form`;
    case "invalid_value":
      if (blank(issue.input)) return `${label} is required`;
      // The values as they must be sent: a form offers them in a list, so only an API client reads this.
      return `${label} must be one of: ${issue.values.map(String).join(", ")}`;
    case "unrecognized_keys":
      return `Unknown field${issue.keys.length === 1 ? "" : "s"}: ${issue.keys.join(", ")}`;
    default:
      return capitalized(issue.message);
  }
}

const capitalized = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

/** A schema's own message about one field, led by the field's label: "From: use YYYY-MM-DD". */
function ownMessage(issue: Issue, label: string): string {
  const key = String(issue.path.at(-1) ?? "");
  if (key && issue.message.toLowerCase().startsWith(`${key.toLowerCase()} `)) return `${label}${issue.message.slice(key.length)}`;
  return `${label}: ${issue.message}`;
}

/** Messages per field (dotted path), as the API returns them and forms show them. */
export function fieldMessages(issues: readonly Issue[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) {
    // An unknown field is named as the field itself, so a client sees which of its fields to drop.
    if (issue.code === "unrecognized_keys") {
      for (const name of issue.keys) fields[[...issue.path.map(String), name].join(".")] = [`${name} is not a known field`];
      continue;
    }
    const key = issue.path.map(String).join(".") || "_";
    const message = issueMessage(issue);
    const list = (fields[key] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return fields;
}

/** One sentence per problem: "Note is required. Rationale can be at most 500 characters." */
export function summarizeFields(fields: Record<string, string[]>): string {
  const messages = [...new Set(Object.values(fields).flat())];
  return messages.length === 0 ? "Some fields are not valid" : messages.join(". ");
}
