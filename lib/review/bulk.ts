import { z } from "zod";
import { claimTypeSchema, versionSchema } from "./schema";
import { can, type Principal } from "@/lib/auth/permissions";
import { ACTION_PERMISSION, type WorkflowAction } from "./workflow";

export const MAX_BULK_CLAIMS = 1000;

export const BULK_ACTIONS = ["assign", "take", "dismiss", "restore", "retype"] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

export const BULK_ACTION_LABELS: Record<BulkAction, string> = {
  assign: "Assign to…",
  take: "Take",
  dismiss: "Dismiss",
  restore: "Restore",
  retype: "Change type to…",
};

/** The workflow action each bulk action runs per claim (its permission and state rules). */
export const BULK_WORKFLOW_ACTION: Record<BulkAction, WorkflowAction> = {
  assign: "assign",
  take: "take",
  dismiss: "dismiss",
  restore: "restore",
  retype: "edit",
};

const claimRef = z.object({
  id: z.string({ error: "each id needs an id" }).trim().min(1, "each id needs an id").max(100),
  version: versionSchema,
});

/** `{action, ids: [{id, version}], userId?, type?, reason?}`: what assign, retype and dismiss need is required for them. */
export const bulkSchema = z
  .object({
    action: z.enum(BULK_ACTIONS, { error: `action must be one of: ${BULK_ACTIONS.join(", ")}` }),
    ids: z
      .array(claimRef, { error: "ids must be a list of {id, version}" })
      .min(1, "Select at least one claim")
      .max(MAX_BULK_CLAIMS, `At most ${MAX_BULK_CLAIMS.toLocaleString("en")} claims can be changed in one request: narrow the selection or send it in parts`),
    userId: z.string().trim().min(1).max(100).optional(),
    type: claimTypeSchema.optional(),
    reason: z.string().trim().max(2000, "reason is longer than 2000 characters").optional(),
  })
  .superRefine((input, context) => {
    if (input.action === "assign" && !input.userId) context.addIssue({ code: "custom", path: ["userId"], message: "Choose who gets the claims" });
    if (input.action === "retype" && !input.type) context.addIssue({ code: "custom", path: ["type"], message: "Choose the new type" });
    if (input.action === "dismiss" && !input.reason) context.addIssue({ code: "custom", path: ["reason"], message: "Give a reason for dismissing" });
  });
export type BulkInput = z.output<typeof bulkSchema>;

/** Each claim once, the first version given winning: a repeated id would only conflict with itself. */
export function uniqueRefs<Ref extends { id: string }>(refs: readonly Ref[]): Ref[] {
  const seen = new Set<string>();
  return refs.filter((ref) => !seen.has(ref.id) && (seen.add(ref.id), true));
}

/** The bulk actions a role may offer (each claim's state is still checked when it runs). */
export function bulkActionsFor(user: Principal): BulkAction[] {
  return BULK_ACTIONS.filter((action) => can(user, ACTION_PERMISSION[BULK_WORKFLOW_ACTION[action]]));
}
