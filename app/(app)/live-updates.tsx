"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { pageShowsClaim, type ClaimEventData } from "@/lib/events/page-scope";

/** Window events the claim panel's own components listen to. */
export const STALE_EVENT = "claimdesk:stale";
export const PRESENCE_EVENT = "claimdesk:presence";

const REFRESH_DELAY_MS = 150;

/** A claim panel with a form the user has typed into but not saved. */
function panelWithUnsavedEdit(claimId: string | undefined): boolean {
  if (!claimId) return false;
  return document.querySelector(`[data-testid="claim-panel"][data-claim-id="${CSS.escape(claimId)}"] form[data-dirty]`) !== null;
}

/**
 * Keeps the page current: one event stream per tab (the browser reconnects it with Last-Event-ID),
 * and a refresh of the server-rendered page when an event concerns it. A panel with unsaved typing
 * is not refreshed under the user: it is told instead (STALE_EVENT).
 */
export function LiveUpdates() {
  const router = useRouter();
  // The stream outlives client-side navigation; each event is judged against the current page.
  const pathname = useRef(usePathname());
  pathname.current = usePathname();
  useEffect(() => {
    const source = new EventSource("/api/v1/events");
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refreshSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), REFRESH_DELAY_MS);
    };
    const onClaimEvent = (message: MessageEvent<string>) => {
      const data = JSON.parse(message.data) as ClaimEventData & { by?: string; version?: number };
      if (message.type === "claim.changed" && panelWithUnsavedEdit(data.claimId)) {
        window.dispatchEvent(new CustomEvent(STALE_EVENT, { detail: data }));
        return;
      }
      if (pageShowsClaim(pathname.current, data)) refreshSoon();
    };
    const onPresence = (message: MessageEvent<string>) => window.dispatchEvent(new CustomEvent(PRESENCE_EVENT, { detail: JSON.parse(message.data) }));
    source.addEventListener("claim.changed", onClaimEvent);
    source.addEventListener("comment.changed", onClaimEvent);
    source.addEventListener("notification.created", refreshSoon);
    source.addEventListener("presence.changed", onPresence);
    source.addEventListener("closed", () => source.close());
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [router]);
  return null;
}
