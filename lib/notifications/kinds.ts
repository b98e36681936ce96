export const NOTIFICATION_KINDS = ["assigned", "verdict_returned", "verdict_approved", "mentioned", "commented", "claim_changed", "overdue"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How each kind is named on the settings page. */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  assigned: "A claim is assigned to me",
  verdict_returned: "My verdict is returned",
  verdict_approved: "My verdict is approved",
  mentioned: "I am mentioned in a comment",
  commented: "Someone comments on a claim I work on",
  claim_changed: "Someone else changes a claim I work on",
  overdue: "A claim assigned to me is past its due date",
};
