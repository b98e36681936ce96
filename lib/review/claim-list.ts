import { z } from "zod";
import { CLAIM_TYPES } from "@/lib/extract/types";
import { choiceFilter, dayFilter, flagFilter, pagingFields, sortField, textFilter } from "@/lib/paging/list-query";
import { PRIORITIES } from "./schedule";
import { CLAIM_STATES, type ClaimState } from "./workflow";

export const CLAIM_SORTS = ["published", "imported", "waiting", "outlet", "due", "priority"] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export const CLAIM_SORT_LABELS: Record<ClaimSort, string> = {
  published: "Published (newest article first)",
  imported: "Imported (newest)",
  waiting: "Waiting longest",
  outlet: "Outlet (A–Z)",
  due: "Due soonest",
  priority: "Most urgent",
};

/** Claims still to be worked on: what "open" means as a state filter and in "has unchecked claims". */
export const OPEN_STATES: readonly ClaimState[] = ["new", "in_review", "returned", "proposed"];

/** The claims lists (all claims, My queue): paging, sort and filters, the same for the pages and `GET /api/v1/claims`. */
export const claimListSchema = z.strictObject({
  ...pagingFields,
  sort: sortField(CLAIM_SORTS),
  state: choiceFilter("state", [...CLAIM_STATES, "open"] as const),
  type: choiceFilter("type", CLAIM_TYPES),
  /** A user id, `me`, or `none` for unassigned claims. */
  assignee: textFilter(100),
  articleId: textFilter(100),
  outlet: textFilter(200),
  from: dayFilter("from"),
  to: dayFilter("to"),
  priority: choiceFilter("priority", PRIORITIES),
  /** Only claims past their due date. */
  overdue: flagFilter("overdue"),
  tag: textFilter(40),
});
export type ClaimListQuery = z.output<typeof claimListSchema>;

/** The approval queue: proposed verdicts oldest first, 20 to a page unless asked. */
export const approvalListSchema = z.strictObject({
  ...pagingFields,
  type: choiceFilter("type", CLAIM_TYPES),
  outlet: textFilter(200),
});
export type ApprovalListQuery = z.output<typeof approvalListSchema>;
