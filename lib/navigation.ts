import { can, type Action, type Principal } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
  requires: Action;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/articles", label: "Articles", requires: "article:read" },
  { href: "/articles/new", label: "New article", requires: "article:import" },
  { href: "/admin/users", label: "Users", requires: "user:manage" },
];

export function navigationFor(user: Principal): NavItem[] {
  return NAV_ITEMS.filter((item) => can(user, item.requires));
}
