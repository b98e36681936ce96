"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";

/**
 * The navigation, the user's name and Sign out: in a row on wide screens, behind a Menu button on
 * narrow ones (globals.css, "Top bar"), so every item stays reachable on a phone.
 */
export function NavMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  useEffect(() => setOpen(false), [pathname]);
  return (
    <>
      <button type="button" className="menu-button" aria-expanded={open} aria-controls="topbar-menu" onClick={() => setOpen(!open)}>
        {open ? "Close" : "Menu"}
      </button>
      <div id="topbar-menu" className={`topbar-menu${open ? " open" : ""}`}>{children}</div>
    </>
  );
}
