import { can, type Action, type Principal } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
  requires: Action;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/articles", label: "Articles", requires: "article:read" },
  { href: "/articles/new", label: "New article", requires: "article:import" },
  { href: "/imports", label: "Imports", requires: "article:import" },
  { href: "/claims", label: "Claims", requires: "article:read" },
  { href: "/queue", label: "My queue", requires: "claim:edit" },
  { href: "/approvals", label: "Approval queue", requires: "verdict:decide" },
  { href: "/search", label: "Search", requires: "article:read" },
  { href: "/figures", label: "Figures", requires: "article:read" },
  { href: "/reports", label: "Reports", requires: "export:read" },
  { href: "/admin/users", label: "Users", requires: "user:manage" },
  { href: "/admin/organisation", label: "Publishing", requires: "settings:manage" },
  { href: "/admin/ratings", label: "Ratings", requires: "settings:manage" },
  { href: "/admin/tags", label: "Tags", requires: "settings:manage" },
  { href: "/admin/feeds", label: "Feeds", requires: "settings:manage" },
  { href: "/admin/webhooks", label: "Webhooks", requires: "settings:manage" },
  { href: "/admin/jobs", label: "Jobs", requires: "settings:manage" },
];

export function navigationFor(user: Principal): NavItem[] {
  return NAV_ITEMS.filter((item) => can(user, item.requires));
}
