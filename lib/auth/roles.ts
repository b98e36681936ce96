export const ROLES = ["admin", "editor", "fact_checker", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  editor: "Editor",
  fact_checker: "Fact-checker",
  viewer: "Viewer",
};
